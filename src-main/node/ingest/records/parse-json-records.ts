// JSON and JSON Lines dumps -> records. A dump can be hundreds of megabytes and hold a million
// records, so JSON Lines and top-level JSON arrays are read one record at a time (each record's text
// found by a structural scan, then parsed with JSON.parse, native and fast): the parsed records of a
// whole dump never exist at once. Other documents ({data: [...]} wrappers) are parsed whole. A
// record's own text for the side-by-side view is made per record.

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

/** One record of a streamed dump: its value, or why its text does not parse. */
export type StreamedRecord =
  { number: number; value: unknown; raw: string | null } | { number: number; error: string };

/** JSON Lines, one line at a time. */
export function* jsonLinesRecords(text: string): Generator<StreamedRecord> {
  let lineStart = 0;
  for (let number = 1; lineStart < text.length; number += 1) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    lineStart = lineEnd + 1;
    if (line === '') continue;
    try {
      yield { number, value: JSON.parse(line), raw: line };
    } catch (error) {
      yield { number, error: (error as Error).message };
    }
  }
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** True when the document is an array at its top: the shape that is streamed. */
export function isTopLevelArray(text: string): boolean {
  return /^\s*\[/.test(text.slice(0, 64));
}

/** Where the string opened at `start` (its quote) ends: the index after its closing quote. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return text.length;
    let backslashes = 0;
    for (let j = close - 1; text.charCodeAt(j) === BACKSLASH; j -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return close + 1;
    i = close + 1;
  }
}

/** End of the array element starting at `start`: the index of the ',' or ']' after it, or the end. */
function elementEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (code === OPEN_BRACKET || code === OPEN_BRACE) depth += 1;
    else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      if (depth === 0) return i;
      depth -= 1;
    } else if (code === COMMA && depth === 0) return i;
    i += 1;
  }
  return text.length;
}

/**
 * The elements of a top-level JSON array, one at a time. An element that does not parse is reported
 * by its number and the scan goes on; a file cut short reports its last, unfinished element.
 */
export function* jsonArrayRecords(text: string): Generator<StreamedRecord> {
  let i = text.indexOf('[') + 1;
  for (let number = 1; i > 0 && i < text.length; number += 1) {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
    if (i >= text.length || text.charCodeAt(i) === CLOSE_BRACKET) return;
    const end = elementEnd(text, i);
    const raw = text.slice(i, end).trim();
    if (end >= text.length) {
      yield { number, error: 'Unexpected end of JSON input (the file is cut short)' };
      return;
    }
    try {
      yield { number, value: JSON.parse(raw), raw: null };
    } catch (error) {
      yield { number, error: (error as Error).message };
    }
    i = end + 1;
    if (text.charCodeAt(end) === CLOSE_BRACKET) return;
  }
}
