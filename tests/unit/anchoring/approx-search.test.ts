import { describe, expect, it } from 'vitest';
import { approxSearch } from '../../../src-main/common/anchoring/approx-search';

describe('approxSearch', () => {
  it('finds a quote with one character changed, with its start and end', () => {
    const text = '前文。鹏辉能源的二期年产36GWh储能电池项目已投产。后文';
    const matches = approxSearch(text, '鹏辉能源的二期年产36GWh锂电电池项目', 3);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(text.slice(match.start, match.end)).toBe('鹏辉能源的二期年产36GWh储能电池项目');
    expect(match.errors).toBe(2);
  });

  it('takes the piece needing the fewest edits, here two substitutions and a deletion', () => {
    const text = '衢州以产业链、创新链、人才链、资金链“五链”融合为龙头抓手';
    const [match] = approxSearch(text, '产业链、创新链、人才链、资金链、服务链', 3);
    expect(text.slice(match.start, match.end)).toBe('产业链、创新链、人才链、资金链“五链');
    expect(match.errors).toBe(3);
  });

  it('reports each occurrence once and nothing beyond the edit budget', () => {
    const text = '新能源产业发展。其他内容。新能源产业发屏。完全无关的句子。';
    const matches = approxSearch(text, '新能源产业发展', 1);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['新能源产业发展', '新能源产业发屏']);
    expect(approxSearch(text, '锂电池新材料', 1)).toEqual([]);
  });

  it('never returns half of a surrogate pair', () => {
    const text = '甲乙丙𠮷野家的牛肉饭很好吃';
    const [match] = approxSearch(text, '丙吉野家的牛肉饭', 2);
    const piece = text.slice(match.start, match.end);
    expect(piece).toMatch(/^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/);
    expect(piece).toContain('野家的牛肉饭');
  });
});
