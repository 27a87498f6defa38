// The reader's pure text work: runs over overlapping highlights, hits and diff changes always
// concatenate back to the text; passages never split a surrogate pair; the diff's ranges point at
// what changed in each text.
import { describe, expect, it } from 'vitest';
import { trimPassage, widenToCodePoints } from '../../../src-renderer/src/features/reader/selection-offsets';
import { commonEnds, diffTexts } from '../../../src-renderer/src/features/reader/text-diff';
import { runStyle, splitRuns, tint } from '../../../src-renderer/src/features/reader/text-runs';

const PARAGRAPH = '衢州智造新城招商引资成效明显';

describe('splitRuns', () => {
  it('cuts at every boundary and keeps overlapping highlights, shortest on top', () => {
    const runs = splitRuns(PARAGRAPH, 100, {
      highlights: [
        { id: 1, start: 100, end: 110, color: '#ff0000' },
        { id: 2, start: 104, end: 108, color: '#0000ff' },
      ],
      hits: [],
      diff: [],
    });
    expect(runs.map((run) => run.text).join('')).toBe(PARAGRAPH);
    expect(runs.map((run) => [run.text, run.highlights.map((h) => h.id)])).toEqual([
      ['衢州智造', [1]],
      ['新城招商', [2, 1]],
      ['引资', [1]],
      ['成效明显', []],
    ]);
  });

  it('layers hits and diff changes with highlights, clipped to the paragraph', () => {
    const runs = splitRuns(PARAGRAPH, 10, {
      highlights: [{ id: 7, start: 0, end: 14, color: '#00ff00' }],
      hits: [{ start: 16, end: 18, index: 3 }],
      diff: [{ start: 20, end: 40, kind: 'added' }],
    });
    expect(runs.map((run) => run.text).join('')).toBe(PARAGRAPH);
    expect(runs.find((run) => run.hit === 3)?.text).toBe('招商');
    expect(runs.filter((run) => run.diff === 'added').map((run) => run.text).join('')).toBe('成效明显');
    expect(runs[0]).toMatchObject({ text: '衢州智造', start: 10 });
  });

  it('returns the whole text as one run when nothing touches it', () => {
    expect(splitRuns('无标注', 0, { highlights: [], hits: [], diff: [] })).toEqual([
      { text: '无标注', start: 0, highlights: [], hit: null, diff: null },
    ]);
  });
});

describe('runStyle', () => {
  it('tints with the top highlight and underlines each further one', () => {
    expect(tint('#ff8000', 0.3)).toBe('rgba(255, 128, 0, 0.3)');
    const style = runStyle([
      { id: 2, start: 0, end: 1, color: '#0000ff' },
      { id: 1, start: 0, end: 2, color: '#ff0000' },
    ]);
    expect(style).toContain('background-color:rgba(0, 0, 255, 0.3)');
    expect(style).toContain('inset 0 -2px 0 rgba(255, 0, 0, 0.95)');
  });
});

describe('passage offsets', () => {
  it('never splits a surrogate pair', () => {
    const text = '𠮷野家在衢州';
    expect(widenToCodePoints(text, 1, 3)).toEqual({ start: 0, end: 3 });
    expect(widenToCodePoints(text, 0, 1)).toEqual({ start: 0, end: 2 });
  });

  it('trims whitespace and paragraph joins off the ends', () => {
    const text = '第一段\n 第二段 ';
    expect(trimPassage(text, 2, 9)).toEqual({ start: 2, end: 8 });
    expect(trimPassage(text, 3, 5)).toBeNull();
  });
});

describe('diffTexts', () => {
  it('marks what the right text added and removed, by character', () => {
    const left = '记者从宜宾市经济和信息化局了解到，今年产值856亿元。';
    const right = '从宜宾市经济和信息化局获悉，今年产值856亿元。（来源：蜀南经济报）';
    const diff = diffTexts(left, right);
    expect(diff.unit).toBe('character');
    const removed = diff.left.map((range) => left.slice(range.start, range.end)).join('');
    const added = diff.right.map((range) => right.slice(range.start, range.end)).join('');
    expect(removed).toContain('记者');
    expect(removed).toContain('了解到');
    expect(added).toContain('获悉');
    expect(added).toContain('（来源：蜀南经济报）');
    expect(diff.added).toBe(added.length);
    expect(diff.removed).toBe(removed.length);
  });

  it('diffs two huge near-identical texts only where they differ, with offsets into the whole texts', () => {
    const body = '区域产业政策长文，园区二期规划面积约三点二平方公里。\n'.repeat(100_000); // 2.7 M units
    const left = body;
    const right = `${body.slice(0, 1_000_000)}新增一句。${body.slice(1_000_000)}`;
    const diff = diffTexts(left, right);
    expect(diff.unit).toBe('character');
    expect(diff.left).toEqual([]);
    expect(diff.right.map((range) => right.slice(range.start, range.end))).toEqual(['新增一句。']);
    expect(diff.added).toBe(5);
  });

  it('diffs huge texts changed far apart by paragraph, with offsets into the whole texts', () => {
    const line = '区域产业政策长文，园区二期规划面积约三点二平方公里。\n';
    const body = line.repeat(20_000); // 540,000 units
    const left = `开头旧句。\n${body}结尾旧句。`;
    const right = `开头新句。\n${body}结尾新句。`;
    const diff = diffTexts(left, right);
    expect(diff.unit).toBe('paragraph');
    expect(diff.left.map((range) => left.slice(range.start, range.end))).toEqual(['旧句。\n', '结尾旧']);
    expect(diff.right.map((range) => right.slice(range.start, range.end))).toEqual(['新句。\n', '结尾新']);
  });

  it('never splits a surrogate pair where the shared start or end stops', () => {
    // '𠮷' (D842 DFB7) and '𠮸' (D842 DFB8) share their high half.
    expect(commonEnds('甲𠮷乙', '甲𠮸乙')).toEqual({ head: 1, tail: 1 });
    const diff = diffTexts('甲𠮷乙', '甲𠮸乙');
    expect(diff.left.map((r) => '甲𠮷乙'.slice(r.start, r.end))).toEqual(['𠮷']);
  });
});
