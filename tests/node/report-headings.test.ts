// Section headings in exported reports: Markdown ###/####, HTML <h3>/<h4>, Word heading styles, each
// one level under the article's own title, with a highlight inside a heading still marked.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { value } from './support/report-fixture';
import { makeTempDir } from './support/temp-project';

const PROSE =
  '在作为工业经济主战场的智造新城，笔者走进有机硅功能材料项目建设现场看到，工人们正在对相关设备进行安装调试，项目建成后将形成年产十万吨的生产能力。';

let engine: Engine;
let out: string;

beforeAll(async () => {
  const source = makeTempDir('report-headings-src');
  fs.writeFileSync(
    path.join(source, 'paper.txt'),
    [
      '## 衢州:全力以赴抓项目拼经济争发展',
      `日前，衢州市召开县(市、区)一把手座谈会。${PROSE}`,
      '## 项目建设快马加鞭',
      PROSE,
      '### 智造新城',
      `新城项目开工率居全市第一。${PROSE}`,
    ].join('\n\n'),
  );
  engine = createEngine({
    dataDir: makeTempDir('report-headings-data'),
    resourcesDir: path.resolve('resources'),
    host: 'browser',
    appVersion: 'test',
  });
  await value(engine, 'createProject', { path: path.join(makeTempDir('report-headings'), 'h.zhiyan') });
  await value(engine, 'importPaths', { paths: [source] });
  const article = await value(engine, 'getArticle', { id: 1 });
  const code = await value(engine, 'createCode', { name: '项目', color: '#e91e63', parentId: null });
  const start = article.cleanText.indexOf('快马加鞭');
  await value(engine, 'createHighlight', { articleId: 1, start, end: start + 4, codeIds: [code.id], note: '' });
  out = makeTempDir('report-headings-out');
});
afterAll(async () => engine?.shutdown());

async function exportText(format: string): Promise<string> {
  const target = path.join(out, `report.${format}`);
  await value(engine, 'exportReport', { report: { title: '标题测试' }, format, path: target });
  return format === 'docx'
    ? strFromU8(unzipSync(fs.readFileSync(target))['word/document.xml']!)
    : fs.readFileSync(target, 'utf8');
}

describe('section headings in exports', () => {
  it('Markdown: ### and #### under the article ## title, the highlight still bold', async () => {
    const md = await exportText('md');
    expect(md).toContain('\n## 衢州:全力以赴抓项目拼经济争发展\n');
    expect(md).toContain('\n### 项目建设**快马加鞭**\n');
    expect(md).toContain('\n#### 智造新城\n');
    expect(md).not.toContain('\n## 项目建设');
  });

  it('HTML (and so PDF): <h3> and <h4> inside the article section, not paragraphs', async () => {
    const html = await exportText('html');
    expect(html).toMatch(/<h3>项目建设<mark[^>]*>快马加鞭<\/mark><\/h3>/);
    expect(html).toContain('<h4>智造新城</h4>');
    expect(html).not.toContain('<p>智造新城</p>');
  });

  it('DOCX: Heading 2 and Heading 3 paragraphs under the Heading 1 title', async () => {
    const xml = await exportText('docx');
    // The last paragraph holding the text: the table of contents above the body may list it too.
    const styleOf = (text: string): string | undefined => {
      const paragraph = xml
        .split('</w:p>')
        .filter((p) => p.includes(text))
        .at(-1);
      return /<w:pStyle w:val="([^"]+)"/.exec(paragraph ?? '')?.[1];
    };
    expect(styleOf('衢州:全力以赴抓项目拼经济争发展')).toBe('Heading1');
    expect(styleOf('项目建设</w:t>')).toBe('Heading2');
    expect(styleOf('智造新城</w:t>')).toBe('Heading3');
    expect(styleOf('新城项目开工率')).toBeUndefined();
  });
});
