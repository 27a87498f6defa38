// Saved pages in the shapes the real corpus has: a portal article wrapped in navigation, tags,
// related links, comments and a footer; a government notice laid out in tables with <br> lines;
// a page that declares gb2312 but was re-saved as UTF-8.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { fixtureBytes } from './fixture-files';

const page = (name: string) => {
  const outcome = ingestFile(fixtureBytes(`html/${name}`), `html/${name}`);
  const [article] = outcome.articles;
  if (!article) throw new Error(`${name} skipped: ${outcome.skipped.map((p) => p.code).join(', ')}`);
  return article;
};

describe('article text from saved pages', () => {
  it('news page: the story and its subhead, nothing around it', () => {
    const a = page('news-page.html');
    expect(a.title).toBe('衢州锂电新材料产业园二期开工');
    expect(a.date).toBe('2023-09-18');
    expect(a.url).toBe('https://news.example.cn/2023/0918/lidian.html');
    const lines = a.cleanText.split('\n');
    expect(lines[0]).toMatch(/^本报讯 18日上午/);
    expect(lines).toContain('招商引资跑出加速度');
    expect(lines.at(-1)).toMatch(/签约额同比增长四成以上。$/);
    for (const furniture of [
      '首页',
      '相关阅读',
      '智造新城',
      '网友评论',
      '文明上网',
      '热点排行',
      '版权所有',
      '锂电\n衢州',
      '请勿执行',
    ])
      expect(a.cleanText).not.toContain(furniture);
  });

  it('government notice: <br> lines become paragraphs; print/close links and the footer go', () => {
    const a = page('gov-notice.html');
    expect(a.title).toBe('关于开展2023年度专精特新中小企业申报工作的通知');
    expect(a.date).toBe('2023-03-06');
    const lines = a.cleanText.split('\n');
    expect(lines[0]).toBe('各县（市、区）经信局，各有关企业：');
    expect(lines).toContain('一、申报条件');
    expect(a.cleanText).toContain('逾期不予受理');
    for (const furniture of ['当前位置', '网站首页', '打印本页', '关闭窗口', '主办：', '浏览次数'])
      expect(a.cleanText).not.toContain(furniture);
  });

  it('a page declaring gb2312 whose bytes are UTF-8 is read as UTF-8', () => {
    const a = page('declared-gb2312-utf8.html');
    expect(a.encoding).toBe('utf-8');
    expect(a.title).toBe('嘉兴港区化工新材料项目签约');
    expect(a.cleanText).toContain('本次签约项目总投资约五十亿元');
    expect(a.cleanText).not.toContain('网易首页');
    expect(a.cleanText).not.toMatch(/[\uFFFD]/);
  });

  it('a page with no prose at all still yields its text rather than failing', () => {
    const html = '<html><head><title>通知</title></head><body><div>停电通知：明日检修</div></body></html>';
    const outcome = ingestFile(new TextEncoder().encode(html), 'short.html');
    expect(outcome.articles.length + outcome.skipped.length).toBe(1);
  });
});
