import type { ImportProgress, ImportReport } from '../../../common/model/project';
import type { ReadQuery, WriteQuery } from '../query';

export function startImportBatch(q: WriteQuery, sourcePaths: string[], now: string): number {
  return q.run('INSERT INTO import_batches (started_at, source_paths) VALUES (?, ?)', [
    now,
    JSON.stringify(sourcePaths),
  ]).lastInsertRowid;
}

export function saveImportProgress(q: WriteQuery, progress: ImportProgress): void {
  q.run('UPDATE import_batches SET progress_json = ? WHERE id = ?', [
    JSON.stringify(progress),
    progress.batchId,
  ]);
}

export function finishImportBatch(q: WriteQuery, report: ImportReport, now: string): void {
  q.run('UPDATE import_batches SET finished_at = ?, report_json = ? WHERE id = ?', [
    now,
    JSON.stringify(report),
    report.batchId,
  ]);
}

/** The reports of the last finished imports, newest first. */
export function recentImportReports(q: ReadQuery, limit: number): ImportReport[] {
  return q
    .all<{ report_json: string }>(
      'SELECT report_json FROM import_batches WHERE report_json IS NOT NULL ORDER BY id DESC LIMIT ?',
      [limit],
    )
    .map((row) => JSON.parse(row.report_json) as ImportReport);
}
