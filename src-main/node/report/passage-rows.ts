// The coded passages as table rows (CSV, XLSX): one row per passage and code, so a spreadsheet can
// filter or pivot by code; a passage without codes has one row with an empty code path.
import type { ReportModel } from './report-model';

export const PASSAGE_COLUMNS = [
  'article_id',
  'title',
  'date',
  'source',
  'places',
  'code_path',
  'quote',
  'note',
  'start',
  'end',
  'doc_number',
] as const;

export type PassageRow = [number, string, string, string, string, string, string, string, number, number, string];

export function passageRows(model: ReportModel): PassageRow[] {
  const reported = new Set(model.reportedCodeIds);
  const rows: PassageRow[] = [];
  for (const article of model.articles) {
    for (const passage of article.passages) {
      const codes = passage.codeIds
        .filter((id) => reported.has(id))
        .map((id) => model.codeById.get(id)!.path);
      for (const codePath of codes.length ? codes : ['']) {
        rows.push([
          article.id,
          article.title,
          article.date ?? '',
          article.source ?? '',
          article.places.join('、'),
          codePath,
          passage.exact,
          passage.note,
          passage.start,
          passage.end,
          article.docNumber ?? '',
        ]);
      }
    }
  }
  return rows;
}

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a tab/CR that some apps strip before
 * one) gets a leading apostrophe, so imported text can never run as a formula (CSV injection).
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
