import { describe, expect, it } from 'vitest';
import {
  findHeadings,
  findHeadingsInCleanText,
  paragraphHeadingLevels,
  parseHeadings,
  type SourceParagraph,
} from '../../../src-main/common/text/headings';

const plain = (...texts: string[]): SourceParagraph[] => texts.map((text) => ({ text, markedRank: null }));

describe('numbered heads in policy texts', () => {
  it('takes 一、 and （一） heads that stand alone, one level apart, and leaves running list items as text', () => {
    const cleanText = [
      '为加快推进产业发展，现提出如下意见。',
      '一、总体要求',
      '（一）指导思想',
      '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻新发展理念。',
      '（二）主要目标',
      '到2025年，全市规上工业增加值年均增长8%以上。',
      '二、重点任务',
      '一、加快推进项目建设，确保重大项目按期开工。',
      '二、强化要素保障，优先保障重点项目用地。',
    ].join('\n');
    const headings = findHeadingsInCleanText(cleanText);
    expect(headings.map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 1, text: '一、总体要求' },
      { level: 2, text: '（一）指导思想' },
      { level: 2, text: '（二）主要目标' },
      { level: 1, text: '二、重点任务' },
    ]);
    for (const heading of headings) expect(cleanText.slice(heading.start, heading.end)).toBe(heading.text);
  });

  it('chapters over sections over 一、 heads; 第一条 articles of a law stay paragraphs', () => {
    const headings = findHeadingsInCleanText(
      [
        '第一章 总则',
        '第一条 为了规范招商引资工作，制定本办法。',
        '第一节 适用范围',
        '第二条 本办法适用于本市行政区域内的招商引资活动。',
        '第二章 扶持政策',
        '一、土地支持',
        '对重大项目优先安排用地指标。',
      ].join('\n'),
    );
    expect(headings.map(({ level, text }) => [level, text])).toEqual([
      [1, '第一章 总则'],
      [2, '第一节 适用范围'],
      [1, '第二章 扶持政策'],
      [3, '一、土地支持'],
    ]);
  });

  it('a run of short numbered lines is an enumeration, not a row of headings', () => {
    const headings = findHeadingsInCleanText(
      ['签约企业如下：', '一、鹏辉能源', '二、华友钴业', '三、正和硅材料', '以上项目总投资120亿元。'].join('\n'),
    );
    // Only the last item is followed by prose; the others are followed by their next sibling.
    expect(headings.map((h) => h.text)).not.toContain('一、鹏辉能源');
    expect(headings.map((h) => h.text)).not.toContain('二、华友钴业');
  });

  it('a numbered line closing the text, a long one or one with a full stop inside is no heading', () => {
    expect(findHeadingsInCleanText('正文。\n一、总体要求')).toEqual([]);
    expect(
      findHeadingsInCleanText('一、围绕新材料、新能源、高端装备三大主导产业开展精准招商和以商引商工作并持续推进全链条服务\n正文。'),
    ).toEqual([]);
    expect(findHeadingsInCleanText('一、项目建设。进展顺利\n正文。')).toEqual([]);
    expect(findHeadingsInCleanText('（一）加快推进项目建设：\n正文。')).toEqual([]);
  });
});

describe('marked heads', () => {
  it('levels are relative to the article: the highest rank present is level 1', () => {
    const headings = findHeadings([
      { text: '导语。', markedRank: null },
      { text: '项目建设', markedRank: 3 },
      { text: '正文。', markedRank: null },
      { text: '细节', markedRank: 4 },
      { text: '正文。', markedRank: null },
    ]);
    expect(headings.map((h) => [h.level, h.text])).toEqual([
      [1, '项目建设'],
      [2, '细节'],
    ]);
  });

  it('numbered heads inside marked sections sit one level under them', () => {
    const headings = findHeadings([
      { text: '项目建设快马加鞭', markedRank: 2 },
      ...plain('一、智造新城', '正文。'),
    ]);
    expect(headings.map((h) => [h.level, h.text])).toEqual([
      [1, '项目建设快马加鞭'],
      [2, '一、智造新城'],
    ]);
  });

  it('the title repeated as a head, and a whole paragraph a page put in <h4>, are not headings', () => {
    const long = '衢州市召开县（市、区）一把手座谈会，重点聚焦项目和投资，强调要把抓经济、促发展作为重中之重，抢抓机遇、以变应变，主动作为、积极有为。';
    const headings = findHeadings(
      [
        { text: '衢州 全力以赴抓项目', markedRank: 1 },
        { text: long, markedRank: 4 },
        { text: '正文。', markedRank: null },
      ],
      '衢州全力以赴抓项目',
    );
    expect(headings).toEqual([]);
  });
});

describe('helpers', () => {
  it('paragraphHeadingLevels maps each paragraph of the clean text to its level', () => {
    const cleanText = '导语。\n一、总体要求\n正文。';
    expect(paragraphHeadingLevels(cleanText, findHeadingsInCleanText(cleanText))).toEqual([null, 1, null]);
  });

  it('parseHeadings keeps only headings that still fit the text', () => {
    const json = JSON.stringify([
      { level: 1, text: '一、总体要求', start: 4, end: 10 },
      { level: 1, text: '二、别的', start: 0, end: 4 },
      'junk',
    ]);
    expect(parseHeadings(json, '导语。\n一、总体要求\n正文。')).toEqual([
      { level: 1, text: '一、总体要求', start: 4, end: 10 },
    ]);
    expect(parseHeadings('not json', 'x')).toEqual([]);
  });
});

describe('headings of articles stored before migration 0009', () => {
  it('finds <h2>/<h3> and Markdown heads of the original text that are whole paragraphs of the clean text', async () => {
    const { headingsOfStoredText } = await import('../../../src-main/common/text/headings-of-stored-text');
    const original =
      '<h1>标题</h1><p>导语。</p><h2 class="sub">签约&amp;开工</h2><p>正文。</p><h3><span>细目</span></h3><p>再多。</p>';
    const clean = '导语。\n签约&开工\n正文。\n细目\n再多。';
    expect(headingsOfStoredText(clean, original, '标题').map((h) => [h.level, h.text, h.start])).toEqual([
      [1, '签约&开工', 4],
      [2, '细目', 14],
    ]);
    // A marker whose text is only part of a paragraph marks nothing.
    expect(headingsOfStoredText('项目建设快马加鞭冲刺全年红。', '## 项目建设', null)).toEqual([]);
  });
});

describe('clean text with headings', () => {
  it('is exactly what normalisation makes of the unmarked lines, whatever the lines hold', async () => {
    const { cleanTextWithHeadings } = await import('../../../src-main/node/ingest/article-headings');
    const { normalizeCleanText } = await import('../../../src-main/common/text/normalize');
    const { stripHeading } = await import('../../../src-main/node/ingest/line-shapes');
    const lines = [
      '\u3000\u3000导语，含全角空格。',
      '## \u200b项目建设\u3000',
      '### ',
      'e\u0301 组合字符。',
      '#### 多\r行\n标题',
      '',
      '一、总体要求',
      '正文。',
    ];
    const { cleanText, headings } = cleanTextWithHeadings(lines, null);
    expect(cleanText).toBe(normalizeCleanText(lines.map(stripHeading).join('\n')));
    expect(headings.map((h) => h.text)).toEqual(['项目建设', '一、总体要求']);
    for (const heading of headings) expect(cleanText.slice(heading.start, heading.end)).toBe(heading.text);
  });
});
