// What the log keeps of an import: counts, the time it took, and the problems by reason. Never file
// names, paths, titles or text: a log may end up attached to a problem report.
import type { ImportProblem, ImportReport } from '../../common/model/project';

/** "ENCODING_UNKNOWN×2, EMPTY_TEXT×1": each reason with how many files or records it concerned. */
export function countByReason(problems: readonly ImportProblem[]): string {
  const counts = new Map<string, number>();
  for (const problem of problems)
    counts.set(problem.code, (counts.get(problem.code) ?? 0) + (problem.count ?? 1));
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => `${code}×${count}`)
    .join(', ');
}

export function importSummary(report: ImportReport): string {
  const parts = [
    `${report.filesSeen} files seen`,
    `${report.imported} imported`,
    `${report.duplicates} duplicates`,
    `${report.reprints} reprints`,
    `${report.updated ?? 0} updated`,
    `${report.skipped.length} skipped${report.skipped.length ? ` (${countByReason(report.skipped)})` : ''}`,
    `${report.warnings.length} warnings${report.warnings.length ? ` (${countByReason(report.warnings)})` : ''}`,
  ];
  const leftOut = (report.leftOut ?? []).reduce((sum, group) => sum + group.count, 0);
  if (leftOut > 0) parts.push(`${leftOut} left out`);
  if (report.orphanedHighlights) parts.push(`${report.orphanedHighlights} orphaned highlights`);
  const verb = report.cancelled ? 'cancelled' : 'finished';
  return `import batch ${report.batchId} ${verb} in ${report.seconds.toFixed(1)} s: ${parts.join(', ')}`;
}
