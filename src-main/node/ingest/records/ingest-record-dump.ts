// A crawler's dump (.json, .jsonl/.ndjson, .csv) -> one article per record. A record without text is
// skipped with its number, a line of JSON Lines that does not parse is reported with its number and
// the rest imported, and a file that cannot be read as records at all is one 'malformed-records'.

import { extname } from 'node:path';
import { decodeBytes } from '../decode-bytes';
import type { ExtractedArticle, IngestOutcome, IngestProblem } from '../ingest-types';
import { parseCsv } from './parse-csv';
import { looksLikeJsonLines, parseJsonDocument, parseJsonLines, type DumpRecord } from './parse-json-records';
import { recordArticle } from './record-article';
import {
  headerColumns,
  isPlainObject,
  namesTextField,
  recordValues,
  type RecordValues,
} from './record-fields';

const JSON_EXTENSIONS = new Set(['.json']);
const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const CSV_EXTENSIONS = new Set(['.csv', '.tsv']);

export function isRecordDumpPath(filePath: string): boolean {
  const extension = extname(filePath).toLowerCase();
  return (
    JSON_EXTENSIONS.has(extension) || JSON_LINES_EXTENSIONS.has(extension) || CSV_EXTENSIONS.has(extension)
  );
}

const skipFile = (code: IngestProblem['code'], detail?: string): IngestOutcome => ({
  articles: [],
  skipped: [detail === undefined ? { code } : { code, detail }],
  warnings: [],
});

interface RecordText {
  number: number;
  values: RecordValues | null;
  originalText: () => string;
}

/** A lone JSON object is a record, rather than a wrapper, when it has a text field of its own. */
const looksLikeRecord = (value: Record<string, unknown>): boolean =>
  recordValues(value).content !== undefined;

function fromJson(records: DumpRecord[]): RecordText[] {
  return records.map(({ number, value, raw }) => ({
    number,
    values: isPlainObject(value) ? recordValues(value) : null,
    // Pretty-printed so the side-by-side view is readable; made only for records that are imported.
    originalText: () => raw ?? JSON.stringify(value, null, 2),
  }));
}

function fromCsv(text: string): { records: RecordText[] } | { detail: string } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { detail: parsed.detail };
  if (!namesTextField(parsed.header))
    return { detail: `no text column in the header row (${parsed.header.slice(0, 8).join(', ')})` };
  const columns = headerColumns(parsed.header);
  const headerLine = parsed.header.join(parsed.delimiter);
  const records = parsed.rows.map((row) => {
    const values: RecordValues = {};
    for (const [field, index] of Object.entries(columns) as [keyof RecordValues, number][]) {
      const cell = row.fields[index];
      if (cell !== undefined && cell.trim() !== '') values[field] = cell;
    }
    return { number: row.number, values, originalText: () => `${headerLine}\n${row.raw}` };
  });
  return { records };
}

export function ingestRecordDump(bytes: Uint8Array, filePath: string): IngestOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skipFile(decoded.reason);
  const extension = extname(filePath).toLowerCase();
  const skipped: IngestProblem[] = [];

  if (decoded.text.trim() === '') return skipFile('whitespace-only');

  let records: RecordText[];
  if (CSV_EXTENSIONS.has(extension)) {
    const csv = fromCsv(decoded.text);
    if ('detail' in csv) return skipFile('malformed-records', csv.detail);
    records = csv.records;
  } else {
    let parsed = JSON_LINES_EXTENSIONS.has(extension)
      ? parseJsonLines(decoded.text)
      : parseJsonDocument(decoded.text, looksLikeRecord);
    if (
      !parsed.ok &&
      parsed.syntaxError &&
      JSON_EXTENSIONS.has(extension) &&
      looksLikeJsonLines(decoded.text)
    )
      parsed = parseJsonLines(decoded.text);
    if (!parsed.ok) return skipFile('malformed-records', parsed.detail);
    for (const { number, detail } of parsed.broken)
      skipped.push({ code: 'malformed-records', record: number, detail });
    records = fromJson(parsed.records);
  }

  const articles: ExtractedArticle[] = [];
  for (const record of records) {
    const article = record.values
      ? recordArticle(record.values, record.originalText, decoded.encoding)
      : null;
    if (article) articles.push(article);
    else skipped.push({ code: 'record-without-text', record: record.number });
  }
  skipped.sort((a, b) => (a.record ?? 0) - (b.record ?? 0));
  return { articles, skipped, warnings: [] };
}
