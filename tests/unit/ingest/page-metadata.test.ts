// The pieces of issue 12's metadata rules, each on the smallest page that shows it: dates stated
// as data (never by running the page's scripts), site names dropped from titles by what the page
// calls itself, disclosure headers, signature blocks, bylines.
import { describe, expect, it } from 'vitest';
import { signatureLength } from '../../../src-main/node/ingest/body-tail';
import { bylineNames, docNumberOf, labelledFields } from '../../../src-main/node/ingest/header-fields';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { statedPublishDate } from '../../../src-main/node/ingest/layouts/html-dates';
import { parseStatedDate } from '../../../src-main/node/ingest/parse-date';
import { titleFromDocumentTitle, withoutButtons } from '../../../src-main/node/ingest/titles';

const article = (text: string, name = 'page.txt') => {
  const [found] = ingestFile(new TextEncoder().encode(text), name).articles;
  if (!found) throw new Error('not imported');
  return found;
};

describe('dates a page states as data', () => {
  it('reads a Unix time as the Beijing day it was published', () => {
    // 2024-05-19 16:30 UTC is already the 20th in Beijing, where the page was published.
    expect(parseStatedDate('1716136200')).toEqual({ date: '2024-05-20', precision: 'day' });
    expect(parseStatedDate('1716136200000')).toEqual({ date: '2024-05-20', precision: 'day' });
  });

  it('prefers <meta>, then JSON-LD, then script variables, then the first <time>', () => {
    const jsonLd =
      '<script type="application/ld+json">{"@graph":[{"datePublished":"2024-03-05T08:30:00+08:00"}]}</script>';
    const script = '<script>var ct = "1716201000";</script>';
    const time = '<time datetime="2022-01-02">2022-01-02</time>';
    expect(statedPublishDate(jsonLd + script + time, { pubdate: '2021-07-01' })).toBe('2021-07-01');
    expect(statedPublishDate(time + script + jsonLd, {})).toBe('2024-03-05T08:30:00+08:00');
    expect(statedPublishDate(time + script, {})).toBe('1716201000');
    expect(statedPublishDate(time, {})).toBe('2022-01-02');
    expect(statedPublishDate('<script type="application/ld+json">{broken</script>', {})).toBeNull();
  });

  it('never runs a script: one that would change the date by running is read as written', () => {
    const html = `<!DOCTYPE html><html><head><title>衢州召开全市项目推进会</title>
      <script>var pubtime = "2023-08-09"; pubtime = new Date(0).toISOString(); globalThis.ran = true;</script>
      </head><body><h1>衢州召开全市项目推进会</h1><div><p>会议总结了上半年全市重大项目推进情况，部署下半年的攻坚任务和重点工作安排。</p>
      <p>会议要求各地各部门倒排工期，确保全年目标任务圆满完成，推动经济稳进提质。</p></div></body></html>`;
    const page = article(html, 'page.html');
    expect(page.date).toBe('2023-08-09');
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('keeps a month and day without a year partial, and never takes a date from related links', () => {
    const page = article(
      [
        '衢江区启动乡村增收计划',
        '浙江在线3月5日讯（通讯员 徐敏）衢江区近日启动乡村增收计划，力争三年内村均经营性收入增加一万元以上。',
        '区农业农村局将对各村进展实行月度通报，推动计划落地见效。',
        '相关新闻',
        '2024-03-01 衢江区农村集体经济总收入创新高',
      ].join('\n'),
    );
    expect(page.date).toBe('--03-05');
    expect(page.datePrecision).toBe('month-day');
  });
});

describe('titles', () => {
  it('drops the site name the page gives itself, before or after the title', () => {
    expect(titleFromDocumentTitle('新华网 | 长三角示范区发布新成果', ['新华网'])).toBe(
      '长三角示范区发布新成果',
    );
    expect(titleFromDocumentTitle('极光为何偏爱高纬度地区—中国科普网', ['中国科普网'])).toBe(
      '极光为何偏爱高纬度地区',
    );
    expect(titleFromDocumentTitle('数字赋能基层治理--浙江频道--人民网', [])).toBe('数字赋能基层治理');
  });

  it('keeps a subtitle dash and a title that names the site', () => {
    expect(titleFromDocumentTitle('奋进新征程——记衢州的产业工人', [])).toBe('奋进新征程——记衢州的产业工人');
    expect(titleFromDocumentTitle('新华网评：让数据多跑路', ['新华网'])).toBe('新华网评：让数据多跑路');
  });

  it('drops button text stuck to a headline', () => {
    expect(withoutButtons('衢州江山：村播带货让山货走出大山播报文章')).toBe(
      '衢州江山：村播带货让山货走出大山',
    );
    expect(withoutButtons('推动文化遗产保护传承 字号：大 中 小')).toBe('推动文化遗产保护传承');
    expect(withoutButtons('打印')).toBe('打印');
  });
});

describe('government documents and bylines', () => {
  it('reads a disclosure header, with or without colons', () => {
    const withColons = labelledFields([
      '索引号：1133/2023-00123　发布机构：衢州市人民政府办公室',
      '成文日期：2023-03-20　文号：衢政办发〔2023〕9号',
    ]);
    expect(withColons.get('发布机构')).toBe('衢州市人民政府办公室');
    expect(withColons.get('成文日期')).toBe('2023-03-20');
    expect(withColons.has('日期')).toBe(false);
    expect(docNumberOf(withColons, [])).toBe('衢政办发〔2023〕9号');
    const bare = labelledFields(['索引号 0026/2023-11111 发布机构 龙游县人民政府办公室']);
    expect(bare.get('发布机构')).toBe('龙游县人民政府办公室');
    expect(docNumberOf(new Map(), ['开政发〔2024〕3号'])).toBe('开政发〔2024〕3号');
  });

  it('recognises a signature block closing a document, and nothing else', () => {
    expect(signatureLength(['正文。', '衢州市人民政府办公室', '2023年3月20日', '（此件公开发布）'])).toBe(3);
    expect(signatureLength(['正文。', '江山市人民政府', '2024年1月8日'])).toBe(2);
    expect(signatureLength(['正文。', '2024年1月8日'])).toBe(0);
    expect(signatureLength(['正文。', '相关新闻', '2024年1月8日'])).toBe(0);
  });

  it('takes the account and the writer from a byline that puts names before the date', () => {
    expect(bylineNames(['原创 张晓 衢州发布 2024-05-20 18:30 发表于浙江'])).toEqual({
      publisher: '衢州发布',
      author: '张晓',
    });
    expect(bylineNames(['2024-05-13 06:16发布于北京'])).toEqual({ publisher: null, author: null });
    expect(bylineNames(['时间：2019-09-24 17:08 来源：中国新闻网'])).toEqual({
      publisher: null,
      author: null,
    });
  });
});
