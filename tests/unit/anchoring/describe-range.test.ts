import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from '../../../src-main/common/anchoring';
import { ARTICLE, offsetOf } from './fixture-article';

describe('describeRange', () => {
  it('stores the passage and 32 units of context on each side', () => {
    const start = offsetOf(ARTICLE, '鹏辉能源的二期');
    const end = start + '鹏辉能源的二期'.length;
    const selectors = describeRange(ARTICLE, start, end);
    expect(selectors).toMatchObject({ start, end, exact: '鹏辉能源的二期' });
    expect(selectors.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(selectors.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(ARTICLE.slice(start - CONTEXT_LENGTH, end + CONTEXT_LENGTH)).toBe(
      selectors.prefix + selectors.exact + selectors.suffix,
    );
  });

  it('takes what there is at the very start and end of the text', () => {
    const text = '开头一句。中间。结尾';
    expect(describeRange(text, 0, 4)).toEqual({
      start: 0,
      end: 4,
      exact: '开头一句',
      prefix: '',
      suffix: '。中间。结尾',
    });
    expect(describeRange(text, 8, 10)).toEqual({
      start: 8,
      end: 10,
      exact: '结尾',
      prefix: '开头一句。中间。',
      suffix: '',
    });
  });

  it('never cuts a character outside the BMP in half at the edge of the context', () => {
    // 𠮷 is two UTF-16 units; put one pair exactly across the 32-unit boundary on each side.
    const filler = '甲'.repeat(31);
    const text = `𠮷${filler}【吉野家】${filler}𠮷`;
    const start = text.indexOf('【');
    const end = text.indexOf('】') + 1;
    const { prefix, suffix, exact } = describeRange(text, start, end);
    expect(exact).toBe('【吉野家】');
    // 32 units back would start on the low half of the pair: the prefix is one unit shorter instead.
    expect(prefix).toBe(filler);
    expect(suffix).toBe(filler);
    const wellFormed = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
    expect(prefix).toMatch(wellFormed);
    expect(suffix).toMatch(wellFormed);
  });

  it('keeps whole pairs inside the context when they fit', () => {
    const text = `前文${'𠮷'.repeat(20)}引文${'𠮷'.repeat(20)}后文`;
    const start = text.indexOf('引文');
    const { prefix, suffix } = describeRange(text, start, start + 2);
    expect(prefix).toBe('𠮷'.repeat(16));
    expect(suffix).toBe('𠮷'.repeat(16));
  });
});
