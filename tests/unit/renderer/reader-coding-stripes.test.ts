// Coding stripes: one per code of each coded passage, spanning the passage's lines; stripes whose
// lines overlap stand side by side, and a column is reused as soon as the lines above it are done.
// The measuring fold turns the line boxes of a passage's marks into its extent and its end.
import { describe, expect, it } from 'vitest';
import {
  layoutStripes,
  measurePassages,
  type PassageExtent,
  type StripeCode,
} from '../../../src-renderer/src/features/reader/coding-stripes';

const CODES = new Map<number, StripeCode>([
  [1, { id: 1, name: '招商引资', color: '#e15759' }],
  [2, { id: 2, name: '营商环境', color: '#4e79a7' }],
  [3, { id: 3, name: '产业政策', color: '#59a14f' }],
]);
const LINE = 32;

function layout(passages: PassageExtent[], codes: Record<number, number[]>) {
  return layoutStripes(
    passages,
    (id) => codes[id] ?? [],
    (id) => CODES.get(id),
  );
}
const lines = (highlightId: number, first: number, last: number): PassageExtent => ({
  highlightId,
  top: first * LINE,
  bottom: (last + 1) * LINE,
});

describe('layoutStripes', () => {
  it('gives each code of a passage its own stripe, side by side, in the code colour and name', () => {
    const { stripes, columns } = layout([lines(10, 0, 2)], { 10: [1, 2] });
    expect(columns).toBe(2);
    expect(stripes.map((s) => [s.codeId, s.column, s.top, s.height, s.color, s.name])).toEqual([
      [1, 0, 0, 3 * LINE, '#e15759', '招商引资'],
      [2, 1, 0, 3 * LINE, '#4e79a7', '营商环境'],
    ]);
  });

  it('puts passages on overlapping lines in separate columns and reuses a column once it is free', () => {
    const { stripes, columns } = layout(
      [lines(10, 0, 3), lines(11, 2, 5), lines(12, 4, 6), lines(13, 8, 8)],
      {
        10: [1],
        11: [2],
        12: [3],
        13: [2],
      },
    );
    const column = Object.fromEntries(stripes.map((s) => [s.highlightId, s.column]));
    expect(column).toEqual({ 10: 0, 11: 1, 12: 0, 13: 0 });
    expect(columns).toBe(2);
  });

  it('does not count passages that only touch (one ends where the next begins) as overlapping', () => {
    const touching = [
      { highlightId: 1, top: 0, bottom: 64.4 },
      { highlightId: 2, top: 64, bottom: 96 },
    ];
    const { stripes, columns } = layout(touching, { 1: [1], 2: [2] });
    expect(columns).toBe(1);
    expect(stripes.every((s) => s.column === 0)).toBe(true);
  });

  it('keeps the longer passage nearer the text when two start on the same line', () => {
    const { stripes } = layout([lines(20, 1, 1), lines(21, 1, 4)], { 20: [1], 21: [2] });
    expect(stripes.find((s) => s.highlightId === 21)!.column).toBe(0);
    expect(stripes.find((s) => s.highlightId === 20)!.column).toBe(1);
  });

  it('leaves out uncoded passages, codes no longer in the codebook and passages of no height', () => {
    const { stripes, columns } = layout(
      [lines(1, 0, 0), lines(2, 0, 0), { highlightId: 3, top: 5, bottom: 5 }],
      {
        1: [],
        2: [99, 3],
        3: [1],
      },
    );
    expect(stripes.map((s) => [s.highlightId, s.codeId])).toEqual([[2, 3]]);
    expect(columns).toBe(1);
  });

  it('never lets two stripes in one column overlap, however the passages lie', () => {
    const passages: PassageExtent[] = [];
    const codes: Record<number, number[]> = {};
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let id = 1; id <= 60; id++) {
      const first = Math.floor(next() * 40);
      passages.push(lines(id, first, first + Math.floor(next() * 6)));
      codes[id] = [1, 2, 3].filter(() => next() < 0.5);
    }
    const { stripes, columns } = layout(passages, codes);
    expect(stripes).toHaveLength(Object.values(codes).flat().length);
    for (const a of stripes) {
      expect(a.column).toBeLessThan(columns);
      for (const b of stripes) {
        if (a === b || a.column !== b.column) continue;
        const overlap = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
        expect(overlap).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('measurePassages', () => {
  const rect = (top: number, left: number, right: number) => ({ top, bottom: top + 20, left, right });

  it('spans every line of a passage cut into several marks, and ends where its last line ends', () => {
    const [passage, ...rest] = measurePassages([
      { ids: [5], rects: [rect(10, 200, 400), rect(42, 0, 400)] },
      { ids: [5, 6], rects: [rect(74, 0, 120)] },
      { ids: [5], rects: [rect(74, 120, 180)] },
    ]);
    expect(passage).toMatchObject({
      highlightId: 5,
      top: 10,
      bottom: 94,
      endX: 180,
      endTop: 74,
      startX: 200,
      startBottom: 30,
    });
    expect(rest).toEqual([expect.objectContaining({ highlightId: 6, top: 74, bottom: 94, endX: 120 })]);
  });

  it('ignores empty line boxes, which would stretch a passage onto a line it does not show on', () => {
    const [passage] = measurePassages([
      { ids: [1], rects: [rect(10, 50, 90), { top: 42, bottom: 62, left: 0, right: 0 }] },
    ]);
    expect(passage).toMatchObject({ top: 10, bottom: 30, endX: 90, endTop: 10 });
  });
});
