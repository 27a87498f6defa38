import type { ImportReport } from '../../../common/model/project';
import type { WriteQuery } from '../query';

export function startImportBatch(q: WriteQuery, sourcePaths: string[], now: string): number {
  return q.run('INSERT INTO import_batches (started_at, source_paths) VALUES (?, ?)', [
    now,
    JSON.stringify(sourcePaths),
  ]).lastInsertRowid;
}

export function finishImportBatch(q: WriteQuery, report: ImportReport, now: string): void {
  q.run('UPDATE import_batches SET finished_at = ?, report_json = ? WHERE id = ?', [
    now,
    JSON.stringify(report),
    report.batchId,
  ]);
}
