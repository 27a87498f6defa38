// Section headings through the whole ingest chain, from files written here: a newspaper text with
// "##" heads, a Markdown file, an HTML page and a policy text with numbered heads.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import type { ExtractedArticle } from '../../../src-main/node/ingest/ingest-types';

function ingest(text: string, path: string): ExtractedArticle {
  const outcome = ingestFile(new TextEncoder().encode(text), path);
  const article = outcome.articles[0];
  if (!article) throw new Error(`not imported: ${JSON.stringify(outcome.skipped)}`);
  return article;
}

function expectOffsetsValid(article: ExtractedArticle): void {
  const paragraphs = new Set(article.cleanText.split('\n'));
  for (const heading of article.headings) {
    expect(article.cleanText.slice(heading.start, heading.end)).toBe(heading.text);
    // A heading is a whole paragraph of its own.
    expect(paragraphs.has(heading.text)).toBe(true);
    expect(heading.start === 0 || article.cleanText[heading.start - 1] === '\n').toBe(true);
  }
}

const PROSE =
  '在作为工业经济主战场的智造新城，笔者走进有机硅功能材料项目建设现场看到，工人们正在对相关设备进行安装调试，项目建成后将形成年产十万吨的生产能力。';

describe('headings kept by import', () => {
  it('a newspaper text: the first "##" is the title, the others are level-1 sections', () => {
    const text = [
      '## 衢州:全力以赴抓项目拼经济争发展',
      '',
      '徐颖之 章卫平',
      '',
      `日前，衢州市召开县(市、区)一把手座谈会，重点聚焦项目和投资。${PROSE}`,
      '',
      '## 项目建设快马加鞭 冲刺“全年红”',
      '',
      PROSE,
      '',
      '## 科创平台赋能 激活创新动力源泉',
      '',
      `科创平台建设持续提速。${PROSE}`,
    ].join('\n');
    const article = ingest(text, 'paper.txt');
    expect(article.title).toBe('衢州:全力以赴抓项目拼经济争发展');
    expect(article.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '项目建设快马加鞭 冲刺“全年红”'],
      [1, '科创平台赋能 激活创新动力源泉'],
    ]);
    expect(article.cleanText).not.toContain('##');
    expectOffsetsValid(article);
  });

  it('a Markdown file: ## and ### below the # title become levels 1 and 2', () => {
    const text = [
      '# 湖州绿色智造产业园建设情况',
      '',
      `湖州绿色智造产业园日前通过验收。${PROSE}`,
      '',
      '## 园区概况',
      '',
      PROSE,
      '',
      '### 入驻企业',
      '',
      `已有十二家企业入驻。${PROSE}`,
    ].join('\n');
    const article = ingest(text, 'notes.md');
    expect(article.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '园区概况'],
      [2, '入驻企业'],
    ]);
    expectOffsetsValid(article);
  });

  it('an HTML page: <h2>/<h3> inside the article are headings, the <h1> title is not', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>嘉兴产业链大会召开_嘉兴市人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<div class="article"><h1>嘉兴产业链大会召开</h1>
<p>发布时间：2023-09-02</p>
<p>${PROSE}</p>
<h2>签约项目</h2>
<p>本次大会共签约项目三十个，总投资超过两百亿元。${PROSE}</p>
<h3>新能源项目</h3>
<p>其中新能源项目八个。${PROSE}</p>
</div></body></html>`;
    const article = ingest(html, 'page.html');
    expect(article.title).toBe('嘉兴产业链大会召开');
    expect(article.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '签约项目'],
      [2, '新能源项目'],
    ]);
    expectOffsetsValid(article);
  });

  it('a policy text: 一、 and （一） heads that stand alone, not the numbered paragraphs', () => {
    const text = [
      '衢州市人民政府关于加快新材料产业发展的若干意见',
      '',
      '各县（市、区）人民政府，市政府各部门：为加快新材料产业高质量发展，现提出如下意见。',
      '',
      '一、总体要求',
      '',
      '（一）指导思想',
      '',
      '坚持创新驱动，聚焦氟硅、锂电材料等重点领域，推动产业链上下游协同发展，加快打造全国一流的新材料产业基地。',
      '',
      '二、重点任务',
      '',
      '一、加快推进项目建设，确保重大项目按期开工、早日投产。',
      '',
      '二、强化要素保障，优先保障重点项目的用地、用能和资金需求。',
    ].join('\n');
    const article = ingest(text, 'policy.txt');
    expect(article.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '一、总体要求'],
      [2, '（一）指导思想'],
      [1, '二、重点任务'],
    ]);
    expectOffsetsValid(article);
  });

  it('a # head below the # title, and an <h1> that is not the title, are level-1 sections', () => {
    const md = ['# 衢州新材料产业发展报告', '', `导语。${PROSE}`, '', '# 发展现状', '', PROSE, '', '## 主要问题', '', `问题如下。${PROSE}`].join('\n');
    const fromMarkdown = ingest(md, 'report.md');
    expect(fromMarkdown.title).toBe('衢州新材料产业发展报告');
    expect(fromMarkdown.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '发展现状'],
      [2, '主要问题'],
    ]);
    const html = `<html><head><meta charset="utf-8"><title>衢州新材料产业发展报告</title></head><body><article>
<h1>衢州新材料产业发展报告</h1><p>${PROSE}</p><h1>发展现状</h1><p>现状如下。${PROSE}</p><h2>园区</h2><p>园区情况。${PROSE}</p>
</article></body></html>`;
    const fromHtml = ingest(html, 'report.html');
    expect(fromHtml.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '发展现状'],
      [2, '园区'],
    ]);
    expectOffsetsValid(fromHtml);
  });

  it('an article without heads has none', () => {
    const article = ingest(`衢州招商引资成效明显\n\n${PROSE}\n\n${PROSE}`, 'plain.txt');
    expect(article.headings).toEqual([]);
  });
});
