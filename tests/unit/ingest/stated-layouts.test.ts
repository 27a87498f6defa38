// Formats that state their title, date and body outright: a CCTV 新闻联播 item with header lines
// over an HTML fragment, a law in Markdown with info lines, a Sogou record in GBK bytes with the
// FD A3 paragraph marker, and a broadcast transcript whose sections are HTML.
import { describe, expect, it } from 'vitest';
import { ingestFile, type ExtractedArticle } from '../../../src-main/node/ingest/ingest-file';

function ingest(bytes: Uint8Array | string, path: string): ExtractedArticle {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const [article] = ingestFile(data, path).articles;
  if (!article) throw new Error(`${path} was skipped`);
  return article;
}

describe('headered news item', () => {
  const item = [
    '[视频]浙江衢州：锂电产业链加速集聚',
    '2021-06-03 19:12:45',
    '央视网',
    'https://tv.cctv.com/2021/06/03/VIDEtest0001.shtml',
    '',
    '<p>　　央视网消息(新闻联播)：今年以来，浙江衢州围绕锂电材料招引上下游项目&nbsp;20余个，\r\n产业链加速集聚。</p>',
    '<P>　　目前，当地已形成从原料到回收的完整链条。</P>',
  ].join('\n');

  it('title, date, source and url come from the header lines', () => {
    const a = ingest(item, '2021/20210603-05.txt');
    expect(a).toMatchObject({
      layout: 'headered-item',
      title: '[视频]浙江衢州：锂电产业链加速集聚',
      date: '2021-06-03',
      source: '央视网',
      url: 'https://tv.cctv.com/2021/06/03/VIDEtest0001.shtml',
    });
  });

  it('the HTML fragment becomes paragraphs, upper-case </P> and entities included', () => {
    const lines = ingest(item, 'x.txt').cleanText.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('项目\u00A020余个，产业链加速集聚。');
    expect(lines[1]).toBe('目前，当地已形成从原料到回收的完整链条。');
  });
});

describe('law in Markdown', () => {
  const law = [
    '# 某省促进中小企业发展条例',
    '',
    '2015年7月30日 某省第十二届人民代表大会常务委员会第二十一次会议通过',
    '',
    '2021年9月29日 某省第十三届人民代表大会常务委员会第三十二次会议修正',
    '',
    '<!-- INFO END -->',
    '',
    '## 第一章 总则',
    '',
    '第一条 为了优化中小企业发展环境，根据有关法律、行政法规，结合本省实际，制定本条例。',
    '',
    '| 项目 | 标准 |',
    '|-----|-----|',
    '| 从业人员 | 300人以下 |',
  ].join('\n');

  it('the H1 is the title, heads are plain paragraphs, info lines open the body', () => {
    const a = ingest(law, 'DLC/某省/某省促进中小企业发展条例(2021-09-29).md');
    expect(a.layout).toBe('markdown-document');
    expect(a.title).toBe('某省促进中小企业发展条例');
    expect(a.date).toBe('2021-09-29');
    expect(a.cleanText.split('\n')).toEqual([
      '2015年7月30日 某省第十二届人民代表大会常务委员会第二十一次会议通过',
      '2021年9月29日 某省第十三届人民代表大会常务委员会第三十二次会议修正',
      '第一章 总则',
      '第一条 为了优化中小企业发展环境，根据有关法律、行政法规，结合本省实际，制定本条例。',
      '项目 | 标准',
      '从业人员 | 300人以下',
    ]);
  });

  it('a broadcast transcript: sections of HTML become text, the date comes from the H1', () => {
    const md =
      '# 《新闻联播》 (20220924)\n\n## 详细新闻\n\n### 各地丰收忙\n\n<p><strong>央视网消息</strong>（新闻联播）：稻菽飘香，各地丰收忙。</p>\n';
    const a = ingest(md, '20220924.md');
    expect(a).toMatchObject({ title: '《新闻联播》 (20220924)', date: '2022-09-24' });
    expect(a.cleanText.split('\n')).toEqual([
      '详细新闻',
      '各地丰收忙',
      '央视网消息（新闻联播）：稻菽飘香，各地丰收忙。',
    ]);
  });
});

describe('Sogou record in GBK bytes', () => {
  // "衢州新闻" CRLF CRLF "第一段讲衢州的产业。" FD A3 "第二段讲园区的招商。" CRLF, as GBK bytes (made
  // with iconv). FD A3 is Sogou's paragraph mark, which strict GBK decoders reject.
  const hex =
    'e1e9d6ddd0c2cec50d0a0d0ab5dad2bbb6cebdb2e1e9d6ddb5c4b2fad2b5a1a3' +
    'fda3' +
    'b5dab6feb6cebdb2d4b0c7f8b5c4d5d0c9cca1a30d0a';
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

  it('decodes as GB18030, takes the first line as title and breaks paragraphs at FD A3', () => {
    const a = ingest(bytes, '001_abc.txt');
    expect(a).toMatchObject({ encoding: 'gb18030', layout: 'title-and-body', title: '衢州新闻' });
    expect(a.cleanText.split('\n')).toEqual(['第一段讲衢州的产业。', '第二段讲园区的招商。']);
  });
});
