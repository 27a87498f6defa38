// Reading the index: a term's posting lists, one SQL row per segment, decoded in JS (a few ns per
// article; FTS4 paid ~0.4 µs inside SQLite plus a crossing into JS for every matching row). A term of
// several tokens is checked on the offsets: its tokens must stand at their offsets from one start,
// so the result is exactly the articles whose folded text contains the term, with its hit counts.
import type { ReadQuery } from '../db/query';
import { forEachEntry, readOffsets } from './postings';
import { termParts, type TermPart } from './term-parts';

/** The articles (docids, ascending) that contain a term, with its hits per column. */
export interface TermPostings {
  docs: Int32Array;
  title: Int32Array;
  body: Int32Array;
}

interface PartPostings extends TermPostings {
  offsetsOf(index: number): { title: number[]; body: number[] };
}

const EXACT =
  'SELECT postings FROM search_postings WHERE segment IN (SELECT id FROM search_segments) AND token = ? ORDER BY segment';
const PREFIX = `SELECT token, postings FROM search_postings
  WHERE segment IN (SELECT id FROM search_segments) AND token >= ? AND token < ? ORDER BY segment`;

/** One token's list: its segments' rows are in docid order, so the entries come out sorted. */
function exactPart(q: ReadQuery, token: string): PartPostings {
  const blobs: Uint8Array[] = [];
  q.each(EXACT, [token], ([postings]) => blobs.push(postings as Uint8Array));
  let count = 0;
  // A cheap upper bound on the entries (each takes at least 4 bytes) sizes the arrays once.
  for (const blob of blobs) count += blob.length >> 2;
  const docs = new Int32Array(count);
  const title = new Int32Array(count);
  const body = new Int32Array(count);
  const blobOf = new Int32Array(count);
  const at = new Int32Array(count);
  let n = 0;
  blobs.forEach((blob, b) =>
    forEachEntry(blob, (docid, titleHits, bodyHits, offsetsAt) => {
      docs[n] = docid;
      title[n] = titleHits;
      body[n] = bodyHits;
      blobOf[n] = b;
      at[n++] = offsetsAt;
    }),
  );
  return {
    docs: docs.subarray(0, n),
    title: title.subarray(0, n),
    body: body.subarray(0, n),
    offsetsOf: (i) => readOffsets(blobs[blobOf[i]!]!, at[i]!, title[i]!, body[i]!),
  };
}

/** Every token that starts with `token` (a word's prefix), merged per article. */
function prefixPart(q: ReadQuery, token: string): PartPostings {
  const byDoc = new Map<number, { title: number[]; body: number[] }>();
  // Code points sort as UTF-8 bytes do, which is how SQLite compares text (BINARY).
  const end = token + '\u{10FFFF}';
  q.each(PREFIX, [token, end], ([, postings]) => {
    const blob = postings as Uint8Array;
    forEachEntry(blob, (docid, titleHits, bodyHits, offsetsAt) => {
      const offsets = readOffsets(blob, offsetsAt, titleHits, bodyHits);
      const entry = byDoc.get(docid);
      if (entry) {
        entry.title.push(...offsets.title);
        entry.body.push(...offsets.body);
      } else byDoc.set(docid, offsets);
    });
  });
  const docs = Int32Array.from(byDoc.keys()).sort();
  const lists = [...docs].map((docid) => {
    const entry = byDoc.get(docid)!;
    entry.title.sort((a, b) => a - b);
    entry.body.sort((a, b) => a - b);
    return entry;
  });
  return {
    docs,
    title: Int32Array.from(lists, (l) => l.title.length),
    body: Int32Array.from(lists, (l) => l.body.length),
    offsetsOf: (i) => lists[i]!,
  };
}

const partPostings = (q: ReadQuery, part: TermPart) =>
  part.prefix ? prefixPart(q, part.token) : exactPart(q, part.token);

/** How many starts have every part at its offset, in one column's offset lists. */
function alignedStarts(parts: readonly TermPart[], lists: readonly number[][]): number {
  let count = 0;
  const [first, ...rest] = lists;
  for (const at of first!) {
    const start = at - parts[0]!.offset;
    if (rest.every((list, k) => binaryHas(list, start + parts[k + 1]!.offset))) count++;
  }
  return count;
}

function binaryHas(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const EMPTY: TermPostings = { docs: new Int32Array(0), title: new Int32Array(0), body: new Int32Array(0) };

/** The articles whose folded text contains the folded term, exactly. */
export function termPostings(q: ReadQuery, term: string): TermPostings {
  const parts = termParts(term);
  if (parts.length === 0) return EMPTY;
  if (parts.length === 1) return partPostings(q, parts[0]!);
  // Read the lists rarest first, so that an empty one ends the work early.
  const lists: PartPostings[] = [];
  for (const part of parts) {
    const list = partPostings(q, part);
    if (list.docs.length === 0) return EMPTY;
    lists.push(list);
  }
  const order = lists.map((_, i) => i).sort((a, b) => lists[a]!.docs.length - lists[b]!.docs.length);
  const orderedParts = order.map((i) => parts[i]!);
  const orderedLists = order.map((i) => lists[i]!);
  const cursors = new Int32Array(orderedLists.length);
  const [rarest, ...others] = orderedLists;
  const docs: number[] = [];
  const title: number[] = [];
  const body: number[] = [];
  for (let i = 0; i < rarest!.docs.length; i++) {
    const docid = rarest!.docs[i]!;
    const at: number[] = [i];
    let all = true;
    for (let k = 0; k < others.length; k++) {
      const list = others[k]!.docs;
      let c = cursors[k]!;
      while (c < list.length && list[c]! < docid) c++;
      cursors[k] = c;
      if (c >= list.length || list[c] !== docid) {
        all = false;
        break;
      }
      at.push(c);
    }
    if (!all) continue;
    const offsets = orderedLists.map((list, k) => list.offsetsOf(at[k]!));
    const inTitle = alignedStarts(orderedParts, offsets.map((o) => o.title));
    const inBody = alignedStarts(orderedParts, offsets.map((o) => o.body));
    if (inTitle + inBody === 0) continue;
    docs.push(docid);
    title.push(inTitle);
    body.push(inBody);
  }
  return { docs: Int32Array.from(docs), title: Int32Array.from(title), body: Int32Array.from(body) };
}
