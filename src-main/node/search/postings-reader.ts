// Reading the index: a term's posting lists, one SQL row per segment, decoded in JS (a few ns per
// article; FTS4 paid ~0.4 µs inside SQLite plus a crossing into JS for every matching row). A term of
// several tokens is checked on the offsets: its tokens must stand at their offsets from one start,
// so the result is exactly the articles whose folded text contains the term, with its hit counts.
import type { ReadQuery } from '../db/query';
import { ByteReader, forEachEntry, readOffsets } from './postings';
import { termParts, type TermPart } from './term-parts';

/** The articles (docids, ascending) that contain a term, with its hits per column. */
export interface TermPostings {
  docs: Int32Array;
  title: Int32Array;
  body: Int32Array;
}

/** A growable list of offsets, reused from article to article (no allocation per article). */
class Offsets {
  values = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

interface PartPostings extends TermPostings {
  /** Fills `title` and `body` with the offsets of entry `index`, each minus `shift`. */
  offsetsInto(index: number, shift: number, title: Offsets, body: Offsets): void;
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
    offsetsInto(i, shift, titleOut, bodyOut) {
      const reader = new ByteReader(blobs[blobOf[i]!]!);
      reader.at = at[i]!;
      for (const [out, count] of [
        [titleOut, title[i]!],
        [bodyOut, body[i]!],
      ] as const) {
        out.length = 0;
        let previous = 0;
        for (let k = 0; k < count; k++) {
          previous += reader.varint();
          out.push(previous - shift);
        }
      }
    },
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
    offsetsInto(i, shift, titleOut, bodyOut) {
      for (const [out, list] of [
        [titleOut, lists[i]!.title],
        [bodyOut, lists[i]!.body],
      ] as const) {
        out.length = 0;
        for (const value of list) out.push(value - shift);
      }
    },
  };
}

const partPostings = (q: ReadQuery, part: TermPart) =>
  part.prefix ? prefixPart(q, part.token) : exactPart(q, part.token);

/** Keeps in `starts` only the values also in `other` (both ascending); returns how many remain. */
function intersectInto(starts: Offsets, other: Offsets): number {
  let kept = 0;
  let j = 0;
  for (let i = 0; i < starts.length; i++) {
    const value = starts.values[i]!;
    while (j < other.length && other.values[j]! < value) j++;
    if (j < other.length && other.values[j] === value) starts.values[kept++] = value;
  }
  starts.length = kept;
  return kept;
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
  const [titleStarts, bodyStarts, titleOther, bodyOther] = [
    new Offsets(),
    new Offsets(),
    new Offsets(),
    new Offsets(),
  ];
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
    // Where the term would start, per column: every part's offsets moved back by the part's own
    // offset in the term, intersected.
    orderedLists[0]!.offsetsInto(i, orderedParts[0]!.offset, titleStarts, bodyStarts);
    for (let k = 1; k < orderedLists.length && titleStarts.length + bodyStarts.length > 0; k++) {
      orderedLists[k]!.offsetsInto(at[k]!, orderedParts[k]!.offset, titleOther, bodyOther);
      intersectInto(titleStarts, titleOther);
      intersectInto(bodyStarts, bodyOther);
    }
    const inTitle = titleStarts.length;
    const inBody = bodyStarts.length;
    if (inTitle + inBody === 0) continue;
    docs.push(docid);
    title.push(inTitle);
    body.push(inBody);
  }
  return { docs: Int32Array.from(docs), title: Int32Array.from(title), body: Int32Array.from(body) };
}
