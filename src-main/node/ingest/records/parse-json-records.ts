// JSON and JSON Lines dumps -> a list of records. A dump can be hundreds of megabytes, so the text
// is parsed once with JSON.parse (native, and faster than anything we could write) and never
// re-serialised as a whole; a record's own text for the side-by-side view is made per record.

import { isPlainObject } from './record-fields';

export interface DumpRecord {
  /** 1-based: the position in the array, or the line number in a JSON Lines file. */
  number: number;
  value: unknown;
  /** The record's text as it stands in the file, when the format keeps it apart (JSON Lines). */
  raw: string | null;
}

export type RecordsParse =
  | { ok: true; records: DumpRecord[]; broken: { number: number; detail: string }[] }
  | { ok: false; detail: string; syntaxError: boolean };

// Keys under which API dumps and crawlers keep their list of records, most telling first. Any other
// key holding an array of objects is taken too, the longest such array winning.
const LIST_KEYS = [
  'data',
  'items',
  'list',
  'records',
  'articles',
  'videolist',
  'results',
  'rows',
  'docs',
  'news',
  'posts',
  'entries',
  'result',
  'content',
];

function arrayOfObjects(value: unknown): unknown[] | null {
  return Array.isArray(value) && value.some(isPlainObject) ? value : null;
}

/** The record list inside an object: under a key, or one object further down ({data: {list}}). */
function findRecordList(container: Record<string, unknown>, depth = 0): unknown[] | null {
  const keyed = new Map(Object.entries(container).map(([key, value]) => [key.toLowerCase(), value]));
  for (const key of LIST_KEYS) {
    const list = arrayOfObjects(keyed.get(key));
    if (list) return list;
  }
  let longest: unknown[] | null = null;
  for (const value of keyed.values()) {
    const list = arrayOfObjects(value);
    if (list && list.length > (longest?.length ?? 0)) longest = list;
  }
  if (longest || depth > 0) return longest;
  for (const value of keyed.values()) {
    const nested = isPlainObject(value) ? findRecordList(value, depth + 1) : null;
    if (nested) return nested;
  }
  return null;
}

function records(list: unknown[]): DumpRecord[] {
  return list.map((value, index) => ({ number: index + 1, value, raw: null }));
}

/**
 * A whole-file JSON document: an array of records, an object holding one, or a single record.
 * `looksLikeRecord` tells a lone record ({title, content}) from a wrapper without records.
 */
export function parseJsonDocument(
  text: string,
  looksLikeRecord: (value: Record<string, unknown>) => boolean,
): RecordsParse {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, detail: (error as Error).message, syntaxError: true };
  }
  if (Array.isArray(document)) return { ok: true, records: records(document), broken: [] };
  if (!isPlainObject(document))
    return { ok: false, detail: `a JSON ${typeof document}, not records`, syntaxError: false };
  const list = findRecordList(document);
  if (list) return { ok: true, records: records(list), broken: [] };
  if (looksLikeRecord(document)) return { ok: true, records: records([document]), broken: [] };
  const keys = Object.keys(document).slice(0, 8).join(', ');
  const detail = `a JSON object without a list of records (keys: ${keys || 'none'})`;
  return { ok: false, detail, syntaxError: false };
}

/** JSON Lines: one record per line; a line that does not parse is reported and the rest kept. */
export function parseJsonLines(text: string): RecordsParse {
  const found: DumpRecord[] = [];
  const broken: { number: number; detail: string }[] = [];
  let lineStart = 0;
  for (let number = 1; lineStart < text.length; number += 1) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    lineStart = lineEnd + 1;
    if (line === '') continue;
    try {
      found.push({ number, value: JSON.parse(line), raw: line });
    } catch (error) {
      broken.push({ number, detail: (error as Error).message });
    }
  }
  if (found.length === 0 && broken.length > 0)
    return { ok: false, detail: broken[0]?.detail ?? '', syntaxError: true };
  return { ok: true, records: found, broken };
}

/**
 * Crawlers often write JSON Lines into a file named .json. JSON.parse stops at the end of the first
 * line's value ("Unexpected non-whitespace character after JSON"), having read only that line, so
 * trying the whole document first costs little; this tells whether to read it as lines instead.
 */
export function looksLikeJsonLines(text: string): boolean {
  const firstLineEnd = text.indexOf('\n');
  if (firstLineEnd < 0) return false;
  try {
    return isPlainObject(JSON.parse(text.slice(0, firstLineEnd)));
  } catch {
    return false;
  }
}
