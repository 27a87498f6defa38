// Marking never changes the text: segments join back to it, and offsets found on folded text are
// offsets into the text as shown (traditional, full-width and upper-case forms included).
import { describe, expect, it } from 'vitest';
import {
  findTermRanges,
  highlightTerms,
  marksFromPairs,
  paragraphsWithOffsets,
  segmentText,
} from '../../../src-renderer/src/ui/text-marks';

describe('text marks', () => {
  it('finds traditional, full-width and upper-case forms and keeps offsets', () => {
    const text = '宜賓鋰電產業發展，產能達到３０ＧＷｈ；锂电项目';
    const ranges = findTermRanges(text, ['锂电', 'gwh', '发展']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['鋰電', '發展', 'ＧＷｈ', '锂电']);
    expect(ranges.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it('merges overlapping terms into one mark and counts repeats separately', () => {
    const text = '衢州智造新城位于衢州';
    expect(findTermRanges(text, ['衢州', '衢州智造新城']).map((r) => [r.start, r.end])).toEqual([
      [0, 6],
      [8, 10],
    ]);
    expect(findTermRanges('啊啊啊啊', ['啊啊'])).toHaveLength(2);
  });

  it('cuts text at marks so the pieces join back to the text', () => {
    const text = '招商引资与招商';
    const segments = segmentText(
      text,
      marksFromPairs([
        [5, 7],
        [0, 2],
      ]),
    );
    expect(segments).toEqual([
      { text: '招商', mark: 0 },
      { text: '引资与', mark: null },
      { text: '招商', mark: 1 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('clips marks to a paragraph that starts later in the text', () => {
    const clean = '第一段锂电\n\n第二段𠮷锂电';
    const paragraphs = paragraphsWithOffsets(clean);
    expect(paragraphs).toEqual([
      { text: '第一段锂电', start: 0 },
      { text: '第二段𠮷锂电', start: 7 },
    ]);
    const marks = findTermRanges(clean, ['锂电']);
    const second = paragraphs[1]!;
    const segments = segmentText(second.text, marks, second.start);
    expect(segments).toEqual([
      { text: '第二段𠮷', mark: null },
      { text: '锂电', mark: 1 },
    ]);
  });

  it('marks the positive terms of a query, not OR or exclusions', () => {
    expect(highlightTerms('锂电 "招商引资" 衢州 OR 合肥 -宜宾')).toEqual([
      '招商引资',
      '锂电',
      '衢州',
      '合肥',
    ]);
    expect(highlightTerms('ＧＷｈ')).toEqual(['gwh']);
  });
});
