import { describe, expect, it } from 'vitest';
import { joinBrokenParagraphs } from '../../../src-main/node/ingest/join-broken-paragraphs';

describe('joinBrokenParagraphs', () => {
  it('joins a paragraph cut by a page break, even after a one-character piece', () => {
    expect(
      joinBrokenParagraphs([
        '与此同时，先导集成电路的2个基地东港片区项目已投产；鹏辉能源',
        '的二期年产36GWh储能电池生产项目其中6GWh已投产。',
        '衢州以产业链、创新链、人才链、资金链、服务链“五',
        '链”融合为龙头抓手，产业发展路径越来越清晰。',
      ]),
    ).toEqual([
      '与此同时，先导集成电路的2个基地东港片区项目已投产；鹏辉能源的二期年产36GWh储能电池生产项目其中6GWh已投产。',
      '衢州以产业链、创新链、人才链、资金链、服务链“五链”融合为龙头抓手，产业发展路径越来越清晰。',
    ]);
  });

  it('joins a short piece that has a clause in it', () => {
    expect(joinBrokenParagraphs(['招引鹏辉能源、UTG等多个百亿', '级项目落地，布局一批延伸项目。'])).toEqual([
      '招引鹏辉能源、UTG等多个百亿级项目落地，布局一批延伸项目。',
    ]);
  });

  it('leaves finished paragraphs, headings and short captions alone', () => {
    const lines = [
      '第一段已经结束。',
      '## 项目建设快马加鞭',
      '华友衢州产业园',
      '第二段也结束了，这是一个完整的句子。',
    ];
    expect(joinBrokenParagraphs(lines)).toEqual(lines);
  });

  it('puts back the space in broken Latin words', () => {
    expect(
      joinBrokenParagraphs([
        'The plant will make lithium battery separators for',
        'export markets in Europe.',
      ]),
    ).toEqual(['The plant will make lithium battery separators for export markets in Europe.']);
  });
});
