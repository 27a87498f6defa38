import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange } from '../../../src-main/common/anchoring';
import { ARTICLE, PARAGRAPHS, offsetOf, selectorsOf } from './fixture-article';

const PASSAGE = '鹏辉能源的二期年产36GWh储能电池生产项目';

/** Anchors `passage` (found in ARTICLE) in `changed` and returns the text it now covers, or null. */
function reanchor(changed: string, passage: string, nth = 0): string | null {
  const place = anchorSelectors(changed, selectorsOf(ARTICLE, passage, nth));
  return place && changed.slice(place.start, place.end);
}

describe('anchorSelectors: text changed around the highlight', () => {
  it('keeps the position when the text is unchanged', () => {
    const selectors = selectorsOf(ARTICLE, PASSAGE);
    expect(anchorSelectors(ARTICLE, selectors)).toEqual({ start: selectors.start, end: selectors.end });
  });

  it('follows the passage when text is inserted or deleted before it', () => {
    const inserted = `来源：衢州日报 2024-01-05\n${ARTICLE}`;
    const selectors = selectorsOf(ARTICLE, PASSAGE);
    expect(anchorSelectors(inserted, selectors)).toEqual({
      start: offsetOf(inserted, PASSAGE),
      end: offsetOf(inserted, PASSAGE) + PASSAGE.length,
    });
    const deleted = ARTICLE.replace('华友钴业、鹏辉能源等龙头企业加快布局。', '');
    expect(anchorSelectors(deleted, selectors)?.start).toBe(offsetOf(deleted, PASSAGE));
    expect(reanchor(deleted, PASSAGE)).toBe(PASSAGE);
  });

  it('keeps the passage when text after it changes', () => {
    const changed = ARTICLE.replace('其中6GWh已投产', '其中首期6GWh已于年初投产') + '\n（责任编辑：王某）';
    const selectors = selectorsOf(ARTICLE, PASSAGE);
    expect(anchorSelectors(changed, selectors)).toEqual({ start: selectors.start, end: selectors.end });
  });

  it('finds a passage at the very start or end of the text after text is added beyond it', () => {
    const first = PARAGRAPHS[0];
    const last = '打造新能源产业高地。';
    expect(reanchor(`【本报讯】\n${ARTICLE}`, first)).toBe(first);
    expect(reanchor(`${ARTICLE}\n相关阅读：衢州锂电产业链调查`, last)).toBe(last);
    // And when the text before or after the edge passage is removed.
    expect(reanchor(ARTICLE.slice(ARTICLE.indexOf(PASSAGE)), PASSAGE)).toBe(PASSAGE);
  });
});

describe('anchorSelectors: the highlighted passage itself changed', () => {
  it('finds a slightly edited passage (one character changed)', () => {
    const changed = ARTICLE.replace('储能电池生产项目', '储能电芯生产项目');
    expect(reanchor(changed, PASSAGE)).toBe('鹏辉能源的二期年产36GWh储能电芯生产项目');
  });

  it('finds a passage with text inserted or deleted inside it', () => {
    const inserted = ARTICLE.replace('二期年产', '二期规划年产');
    expect(reanchor(inserted, PASSAGE)).toBe('鹏辉能源的二期规划年产36GWh储能电池生产项目');
    const deleted = ARTICLE.replace('储能电池生产项目', '储能电池项目');
    expect(reanchor(deleted, PASSAGE)).toBe('鹏辉能源的二期年产36GWh储能电池项目');
  });

  it('orphans a heavily rewritten passage (null)', () => {
    const changed = ARTICLE.replace(PASSAGE, '鹏辉公司新建的大型电芯工厂');
    expect(anchorSelectors(changed, selectorsOf(ARTICLE, PASSAGE))).toBeNull();
  });

  it('orphans a passage whose paragraph was removed', () => {
    const changed = PARAGRAPHS.filter((_, i) => i !== 2).join('\n');
    expect(anchorSelectors(changed, selectorsOf(ARTICLE, PASSAGE))).toBeNull();
  });

  it('allows no edits in a short quote', () => {
    const changed = ARTICLE.replace('UTG超薄玻璃', 'UTG超薄玻壳');
    expect(anchorSelectors(changed, selectorsOf(ARTICLE, 'UTG超薄玻璃'))).toBeNull();
  });
});

describe('anchorSelectors: a short quote repeated in the article', () => {
  // 新能源产业 occurs four times; the third is in the paragraph about the "五链".
  const QUOTE = '新能源产业';

  it('keeps the right occurrence when text before it is deleted (the position is stale)', () => {
    const deleted = ARTICLE.replace('与此同时，先导集成电路的2个基地东港片区项目已投产；', '');
    const selectors = selectorsOf(ARTICLE, QUOTE, 2);
    const place = anchorSelectors(deleted, selectors);
    expect(place?.start).toBe(offsetOf(deleted, '新能源产业发展路径'));
  });

  it('uses the context, not the position, when another occurrence slides onto the old position', () => {
    const selectors = selectorsOf(ARTICLE, QUOTE, 2);
    // Delete, from an earlier paragraph, exactly as many units as lie between the third and the
    // fourth occurrence: the fourth now sits where the highlighted third was.
    const gap = offsetOf(ARTICLE, QUOTE, 3) - selectors.start;
    const cut = ARTICLE.indexOf('与此同时');
    const changed = ARTICLE.slice(0, cut) + ARTICLE.slice(cut + gap);
    expect(changed.slice(selectors.start, selectors.end + 2)).toBe('新能源产业高地');
    expect(anchorSelectors(changed, selectors)?.start).toBe(offsetOf(changed, '新能源产业发展路径'));
  });

  it('orphans a short quote whose passage is gone even though the words occur elsewhere', () => {
    const selectors = selectorsOf(ARTICLE, '锂电新材料');
    const changed = `${ARTICLE.replace('锂电新材料、', '')}\n附：锂电新材料企业名单见下表。`;
    expect(anchorSelectors(changed, selectors)).toBeNull();
  });

  it('falls back to the nearest occurrence when all occurrences have the same surroundings', () => {
    const row = '表格：新能源｜数据：无';
    const text = Array.from({ length: 5 }, () => row).join('\n');
    const start = 3 * (row.length + 1) + 3;
    const selectors = describeRange(text, start, start + 3);
    const shifted = `注：\n${text}`;
    expect(anchorSelectors(shifted, selectors)?.start).toBe(start + 3);
  });
});

describe('anchorSelectors: characters outside the BMP and whitespace', () => {
  it('anchors a quote holding surrogate pairs after text with surrogate pairs is inserted', () => {
    const text = `𠮷野家在衢州开店。据悉，𠮷野家新店将于下月开业。`;
    const selectors = describeRange(text, text.indexOf('𠮷野家新店'), text.indexOf('𠮷野家新店') + 6);
    expect(selectors.exact).toBe('𠮷野家新店');
    const changed = `𠮷𠮷：${text}`;
    const place = anchorSelectors(changed, selectors);
    expect(place && changed.slice(place.start, place.end)).toBe('𠮷野家新店');
  });

  it('finds a passage across two paragraphs that were joined into one', () => {
    const passage = '鹏辉能源的二期年产36GWh储能电池生产项目其中6GWh已投产。\n衢州以产业链';
    const joined = ARTICLE.replace('已投产。\n衢州', '已投产。衢州');
    expect(reanchor(joined, passage)).toBe(
      '鹏辉能源的二期年产36GWh储能电池生产项目其中6GWh已投产。衢州以产业链',
    );
  });

  it('finds a short passage split by a new paragraph break', () => {
    const split = ARTICLE.replace('华友钴业、鹏辉能源', '华友钴业、\n鹏辉能源');
    expect(reanchor(split, '钴业、鹏辉')).toBe('钴业、\n鹏辉');
  });

  it('finds a passage after an indent (full-width spaces) is added before its paragraph', () => {
    const indented = ARTICLE.replace('\n下一步', '\n\u3000\u3000下一步');
    expect(reanchor(indented, '下一步，衢州将围绕')).toBe('下一步，衢州将围绕');
  });
});
