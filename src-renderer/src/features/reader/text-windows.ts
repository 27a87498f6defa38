// The pure side of the reader's windowed rendering (huge articles): the clean text cut into render
// chunks (paragraphs, and very long paragraphs cut into pieces of at most `maxChunk` units, at a
// sentence end when there is one near, never inside a surrogate pair), offset <-> chunk mapping,
// the chunks' heights (estimated until measured) with their prefix sums in a Fenwick tree, and the
// ranges (highlights, hits, diff changes) that touch a chunk, found without scanning them all.
// Offsets are UTF-16 units into the clean text, as everywhere in the project.

/** Render chunks as parallel arrays: a million paragraphs cost three number arrays, not objects. */
export interface ChunkTable {
  starts: number[];
  ends: number[];
  /** The chunk begins its paragraph (indented) / ends it (margin below). */
  opens: boolean[];
  closes: boolean[];
}

/** Where a sentence may end: a long paragraph is cut after one of these when one is near. */
const SENTENCE_END = /[。！？；!?;…」』”）)]/;
/** How far back from the hard limit a cut may move to land after a sentence end. */
const CUT_SLACK = 0.25;

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where to end a chunk that starts at `from` within a paragraph ending at `end`. */
export function chunkEnd(text: string, from: number, end: number, maxChunk: number): number {
  if (end - from <= maxChunk) return end;
  const limit = from + maxChunk;
  const floor = limit - Math.floor(maxChunk * CUT_SLACK);
  for (let at = limit; at > floor; at--) {
    if (SENTENCE_END.test(text[at - 1]!) && !isLowSurrogate(text, at)) return at;
  }
  return isLowSurrogate(text, limit) ? limit - 1 : limit;
}

/** Is text[from, to) only whitespace? (Such lines carry no paragraph.) */
function isBlank(text: string, from: number, to: number): boolean {
  const blank = /\s*/y;
  blank.lastIndex = from;
  blank.exec(text);
  return blank.lastIndex >= to;
}

/**
 * The paragraphs of the clean text (split at "\n", blank ones skipped, as paragraphsWithOffsets),
 * each cut into chunks of at most `maxChunk` units (Infinity: one chunk a paragraph).
 */
export function chunkText(text: string, maxChunk = Infinity): ChunkTable {
  const table: ChunkTable = { starts: [], ends: [], opens: [], closes: [] };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd > lineStart && !isBlank(text, lineStart, lineEnd)) {
      let from = lineStart;
      while (from < lineEnd) {
        const to = chunkEnd(text, from, lineEnd, maxChunk);
        table.starts.push(from);
        table.ends.push(to);
        table.opens.push(from === lineStart);
        table.closes.push(to === lineEnd);
        from = to;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return table;
}

/** The chunk holding `offset`; an offset between paragraphs belongs to the next one (or the last). */
export function chunkAt(table: ChunkTable, offset: number): number {
  const { starts, ends } = table;
  let low = 0;
  let high = starts.length - 1;
  if (high < 0) return -1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Heights of N chunks with prefix sums: O(log N) to change one, to find a top or the chunk at a y. */
export class ChunkHeights {
  private readonly tree: Float64Array;
  private readonly values: Float64Array;
  readonly measured: Uint8Array;

  constructor(heights: ArrayLike<number>) {
    const n = heights.length;
    this.values = Float64Array.from(heights);
    this.measured = new Uint8Array(n);
    // Linear Fenwick build: each node adds itself to its parent.
    this.tree = new Float64Array(n + 1);
    for (let i = 1; i <= n; i++) {
      this.tree[i]! += this.values[i - 1]!;
      const parent = i + (i & -i);
      if (parent <= n) this.tree[parent]! += this.tree[i]!;
    }
  }

  get count(): number {
    return this.values.length;
  }

  height(index: number): number {
    return this.values[index] ?? 0;
  }

  /** Sets a measured height; returns the change. */
  set(index: number, height: number): number {
    const delta = height - this.values[index]!;
    this.measured[index] = 1;
    if (delta === 0) return 0;
    this.values[index] = height;
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta;
    return delta;
  }

  /** Sum of the heights of chunks [0, index). */
  top(index: number): number {
    let sum = 0;
    for (let i = Math.min(index, this.values.length); i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  get total(): number {
    return this.top(this.values.length);
  }

  /** The chunk drawn at `y` (clamped to the first and last). */
  indexAt(y: number): number {
    const n = this.values.length;
    if (n === 0) return -1;
    let position = 0;
    let remaining = y;
    for (let step = 1 << Math.floor(Math.log2(n)); step > 0; step >>= 1) {
      const next = position + step;
      if (next <= n && this.tree[next]! <= remaining) {
        position = next;
        remaining -= this.tree[next]!;
      }
    }
    return Math.min(position, n - 1);
  }
}

/** Layout figures for estimating a chunk's height before it has been drawn. */
export interface TextMetrics {
  /** Characters of CJK text in one line of the column. */
  charsPerLine: number;
  lineHeight: number;
  /** Space below a paragraph's last chunk. */
  paragraphGap: number;
  /** Characters of indent on a paragraph's first line. */
  indent: number;
}

export function estimateHeights(table: ChunkTable, metrics: TextMetrics): number[] {
  const perLine = Math.max(1, metrics.charsPerLine);
  return table.starts.map((start, i) => {
    const length = table.ends[i]! - start + (table.opens[i] ? metrics.indent : 0);
    return Math.max(1, Math.ceil(length / perLine)) * metrics.lineHeight + (table.closes[i] ? metrics.paragraphGap : 0);
  });
}

/** The chunks [first, last) to render for the pixels [top, bottom) of the text. */
export function chunksBetween(heights: ChunkHeights, top: number, bottom: number): { first: number; last: number } {
  if (heights.count === 0) return { first: 0, last: 0 };
  const first = heights.indexAt(Math.max(0, top));
  const last = heights.indexAt(Math.max(top, bottom)) + 1;
  return { first, last: Math.max(first + 1, last) };
}

interface Span {
  start: number;
  end: number;
}

/**
 * Ranges (overlapping or not) sorted by start, with the running maximum of their ends, so the ones
 * touching [from, to) are found by two binary searches and a scan of the candidates only.
 */
export class RangeIndex<T extends Span> {
  private readonly sorted: T[];
  private readonly maxEnd: number[];

  constructor(ranges: readonly T[]) {
    let ordered = true;
    for (let i = 1; i < ranges.length && ordered; i++) ordered = ranges[i - 1]!.start <= ranges[i]!.start;
    this.sorted = ordered ? (ranges as T[]) : [...ranges].sort((a, b) => a.start - b.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const range of this.sorted) {
      max = Math.max(max, range.end);
      this.maxEnd.push(max);
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Every range with start < to and end > from, in start order. */
  touching(from: number, to: number): T[] {
    const { sorted, maxEnd } = this;
    // First index whose running max end passes `from`: nothing before it can reach the span.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (maxEnd[middle]! <= from) low = middle + 1;
      else high = middle;
    }
    const found: T[] = [];
    for (let i = low; i < sorted.length && sorted[i]!.start < to; i++) {
      if (sorted[i]!.end > from) found.push(sorted[i]!);
    }
    return found;
  }
}

/**
 * The original (decoded, uncleaned) text cut into chunks of whole lines, at most `maxChunk` units
 * where a line allows it, each ending after its "\n": drawn as pre-wrap blocks one after the other
 * they show exactly what the whole text in one block shows.
 */
export function chunkLines(text: string, maxChunk: number): ChunkTable {
  const table: ChunkTable = { starts: [], ends: [], opens: [], closes: [] };
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + maxChunk);
    if (to < text.length) {
      const newline = text.lastIndexOf('\n', to - 1);
      if (newline >= from) to = newline + 1;
      else if (isLowSurrogate(text, to)) to -= 1;
    }
    table.starts.push(from);
    table.ends.push(to);
    table.opens.push(true);
    table.closes.push(true);
    from = to;
  }
  return table;
}
