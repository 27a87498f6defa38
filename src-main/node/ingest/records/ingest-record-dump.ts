// A crawler's dump (.json, .jsonl/.ndjson, .csv) -> one article per record. A record without text is
// skipped with its number, a line of JSON Lines that does not parse is reported with its number and
// the rest imported, and a file that cannot be read as records at all is one 'malformed-records'.

import { extname } from 'node:path';
import { damagedBytesWarning, decodeBytes } from '../decode-bytes';
import type { ExtractedArticle, IngestOutcome, IngestProblem } from '../ingest-types';
import { parseCsv } from './parse-csv';
import {
  isTopLevelArray,
  jsonArrayRecords,
  jsonLinesRecords,
  looksLikeJsonLines,
  parseJsonDocument,
  type DumpRecord,
  type StreamedRecord,
} from './parse-json-records';
import { ProblemTally } from './problem-tally';
import { recordArticle } from './record-article';
import {
  headerColumns,
  isPlainObject,
  namesTextField,
  recordValues,
  type RecordValues,
} from './record-fields';

const JSON_EXTENSIONS = new Set(['.json']);
// One record's text at most, as for a file read whole (walk-paths' MAX_DOCUMENT_BYTES): a dump may be
// large because it holds many records, not because one of them is a 40 MB line.
const MAX_RECORD_CHARS = 5_000_000;
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

function fromJson(records: readonly DumpRecord[]): RecordText[] {
  return records.map(({ number, value, raw }) => ({
    number,
    values: isPlainObject(value) ? recordValues(value) : null,
    // Pretty-printed so the side-by-side view is readable; made only for records that are imported.
    originalText: () => raw ?? JSON.stringify(value, null, 2),
  }));
}

function fromCsv(text: string): { records: Iterable<RecordText> } | { detail: string } {
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

/** Records one at a time, or the reason the file holds none. */
function recordsOf(
  text: string,
  extension: string,
): { records: Iterable<RecordText | { number: number; error: string }> } | { detail: string } {
  if (CSV_EXTENSIONS.has(extension)) return fromCsv(text);
  if (JSON_LINES_EXTENSIONS.has(extension)) return { records: streamed(jsonLinesRecords(text)) };
  if (isTopLevelArray(text)) return { records: streamed(jsonArrayRecords(text)) };
  const parsed = parseJsonDocument(text, looksLikeRecord);
  if (parsed.ok) return { records: fromJson(parsed.records) };
  if (parsed.syntaxError && looksLikeJsonLines(text)) return { records: streamed(jsonLinesRecords(text)) };
  return { detail: parsed.detail };
}

function* streamed(
  records: Iterable<StreamedRecord>,
): Generator<RecordText | { number: number; error: string }> {
  for (const record of records) yield 'error' in record ? record : fromJson([record])[0]!;
}

/**
 * The dump's articles in parts of `partSize`, each made only when asked for; the problems of its
 * records come grouped (one line per kind) with the last part.
 */
export function* ingestRecordDumpParts(
  bytes: Uint8Array,
  filePath: string,
  partSize: number,
): Generator<IngestOutcome> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield skipFile(decoded.reason);
    return;
  }
  if (decoded.text.trim() === '') {
    yield skipFile('whitespace-only');
    return;
  }
  const found = recordsOf(decoded.text, extname(filePath).toLowerCase());
  if ('detail' in found) {
    yield skipFile('malformed-records', found.detail);
    return;
  }

  const tally = new ProblemTally();
  let articles: ExtractedArticle[] = [];
  let readable = 0;
  let firstError: string | null = null;
  for (const record of found.records) {
    if ('error' in record) {
      firstError ??= record.error;
      tally.add('malformed-records', record.number, record.error);
      continue;
    }
    readable += 1;
    const content = record.values?.content;
    if (content !== undefined && content.length > MAX_RECORD_CHARS) {
      tally.add('too-large', record.number, `${content.length} characters`);
      continue;
    }
    const article = record.values
      ? recordArticle(record.values, record.originalText, decoded.encoding)
      : null;
    if (article) articles.push(article);
    else tally.add('record-without-text', record.number);
    if (articles.length >= partSize) {
      yield { articles, skipped: [], warnings: [] };
      articles = [];
    }
  }
  // Not one record could be read: the file as a whole is malformed.
  if (readable === 0 && firstError !== null) {
    yield skipFile('malformed-records', firstError);
    return;
  }
  const warnings = decoded.damagedBytes ? [damagedBytesWarning(decoded.damagedBytes)] : [];
  yield { articles, skipped: tally.problems(), warnings };
}

/** The whole dump at once (tests and small files). */
export function ingestRecordDump(bytes: Uint8Array, filePath: string): IngestOutcome {
  const whole: IngestOutcome = { articles: [], skipped: [], warnings: [] };
  for (const part of ingestRecordDumpParts(bytes, filePath, Number.POSITIVE_INFINITY)) {
    whole.articles.push(...part.articles);
    whole.skipped.push(...part.skipped);
    whole.warnings.push(...part.warnings);
  }
  return whole;
}
