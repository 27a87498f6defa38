// npm run bench:layouts: title, date, source, document number and body accuracy on the layouts
// fixture set (tests/fixtures/ingest/layouts/, in the repository: news portals, government
// disclosure pages, WeChat articles, Taiwan and Hong Kong pages, as HTML and as text dumps), with
// what each miss found instead.
import {
  CASE_FIELDS,
  ingestCase,
  layoutCases,
  scoreCase,
  type CaseField,
  type CaseResult,
} from '../unit/ingest/layout-cases';

function pct(hits: number, total: number): string {
  return `${((100 * hits) / Math.max(total, 1)).toFixed(1)}%`;
}

function main(): void {
  const cases = layoutCases();
  const results: CaseResult[] = cases.map((expected) => {
    try {
      return scoreCase(expected, ingestCase(expected.file));
    } catch (error) {
      const miss = (error as Error).message;
      return {
        file: expected.file,
        misses: { title: miss, date: miss, source: miss, docNumber: miss, body: miss },
      };
    }
  });
  console.log(
    `layouts: ${cases.length} files (${cases.filter((c) => c.file.endsWith('.html')).length} HTML)`,
  );
  const line = CASE_FIELDS.map((field: CaseField) => {
    const hits = results.filter((result) => result.misses[field] === undefined).length;
    return `${field} ${pct(hits, results.length)}`;
  });
  console.log(line.join('  '));
  const allRight = results.filter((result) => Object.keys(result.misses).length === 0).length;
  console.log(`all fields right: ${allRight} of ${results.length}`);
  for (const result of results) {
    for (const [field, found] of Object.entries(result.misses))
      console.log(`  ${result.file}  ${field}: ${found}`);
  }
}

main();
