// The coded passages as table rows (CSV, XLSX): one row per passage and code, so a spreadsheet can
// filter or pivot by code; a passage without codes has one row with an empty code path.
//
// Offsets: `start`/`end` count Unicode code points of the article's clean text (0-based, end
// exclusive), so Python's text[start:end], R's substr(text, start + 1, end) and pandas slice the quote
// back; `start_utf16`/`end_utf16` are the same positions in UTF-16 code units, for JavaScript, Java
// and .NET. PASSAGE_COLUMN_NOTES says so in words, for the formats that can carry a note.
import { codePointRanges } from './code-point-ranges';
import { reportDate, type ReportModel } from './report-model';

export const PASSAGE_COLUMNS = [
  'article_id',
  'title',
  'date',
  'source',
  'places',
  'tags',
  'code_path',
  'quote',
  'note',
  'start',
  'end',
  'start_utf16',
  'end_utf16',
  'doc_number',
] as const;

export type PassageColumn = (typeof PASSAGE_COLUMNS)[number];

/** What each column holds, in Chinese and English: the units of the offsets above all. */
export const PASSAGE_COLUMN_NOTES: Record<PassageColumn, string> = {
  article_id: '文献编号（项目内） / Article id in the project',
  title: '标题 / Title',
  date: '日期，按界面显示（未注明年份的日期如“1月4日（未注明年份）”） / Date as the app shows it',
  source: '来源 / Source',
  places: '地区，以“、”分隔 / Places, separated by 、',
  tags: '标签，以“、”分隔 / Tags, separated by 、',
  code_path: '编码路径，父/子 / Code path, parent/child',
  quote: '编码段落原文 / The coded passage',
  note: '段落笔记 / The passage note',
  start:
    '起点：Unicode 码位（code point）偏移，从 0 起 / Start offset in Unicode code points, 0-based (Python text[start:end])',
  end: '终点：Unicode 码位偏移，不含 / End offset in Unicode code points, exclusive',
  start_utf16: '起点：UTF-16 码元偏移 / Start offset in UTF-16 code units (JavaScript, Java, .NET)',
  end_utf16: '终点：UTF-16 码元偏移，不含 / End offset in UTF-16 code units, exclusive',
  doc_number: '文号 / Document number',
};

export type PassageRow = [
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
  number,
  number,
  number,
  string,
];

export function passageRows(model: ReportModel): PassageRow[] {
  const reported = new Set(model.reportedCodeIds);
  const rows: PassageRow[] = [];
  for (const article of model.articles) {
    const ranges = codePointRanges(article);
    for (const passage of article.passages) {
      const codes = passage.codeIds
        .filter((id) => reported.has(id))
        .map((id) => model.codeById.get(id)!.path);
      const range = ranges.get(passage.highlightId)!;
      for (const codePath of codes.length ? codes : ['']) {
        rows.push([
          article.id,
          article.title,
          reportDate(article.date) ?? '',
          article.source ?? '',
          article.places.join('、'),
          article.tags.join('、'),
          codePath,
          passage.exact,
          passage.note,
          range.start,
          range.end,
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
 * A CSV cell a spreadsheet would read as a formula (= + - @, or a tab/CR that some apps strip before
 * one) gets a leading apostrophe, so imported text can never run as a formula (CSV injection). XLSX
 * needs no guard: its text cells are text and never evaluated.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
