// The byte format of a posting list (one token, one segment): for each article, in ascending docid
// order, varints of
//   docid - previous docid, hits in the title, hits in the body, byte length of the offsets,
// then the offsets: the title's, then the body's, each as gaps from the previous one (from 0).
// The byte length lets a reader that only needs counts (a one-token term) skip the offsets.

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
  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    const bytes = this.bytes;
    let byte = bytes[this.at++]!;
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

const scratch = new ByteWriter();

/** One article's entry: its offsets per column, ascending. */
export function writeEntry(
  out: ByteWriter,
  docGap: number,
  title: readonly number[],
  body: readonly number[],
): void {
  const offsets = scratch;
  offsets.length = 0;
  for (const list of [title, body]) {
    let previous = 0;
    for (const at of list) {
      offsets.varint(at - previous);
      previous = at;
    }
  }
  out.varint(docGap);
  out.varint(title.length);
  out.varint(body.length);
  out.varint(offsets.length);
  out.append(offsets.view());
}

/** Decodes an entry's offsets (the reader at their first byte) into title and body lists. */
export function readOffsets(
  bytes: Uint8Array,
  at: number,
  titleCount: number,
  bodyCount: number,
): { title: number[]; body: number[] } {
  const reader = new ByteReader(bytes);
  reader.at = at;
  const read = (count: number) => {
    const list: number[] = [];
    let previous = 0;
    for (let i = 0; i < count; i++) {
      previous += reader.varint();
      list.push(previous);
    }
    return list;
  };
  const title = read(titleCount);
  return { title, body: read(bodyCount) };
}

/** Every entry of a posting list, as docid, counts, and where its offsets start. */
export function forEachEntry(
  bytes: Uint8Array,
  visit: (docid: number, titleHits: number, bodyHits: number, offsetsAt: number, size: number) => void,
  firstDoc = 0,
): number {
  const reader = new ByteReader(bytes);
  let docid = firstDoc;
  while (!reader.done) {
    docid += reader.varint();
    const titleHits = reader.varint();
    const bodyHits = reader.varint();
    const size = reader.varint();
    visit(docid, titleHits, bodyHits, reader.at, size);
    reader.at += size;
  }
  return docid;
}
