// Reading the index: a term's posting lists, one SQL row per segment, decoded in JS (a few ns per
// article; FTS4 paid ~0.4 µs inside SQLite plus a crossing into JS for every matching row). A term
// of one token needs only its doc lists. A term of several tokens is checked on the offsets: its
// tokens must stand at their offsets from one start, so the result is exactly the articles whose
// folded text contains the term, with its hit counts.
import type { ReadQuery } from '../db/query';
import {
  ByteReader,
  forEachEntry,
  Offsets,
  readEntryOffsets,
  skipVarints,
  storedOffsets,
  type Entry,
} from './postings';
import { termParts, type TermPart } from './term-parts';

/** The articles (docids, ascending) that contain a term, with its hits per column. */
export interface TermPostings {
  docs: Int32Array;
  title: Int32Array;
  body: Int32Array;
  /** Where the term first starts in each article's body (code points; -1: only in the title). */
  firstBody: Int32Array;
  /** How many of the articles have it in the title, and in the body (BM25's document frequencies). */
  inTitles: number;
  inBodies: number;
}

interface PartPostings extends TermPostings {
  /** Sets `title` and `body` to the offsets of entry `index`, each minus `shift`. */
  offsetsInto(q: ReadQuery, index: number, shift: number, title: Offsets, body: Offsets): void;
  /** Keeps in `title` and `body` (ascending) only the values that entry `index` has, minus `shift`. */
  keepWhereFound(q: ReadQuery, index: number, shift: number, title: Offsets, body: Offsets): void;
}

const DOCS = 'SELECT docs FROM search_postings WHERE token = ? ORDER BY segment';
const OFFSETS = 'SELECT offsets FROM search_postings WHERE token = ? ORDER BY segment';
const PREFIX = 'SELECT docs, offsets FROM search_postings WHERE token >= ? AND token < ?';

/** Where a token's lists come from, one per segment in segment order (search-memory.ts). */
export interface PostingSource {
  docLists(q: ReadQuery, token: string): Uint8Array[];
  offsetLists(q: ReadQuery, token: string): Uint8Array[];
}

const column = (sql: string) => (q: ReadQuery, token: string) => {
  const lists: Uint8Array[] = [];
  q.each(sql, [token], ([bytes]) => lists.push(bytes as Uint8Array));
  return lists;
};

/** The lists as SQLite has them. */
export const sqlPostings: PostingSource = { docLists: column(DOCS), offsetLists: column(OFFSETS) };

/** Decoding space, grown as needed and reused: a list is decoded here and copied out at its size. */
let scratch = {
  docs: new Int32Array(0),
  title: new Int32Array(0),
  body: new Int32Array(0),
  first: new Int32Array(0),
};

/**
 * A token's doc lists (postings.ts) as arrays by entry, and where each segment's entries begin.
 * This runs for every article a query's terms occur in, so the varints are read inline (twice as
 * fast as through ByteReader).
 */
function decodeDocLists(blobs: readonly Uint8Array[]) {
  let bound = 0;
  // Each entry takes at least 2 bytes.
  for (const blob of blobs) bound += blob.length >> 1;
  if (scratch.docs.length < bound) {
    const size = Math.max(bound, scratch.docs.length * 2);
    scratch = {
      docs: new Int32Array(size),
      title: new Int32Array(size),
      body: new Int32Array(size),
      first: new Int32Array(size),
    };
  }
  const { docs, title, body, first } = scratch;
  const segmentStarts: number[] = [];
  let n = 0;
  for (const blob of blobs) {
    segmentStarts.push(n);
    const end = blob.length;
    let at = 0;
    let docid = 0;
    while (at < end) {
      // Four varints, the last two optional; most take one byte, so that case comes first.
      let byte = blob[at++]!;
      let value = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) value |= ((byte = blob[at++]!) & 0x7f) << shift;
      docid += value;
      byte = blob[at++]!;
      let counts = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) counts |= ((byte = blob[at++]!) & 0x7f) << shift;
      docs[n] = docid;
      body[n] = counts >>> 1;
      value = 0;
      if (counts & 1) {
        byte = blob[at++]!;
        value = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) value |= ((byte = blob[at++]!) & 0x7f) << shift;
      }
      title[n] = value;
      value = -1;
      if (counts > 1) {
        byte = blob[at++]!;
        value = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) value |= ((byte = blob[at++]!) & 0x7f) << shift;
      }
      first[n++] = value;
    }
  }
  return {
    docs: docs.slice(0, n),
    title: title.slice(0, n),
    body: body.slice(0, n),
    firstBody: first.slice(0, n),
    segmentStarts,
  };
}

/** One token's lists: its segments' rows are in docid order, so the entries come out sorted. */
function exactPart(q: ReadQuery, token: string, source: PostingSource): PartPostings {
  const blobs = source.docLists(q, token);
  const { docs, title, body, firstBody, segmentStarts } = decodeDocLists(blobs);
  const n = docs.length;
  // Offsets are read only when a term of several tokens is checked: each entry's place in its
  // segment's offsets blob is found by counting the varints of the entries before it.
  let offsets: { blobs: Uint8Array[]; at: Int32Array; segmentOf: Int32Array } | null = null;
  const loadOffsets = (q: ReadQuery) => {
    const offsetBlobs = source.offsetLists(q, token);
    const at = new Int32Array(n);
    const segmentOf = new Int32Array(n);
    for (let s = 0; s < segmentStarts.length; s++) {
      const bytes = offsetBlobs[s]!;
      const end = segmentStarts[s + 1] ?? n;
      let position = 0;
      for (let i = segmentStarts[s]!; i < end; i++) {
        at[i] = position;
        segmentOf[i] = s;
        // Not past a segment's last entry: that may be a huge article's hundred thousand offsets.
        if (i + 1 < end) position = skipVarints(bytes, position, storedOffsets(title[i]!, body[i]!));
      }
    }
    return { blobs: offsetBlobs, at, segmentOf };
  };
  const reader = new ByteReader(new Uint8Array(0));
  const entry: Entry = { docid: 0, titleHits: 0, bodyHits: 0, firstBody: -1 };
  return {
    docs,
    title,
    body,
    firstBody,
    offsetsInto(q, i, shift, titleOut, bodyOut) {
      offsets ??= loadOffsets(q);
      entry.titleHits = title[i]!;
      entry.bodyHits = body[i]!;
      entry.firstBody = firstBody[i]!;
      readEntryOffsets(
        offsets.blobs[offsets.segmentOf[i]!]!,
        offsets.at[i]!,
        entry,
        shift,
        titleOut,
        bodyOut,
      );
    },
    keepWhereFound(q, i, shift, titleStarts, bodyStarts) {
      offsets ??= loadOffsets(q);
      reader.moveTo(offsets.blobs[offsets.segmentOf[i]!]!, offsets.at[i]!);
      // The title's offsets (gaps from 0), then the body's after the first (gaps from the first),
      // each compared as it is read: nothing is written but the starts kept.
      let previous = 0;
      let kept = 0;
      let j = 0;
      for (let k = 0; k < title[i]!; k++) {
        previous += reader.varint();
        const start = previous - shift;
        while (j < titleStarts.length && titleStarts.values[j]! < start) j++;
        if (j < titleStarts.length && titleStarts.values[j] === start) titleStarts.values[kept++] = start;
      }
      titleStarts.length = kept;
      kept = 0;
      j = 0;
      previous = firstBody[i]!;
      for (let k = 0; k < body[i]!; k++) {
        if (k > 0) previous += reader.varint();
        const start = previous - shift;
        while (j < bodyStarts.length && bodyStarts.values[j]! < start) j++;
        if (j < bodyStarts.length && bodyStarts.values[j] === start) bodyStarts.values[kept++] = start;
      }
      bodyStarts.length = kept;
    },
    ...frequencies(title, body),
  };
}

function prefixPart(q: ReadQuery, token: string): PartPostings {
  const byDoc = new Map<number, { title: number[]; body: number[] }>();
  const entryOffsets = { title: new Offsets(), body: new Offsets() };
  // Code points sort as UTF-8 bytes do, which is how SQLite compares text (BINARY).
  const end = token + '\u{10FFFF}';
  q.each(PREFIX, [token, end], ([docs, offsets]) => {
    const offsetBytes = offsets as Uint8Array;
    let at = 0;
    forEachEntry(docs as Uint8Array, (entry) => {
      readEntryOffsets(offsetBytes, at, entry, 0, entryOffsets.title, entryOffsets.body);
      at = skipVarints(offsetBytes, at, storedOffsets(entry.titleHits, entry.bodyHits));
      let merged = byDoc.get(entry.docid);
      if (!merged) byDoc.set(entry.docid, (merged = { title: [], body: [] }));
      for (let k = 0; k < entryOffsets.title.length; k++) merged.title.push(entryOffsets.title.values[k]!);
      for (let k = 0; k < entryOffsets.body.length; k++) merged.body.push(entryOffsets.body.values[k]!);
    });
  });
  const docs = Int32Array.from(byDoc.keys()).sort();
  const lists = Array.from(docs, (docid) => {
    const merged = byDoc.get(docid)!;
    return { title: Int32Array.from(merged.title).sort(), body: Int32Array.from(merged.body).sort() };
  });
  const title = Int32Array.from(lists, (l) => l.title.length);
  const body = Int32Array.from(lists, (l) => l.body.length);
  return {
    docs,
    title,
    body,
    firstBody: Int32Array.from(lists, (l) => l.body[0] ?? -1),
    offsetsInto(_q, i, shift, titleOut, bodyOut) {
      titleOut.length = 0;
      bodyOut.length = 0;
      for (const value of lists[i]!.title) titleOut.push(value - shift);
      for (const value of lists[i]!.body) bodyOut.push(value - shift);
    },
    keepWhereFound(_q, i, shift, titleStarts, bodyStarts) {
      keepOnly(titleStarts, lists[i]!.title, shift);
      keepOnly(bodyStarts, lists[i]!.body, shift);
    },
    ...frequencies(title, body),
  };
}

const partPostings = (q: ReadQuery, part: TermPart, source: PostingSource) =>
  part.prefix ? prefixPart(q, part.token) : exactPart(q, part.token, source);

/** Keeps in `starts` only the values also in `other` minus `shift` (both ascending). */
function keepOnly(starts: Offsets, other: Int32Array, shift: number): void {
  let kept = 0;
  let j = 0;
  for (let i = 0; i < starts.length; i++) {
    const value = starts.values[i]!;
    while (j < other.length && other[j]! - shift < value) j++;
    if (j < other.length && other[j]! - shift === value) starts.values[kept++] = value;
  }
  starts.length = kept;
}

const EMPTY: TermPostings = {
  docs: new Int32Array(0),
  title: new Int32Array(0),
  body: new Int32Array(0),
  firstBody: new Int32Array(0),
  inTitles: 0,
  inBodies: 0,
};

/** How many entries have hits in the title, and in the body. */
function frequencies(title: Int32Array, body: Int32Array): { inTitles: number; inBodies: number } {
  let inTitles = 0;
  let inBodies = 0;
  for (let i = 0; i < title.length; i++) {
    if (title[i]! > 0) inTitles++;
    if (body[i]! > 0) inBodies++;
  }
  return { inTitles, inBodies };
}

/** The index of `docid` in an ascending list, or -1. */
export function indexOfDoc(docs: Int32Array, docid: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid]! < docid) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === docid ? lo : -1;
}

/** The articles whose folded text contains the folded term, exactly. */
export function termPostings(q: ReadQuery, term: string, source = sqlPostings): TermPostings {
  const parts = termParts(term);
  if (parts.length === 0) return EMPTY;
  if (parts.length === 1) return partPostings(q, parts[0]!, source);
  const lists: PartPostings[] = [];
  for (const part of parts) {
    const list = partPostings(q, part, source);
    if (list.docs.length === 0) return EMPTY;
    lists.push(list);
  }
  // Walk the rarest list, so that the others are only looked up.
  const order = lists.map((_, i) => i).sort((a, b) => lists[a]!.docs.length - lists[b]!.docs.length);
  const orderedParts = order.map((i) => parts[i]!);
  const orderedLists = order.map((i) => lists[i]!);
  const rarest = orderedLists[0]!;
  const titleStarts = new Offsets();
  const bodyStarts = new Offsets();
  const cursors = new Int32Array(orderedLists.length);
  const docs: number[] = [];
  const title: number[] = [];
  const body: number[] = [];
  const firstBody: number[] = [];
  for (let i = 0; i < rarest.docs.length; i++) {
    const docid = rarest.docs[i]!;
    cursors[0] = i;
    let all = true;
    for (let k = 1; k < orderedLists.length && all; k++) {
      const list = orderedLists[k]!.docs;
      let c = cursors[k]!;
      while (c < list.length && list[c]! < docid) c++;
      cursors[k] = c;
      all = c < list.length && list[c] === docid;
    }
    if (!all) continue;
    // Where the term starts, per column: every part's offsets moved back by the part's own offset
    // in the term, intersected.
    rarest.offsetsInto(q, i, orderedParts[0]!.offset, titleStarts, bodyStarts);
    for (let k = 1; k < orderedLists.length && titleStarts.length + bodyStarts.length > 0; k++) {
      orderedLists[k]!.keepWhereFound(q, cursors[k]!, orderedParts[k]!.offset, titleStarts, bodyStarts);
    }
    if (titleStarts.length + bodyStarts.length === 0) continue;
    docs.push(docid);
    title.push(titleStarts.length);
    body.push(bodyStarts.length);
    firstBody.push(bodyStarts.length > 0 ? bodyStarts.values[0]! : -1);
  }
  const titles = Int32Array.from(title);
  const bodies = Int32Array.from(body);
  return {
    docs: Int32Array.from(docs),
    title: titles,
    body: bodies,
    firstBody: Int32Array.from(firstBody),
    ...frequencies(titles, bodies),
  };
}
