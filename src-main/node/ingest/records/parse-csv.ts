// CSV and TSV exports of crawlers and spreadsheets, per RFC 4180: a header row, fields separated by
// one delimiter, fields in double quotes may hold delimiters, line breaks and doubled quotes ("").
// Excel in a Chinese locale writes GB18030 and some tools write ';' or tabs, so the delimiter is
// detected from the header and decoding is left to decode-bytes.

export interface CsvRow {
  /** 1-based data row (the header is not counted): what the user sees as "record 3". */
  number: number;
  fields: string[];
  /** The row's own text, quotes and all. */
  raw: string;
}

export type CsvParse =
  { ok: true; header: string[]; rows: CsvRow[]; delimiter: string } | { ok: false; detail: string };

const DELIMITERS = [',', '\t', ';'] as const;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The delimiter that occurs most often, outside quotes, in the header line. Comma on a tie. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Splits the text into rows of fields. Lenient where real files are sloppy (a quote inside an
 * unquoted field is kept as a character, rows may be shorter or longer than the header), strict
 * where data would be lost: a quoted field still open at the end of the file is an error.
 */
function splitRows(
  text: string,
  delimiter: number,
): { rows: { fields: string[]; raw: string }[] } | { error: string } {
  const rows: { fields: string[]; raw: string }[] = [];
  let fields: string[] = [];
  let field = '';
  let rowStart = 0;
  let i = 0;
  const endRow = (end: number) => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ fields, raw: text.slice(rowStart, end) });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE && field === '') {
      // A quoted field: read to the closing quote, taking "" as one quote.
      const openedAt = i;
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0)
          return { error: `unclosed quoted field in row ${rows.length + 1} (from character ${openedAt})` };
        field += text.slice(i, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    } else if (code === delimiter) {
      fields.push(field);
      field = '';
      i += 1;
    } else if (code === LF || code === CR) {
      endRow(i);
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      rowStart = i;
    } else {
      // A run of plain characters is copied in one slice, not one character at a time.
      const runStart = i;
      i += 1;
      while (i < text.length) {
        const next = text.charCodeAt(i);
        if (next === delimiter || next === LF || next === CR) break;
        i += 1;
      }
      field += text.slice(runStart, i);
    }
  }
  if (field !== '' || fields.length > 0) endRow(text.length);
  return { rows };
}

export function parseCsv(text: string): CsvParse {
  const delimiter = detectDelimiter(text);
  const split = splitRows(text, delimiter.charCodeAt(0));
  if ('error' in split) return { ok: false, detail: split.error };
  const [headerRow, ...dataRows] = split.rows;
  if (!headerRow) return { ok: false, detail: 'no header row' };
  return {
    ok: true,
    delimiter,
    header: headerRow.fields.map((name) => name.trim()),
    rows: dataRows.map((row, index) => ({ number: index + 1, fields: row.fields, raw: row.raw })),
  };
}
