// The byte format of a posting list (one token, one segment), in two blobs.
// The doc list holds, for each article in ascending docid order, varints of
//   docid - previous docid,
//   hits in the body * 2 + (1 if any hit in the title),
//   hits in the title (only if any),
//   where the first body hit starts (only if any);
// the offsets blob holds each article's other offsets in the same order: the title's (as gaps from
// 0), then the body's after the first (as gaps from the first).
// Ranking needs only the counts, and a snippet only the first hit (it finds the others in the text
// it reads around it), so most lookups read the doc lists alone: two to four bytes per article, and
// reading bytes out of SQLite is most of a lookup's cost. Offsets are read only to check a term of
// several tokens.
export class ByteWriter {
  private bytes = new Uint8Array(256);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  append(other: Uint8Array): void {
    while (this.length + other.length > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes.set(other, this.length);
    this.length += other.length;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  /** The bytes so far, without a copy (valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads varints from a byte array; `at` is the position of the next byte. */
export class ByteReader {
  at = 0;
  constructor(public bytes: Uint8Array) {}

  /** Reads `bytes` from `at` on (one reader serves many blobs: no allocation per entry). */
  moveTo(bytes: Uint8Array, at: number): this {
    this.bytes = bytes;
    this.at = at;
    return this;
  }

  varint(): number {
    // Most values (gaps in long lists, counts) take one byte: that case is kept small to inline.
    const byte = this.bytes[this.at++]!;
    return byte < 0x80 ? byte : this.longVarint(byte);
  }

  private longVarint(first: number): number {
    const bytes = this.bytes;
    let byte = first;
    let value = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = bytes[this.at++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    }
    return value >>> 0;
  }

  get done(): boolean {
    return this.at >= this.bytes.length;
  }
}

/** One article's entry: counts and first body hit in the doc list, the other offsets in `offsets`. */
export function writeEntry(
  docs: ByteWriter,
  offsets: ByteWriter,
  docGap: number,
  title: readonly number[],
  body: readonly number[],
): void {
  writeDocEntry(docs, docGap, title.length, body.length, body[0] ?? -1);
  let previous = 0;
  for (const at of title) {
    offsets.varint(at - previous);
    previous = at;
  }
  previous = body[0] ?? 0;
  for (let k = 1; k < body.length; k++) {
    offsets.varint(body[k]! - previous);
    previous = body[k]!;
  }
}

/** An entry's part in the doc list. */
export function writeDocEntry(
  docs: ByteWriter,
  docGap: number,
  titleHits: number,
  bodyHits: number,
  firstBody: number,
): void {
  docs.varint(docGap);
  docs.varint(bodyHits * 2 + (titleHits > 0 ? 1 : 0));
  if (titleHits > 0) docs.varint(titleHits);
  if (bodyHits > 0) docs.varint(firstBody);
}

/** One entry of a doc list. */
export interface Entry {
  docid: number;
  titleHits: number;
  bodyHits: number;
  /** Where the first body hit starts (-1: none). */
  firstBody: number;
}

/** Every entry of a doc list, in order (the object is reused: copy what you keep). */
export function forEachEntry(docs: Uint8Array, visit: (entry: Entry) => void): void {
  const reader = new ByteReader(docs);
  const entry: Entry = { docid: 0, titleHits: 0, bodyHits: 0, firstBody: -1 };
  while (!reader.done) {
    entry.docid += reader.varint();
    const counts = reader.varint();
    entry.bodyHits = counts >>> 1;
    entry.titleHits = counts & 1 ? reader.varint() : 0;
    entry.firstBody = entry.bodyHits > 0 ? reader.varint() : -1;
    visit(entry);
  }
}

/** How many offsets an entry keeps in the offsets blob. */
export const storedOffsets = (titleHits: number, bodyHits: number) => titleHits + Math.max(bodyHits - 1, 0);

/** Where the `count` varints from `at` end. */
export function skipVarints(bytes: Uint8Array, at: number, count: number): number {
  let position = at;
  for (let k = 0; k < count; k++) while (bytes[position++]! & 0x80);
  return position;
}

/** A growable list of offsets, reused from article to article (no allocation per article). */
export class Offsets {
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

  toArray(): number[] {
    return Array.from(this.values.subarray(0, this.length));
  }
}

const offsetReader = new ByteReader(new Uint8Array(0));

/**
 * An entry's offsets, read from `at` in its offsets blob, each minus `shift`, into `title` and
 * `body` (emptied first).
 */
export function readEntryOffsets(
  bytes: Uint8Array,
  at: number,
  entry: Readonly<Entry>,
  shift: number,
  title: Offsets,
  body: Offsets,
): void {
  const reader = offsetReader.moveTo(bytes, at);
  title.length = 0;
  body.length = 0;
  let previous = 0;
  for (let k = 0; k < entry.titleHits; k++) {
    previous += reader.varint();
    title.push(previous - shift);
  }
  if (entry.bodyHits === 0) return;
  previous = entry.firstBody;
  body.push(previous - shift);
  for (let k = 1; k < entry.bodyHits; k++) {
    previous += reader.varint();
    body.push(previous - shift);
  }
}
