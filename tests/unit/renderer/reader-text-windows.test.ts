// Windowed rendering of huge articles, the pure part: chunks cover every paragraph exactly (and
// only paragraphs), long paragraphs are cut at sentence ends and never inside a surrogate pair,
// offsets map to the chunk holding them, heights sum and search like the arrays they stand for,
// the chunks to draw follow the scroll position, and the ranges touching a chunk are all found
// (a highlight crossing a chunk boundary belongs to both).
import { describe, expect, it } from 'vitest';
import { paragraphsWithOffsets } from '../../../src-renderer/src/ui/text-marks';
import {
  ChunkHeights,
  chunkAt,
  chunkLines,
  chunkText,
  chunksBetween,
  estimateHeights,
  RangeIndex,
} from '../../../src-renderer/src/features/reader/text-windows';

const SENTENCE = '衢州智造新城围绕新材料产业链招商引资。';

function chunksOf(text: string, max: number): string[] {
  const table = chunkText(text, max);
  return table.starts.map((start, i) => text.slice(start, table.ends[i]));
}

describe('chunkText', () => {
  it('gives one chunk a paragraph, with the offsets paragraphsWithOffsets gives, when nothing is long', () => {
    const text = `标题\n\n${SENTENCE}\n   \n${SENTENCE.repeat(3)}\n`;
    const table = chunkText(text, 4000);
    const paragraphs = paragraphsWithOffsets(text);
    expect(table.starts).toEqual(paragraphs.map((p) => p.start));
    expect(table.ends).toEqual(paragraphs.map((p) => p.start + p.text.length));
    expect(table.opens.every(Boolean) && table.closes.every(Boolean)).toBe(true);
    expect(chunkText(text, Infinity)).toEqual(table);
  });

  it('cuts a long paragraph into chunks that join back to it, after a sentence end', () => {
    const paragraph = SENTENCE.repeat(100); // 1,900 units
    const text = `前言\n${paragraph}\n后记`;
    const table = chunkText(text, 500);
    const pieces = chunksOf(text, 500);
    expect(pieces[0]).toBe('前言');
    expect(pieces.slice(1, -1).join('')).toBe(paragraph);
    expect(pieces.at(-1)).toBe('后记');
    for (const piece of pieces.slice(1, -2)) {
      expect(piece.length).toBeLessThanOrEqual(500);
      expect(piece.endsWith('。')).toBe(true);
    }
    // Only the first chunk of the paragraph opens it, only the last closes it.
    expect(table.opens.slice(1, -1)).toEqual(pieces.slice(1, -1).map((_, i) => i === 0));
    expect(table.closes.slice(1, -1)).toEqual(pieces.slice(1, -1).map((_, i, all) => i === all.length - 1));
  });

  it('never cuts inside a surrogate pair, wherever the limit falls', () => {
    const paragraph = '𠮷'.repeat(1000); // no sentence ends: cut at the limit
    for (const max of [99, 100, 101, 257]) {
      const pieces = chunksOf(paragraph, max);
      expect(pieces.join('')).toBe(paragraph);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(max);
        expect(piece.length % 2).toBe(0);
        expect(/^(?:\uD842\uDFB7)+$/.test(piece)).toBe(true);
      }
    }
  });

  it('handles an empty text, blank lines only and a text without a newline', () => {
    expect(chunkText('', 100).starts).toEqual([]);
    expect(chunkText('\n \n\u3000\n', 100).starts).toEqual([]);
    expect(chunksOf('一段', 100)).toEqual(['一段']);
  });
});

describe('chunkAt', () => {
  const text = `第一段\n\n第二段很长${'字'.repeat(30)}\n第三段`;
  const table = chunkText(text, 10);

  it('maps every offset inside a chunk to it, and back', () => {
    for (let i = 0; i < table.starts.length; i++) {
      for (let offset = table.starts[i]!; offset < table.ends[i]!; offset++) expect(chunkAt(table, offset)).toBe(i);
    }
  });

  it('maps an offset between paragraphs to the next chunk and one past the end to the last', () => {
    expect(chunkAt(table, 3)).toBe(1); // the first "\n"
    expect(chunkAt(table, 4)).toBe(1);
    expect(chunkAt(table, text.length + 5)).toBe(table.starts.length - 1);
    expect(chunkAt(chunkText('', 10), 0)).toBe(-1);
  });
});

describe('ChunkHeights', () => {
  it('keeps prefix sums and finds the chunk at a y as the plain arrays do, after changes', () => {
    const values = Array.from({ length: 37 }, (_, i) => 10 + ((i * 7) % 13));
    const heights = new ChunkHeights(values);
    heights.set(5, 100);
    values[5] = 100;
    heights.set(36, 1);
    values[36] = 1;
    const tops = values.map((_, i) => values.slice(0, i).reduce((a, b) => a + b, 0));
    for (let i = 0; i <= values.length; i++) expect(heights.top(i)).toBe(i === values.length ? heights.total : tops[i]);
    for (let i = 0; i < values.length; i++) {
      expect(heights.indexAt(tops[i]!)).toBe(i);
      expect(heights.indexAt(tops[i]! + values[i]! - 0.5)).toBe(i);
    }
    expect(heights.indexAt(-10)).toBe(0);
    expect(heights.indexAt(heights.total + 10)).toBe(values.length - 1);
  });

  it('gives the chunks to draw for a stretch of pixels', () => {
    const heights = new ChunkHeights(new Array(1000).fill(20));
    expect(chunksBetween(heights, 0, 100)).toEqual({ first: 0, last: 6 });
    expect(chunksBetween(heights, 10_000, 10_100)).toEqual({ first: 500, last: 506 });
    expect(chunksBetween(heights, 19_990, 30_000)).toEqual({ first: 999, last: 1000 });
    expect(chunksBetween(new ChunkHeights([]), 0, 100)).toEqual({ first: 0, last: 0 });
  });

  it('estimates taller chunks for longer text, and a gap below the end of a paragraph', () => {
    const table = chunkText(`${'字'.repeat(100)}\n${'字'.repeat(10)}`, 60);
    const heights = estimateHeights(table, { charsPerLine: 38, lineHeight: 32, paragraphGap: 15, indent: 2 });
    expect(heights).toEqual([2 * 32, 2 * 32 + 15, 1 * 32 + 15]);
  });
});

describe('RangeIndex', () => {
  const spans = [
    { id: 1, start: 0, end: 500 }, // long, crosses many chunks
    { id: 2, start: 95, end: 105 }, // crosses the boundary at 100
    { id: 3, start: 100, end: 110 },
    { id: 4, start: 300, end: 310 },
    { id: 5, start: 40, end: 60 },
  ];
  const index = new RangeIndex(spans);
  const brute = (from: number, to: number) =>
    spans.filter((s) => s.start < to && s.end > from).sort((a, b) => a.start - b.start).map((s) => s.id);

  it('finds every range touching a stretch, a highlight crossing a chunk boundary in both chunks', () => {
    expect(index.touching(0, 100).map((s) => s.id)).toEqual([1, 5, 2]);
    expect(index.touching(100, 200).map((s) => s.id)).toEqual([1, 2, 3]);
    for (const [from, to] of [[0, 1], [59, 61], [105, 300], [310, 600], [500, 501], [600, 700]] as const) {
      expect(index.touching(from, to).map((s) => s.id)).toEqual(brute(from, to));
    }
  });

  it('uses sorted ranges as they are (find matches, thousands of them)', () => {
    const marks = Array.from({ length: 10_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 3, index: i }));
    const sorted = new RangeIndex(marks);
    expect(sorted.touching(50_001, 50_025).map((m) => m.index)).toEqual([5000, 5001, 5002]);
    expect(sorted.size).toBe(10_000);
  });
});

describe('chunkLines (the original text)', () => {
  it('cuts after whole lines and joins back to the text', () => {
    const text = Array.from({ length: 50 }, (_, i) => `第${i}行原文内容`).join('\n');
    const table = chunkLines(text, 40);
    const pieces = table.starts.map((start, i) => text.slice(start, table.ends[i]));
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
  });

  it('cuts a line longer than a chunk at the limit, never inside a surrogate pair', () => {
    const text = `${'𠮷'.repeat(50)}\n尾`;
    const pieces = (() => {
      const table = chunkLines(text, 21);
      return table.starts.map((start, i) => text.slice(start, table.ends[i]));
    })();
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(4);
    for (const piece of pieces) {
      expect(/^[\uDC00-\uDFFF]/.test(piece)).toBe(false);
      expect(/[\uD800-\uDBFF]$/.test(piece)).toBe(false);
    }
  });
});
