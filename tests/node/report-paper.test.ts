// The printed and Word reports as a reader opens them (issue 15, 18): A4 unless told otherwise, fonts
// embedded with names and Unicode maps, a Word table of contents that shows page numbers without
// updating fields, overlapping codes all visible in their colours, the app's light tints, notes as
// footnotes or comments, counts of what the report cites, the project's name as the default title.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../src-main/common/api/contract';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { tintOnWhite } from '../../src-main/common/model/highlight-tint';
import { findChromium } from '../../src-main/node/services/pdf/headless-chromium-printer';
import { makeTempDir } from './support/temp-project';
import { buildAnnotatedProject, value, type AnnotatedProject } from './support/report-fixture';

let project: AnnotatedProject;
let engine: Engine;
let out: string;
/** Whoever listens to the engine's events now. */
let listener: (name: string, payload: unknown) => void = () => {};

beforeAll(async () => {
  project = await buildAnnotatedProject();
  engine = createEngine(
    { dataDir: project.dataDir, resourcesDir: path.resolve('resources'), host: 'browser', appVersion: 'test' },
    (name, payload) => listener(name, payload),
  );
  await value(engine, 'openProject', { path: project.projectPath });
  out = makeTempDir('report-paper-out');
  // An outer highlight around the fixture's 签约锂电新材料项目 (锂电, #e91e63): 政策 (#4caf50).
  const article = await value(engine, 'getArticle', { id: project.ids['quzhou.txt'] });
  const outer = '衢州智造新城签约锂电新材料项目';
  const start = article.cleanText.indexOf(outer);
  await value(engine, 'createHighlight', {
    articleId: article.id,
    start,
    end: start + outer.length,
    codeIds: [project.codes.policy],
    note: '外层批注',
  });
  // An article nothing cites: a by-code report must not count it.
  const uncited = makeTempDir('report-paper-uncited');
  fs.writeFileSync(
    path.join(uncited, 'plain.txt'),
    '无人引用的文章\n\n发布时间:2024-03-01 10:00:00 来源:某报\n\n嘉兴市发布数字经济行动方案，提出三年内培育一批重点企业。\n',
  );
  expect((await value(engine, 'importPaths', { paths: [uncited] })).imported).toBe(1);
});
afterAll(async () => engine?.shutdown());

async function exportTo(format: string, report: Record<string, unknown>, name: string) {
  const target = path.join(out, name);
  const result = await value(engine, 'exportReport', { report, format, path: target });
  return { file: target, result };
}

const havePoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A TrueType-outline CJK font the report's font stack names, on this machine. */
function trueTypeCjkFont(): string | null {
  try {
    const list = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    return ['AR PL UMing CN', 'WenQuanYi Zen Hei'].find((family) => list.includes(family)) ?? null;
  } catch {
    return null;
  }
}

describe.skipIf(!findChromium() || !havePoppler)('PDF report', () => {
  it('is A4 by default, Letter when chosen, and reports its phases', async () => {
    const events: ApiEvents['exportProgress'][] = [];
    listener = (name, payload) => {
      if (name === 'exportProgress') events.push(payload as ApiEvents['exportProgress']);
    };
    const { file } = await exportTo('pdf', { organise: 'code' }, 'a4.pdf');
    listener = () => {};
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);
    const phases = events.map((event) => event.phase);
    expect(phases).toEqual(expect.arrayContaining(['collect', 'prepare', 'print', 'save']));
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(events.find((event) => event.phase === 'save')?.pages).toBe(pages);

    const letter = (await exportTo('pdf', { organise: 'code', paper: 'letter' }, 'letter.pdf')).file;
    expect(execFileSync('pdfinfo', [letter], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
  }, 60_000);

  it('embeds every font by name with a Unicode map: no Type 3 fonts', async (context) => {
    const font = trueTypeCjkFont();
    if (!font)
      context.skip(
        'no TrueType CJK font here (apt-get install fonts-arphic-uming or fonts-wqy-zenhei): only CFF fonts, which Chromium embeds as Type 3',
      );
    const { file } = await exportTo('pdf', { organise: 'article' }, 'fonts.pdf');
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name] = row.trim().split(/\s+/);
      const [emb, , uni] = row.trim().split(/\s+/).slice(-5);
      expect(row, 'a Type 3 font: a CFF-outline font was used').not.toMatch(/Type 3/);
      expect(name).not.toBe('[none]');
      expect([emb, uni]).toEqual(['yes', 'yes']);
    }
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('签约锂电新材料项目');
  }, 60_000);

  it('stops when cancelled: EXPORT_CANCELLED and no file', async () => {
    const target = path.join(out, 'cancelled.pdf');
    listener = (name, payload) => {
      if (name === 'exportProgress' && (payload as ApiEvents['exportProgress']).phase === 'print')
        void engine.dispatch('cancelExport', {});
    };
    const result = await engine.dispatch('exportReport', { report: {}, format: 'pdf', path: target });
    listener = () => {};
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('EXPORT_CANCELLED');
    expect(fs.existsSync(target)).toBe(false);
    expect((await value(engine, 'cancelExport')).cancelled).toBe(false);
  }, 60_000);
});

describe('Word report', () => {
  async function docx(report: Record<string, unknown>, name: string) {
    const { file, result } = await exportTo('docx', report, name);
    const zip = unzipSync(fs.readFileSync(file));
    const text = (entry: string) => (zip[entry] ? strFromU8(zip[entry]) : '');
    return { document: text('word/document.xml'), text, result };
  }

  /** The contents' entries: [bookmark, the page written in the PAGEREF field's result]. */
  function tocEntries(document: string): [string, number][] {
    return [...document.matchAll(/PAGEREF (_Toc\d+) \\h <\/w:instrText>[\s\S]*?<w:t>(\d+)<\/w:t>/g)].map((match) => [
      match[1]!,
      Number(match[2]),
    ]);
  }

  it('has a table of contents whose entries carry page numbers, in document order', async () => {
    const { document } = await docx({ organise: 'article', includeMemos: true }, 'toc.docx');
    expect(document).toContain('TOC \\o "1-3" \\h \\z \\u');
    const entries = tocEntries(document);
    // Four articles, the memos heading and the one memo.
    expect(entries).toHaveLength(6);
    // Each entry points at a heading that exists, in the order the headings come.
    const bookmarks = [...document.matchAll(/<w:bookmarkStart w:name="(_Toc\d+)"/g)].map((match) => match[1]);
    expect(entries.map(([bookmark]) => bookmark)).toEqual(bookmarks);
    // The title page holds the contents; every article starts on a page of its own.
    const pages = entries.map(([, page]) => page);
    expect(pages.slice(0, 5)).toEqual([2, 3, 4, 5, 6]);
    expect(pages[5]).toBe(6);
    // A page number in the footer, computed by the reader's program without any update.
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(5);
  });

  it('underlines a code nested in another in its colour, on the app tint of the outer one', async () => {
    const { document } = await docx({ organise: 'article' }, 'nested.docx');
    const runOf = (text: string) => {
      const end = document.indexOf(`>${text}</w:t>`);
      return document.slice(document.lastIndexOf('<w:r>', end), end);
    };
    // 政策 #4caf50 at 30 % on white, 锂电 #e91e63 underlined.
    expect(tintOnWhite('#4caf50')).toBe('#c9e7cb');
    expect(runOf('签约锂电新材料项目')).toMatch(/w:fill="C9E7CB"/);
    expect(runOf('签约锂电新材料项目')).toMatch(/<w:u w:val="thick" w:color="E91E63"\/>/);
    expect(runOf('衢州智造新城')).toMatch(/w:fill="C9E7CB"/);
    expect(runOf('衢州智造新城')).not.toMatch(/<w:u /);
    // No shading at the code's full strength behind text.
    expect(document).not.toMatch(/w:fill="(4CAF50|E91E63|FF9800)"[^>]*\/>(?:<\/w:rPr>)<w:t[^>]*>[^\u3000]/);
    expect(runOf('三个配套项目落地')).toMatch(`w:fill="${tintOnWhite('#ff9800').slice(1).toUpperCase()}"`);
  });

  it('puts notes in footnotes, or in comments when chosen', async () => {
    const footnoted = await docx({ organise: 'article', notes: 'footnotes' }, 'footnotes.docx');
    expect(footnoted.text('word/footnotes.xml')).toContain('重点项目，值得跟踪');
    expect(footnoted.document).toContain('w:footnoteReference');
    expect(footnoted.document).not.toContain('w:commentReference');

    const commented = await docx({ organise: 'article', notes: 'comments', author: '张三' }, 'comments.docx');
    const comments = commented.text('word/comments.xml');
    for (const note of ['重点项目，值得跟踪', '外层批注', '配套链条']) expect(comments).toContain(note);
    expect(comments).toContain('w:author="张三"');
    expect(commented.document).not.toContain('w:footnoteReference');
    // Each comment spans its passage: its range starts before the passage's text and ends after it.
    const id = /<w:comment w:id="(\d+)"[^>]*>(?:(?!<\/w:comment>)[\s\S])*重点项目/.exec(comments)![1];
    const start = commented.document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const end = commented.document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    const quote = commented.document.indexOf('>签约锂电新材料项目<');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(quote);
    expect(end).toBeGreaterThan(quote);
    expect(commented.document).toContain(`<w:commentReference w:id="${id}"/>`);

    const byCode = await docx({ organise: 'code', notes: 'comments' }, 'comments-by-code.docx');
    expect(byCode.text('word/comments.xml')).toContain('重点项目，值得跟踪');
  });

  it('is on A4 unless Letter is chosen', async () => {
    const a4 = await docx({}, 'a4.docx');
    expect(a4.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const letter = await docx({ paper: 'letter' }, 'letter.docx');
    expect(letter.document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });
});

describe('report counts and title', () => {
  it('a by-code report counts the articles and passages it cites; by article, every article it shows', async () => {
    const byCode = await value(engine, 'previewReport', { report: { organise: 'code' } });
    expect([byCode.articles, byCode.passages]).toEqual([3, 6]);
    expect(byCode.html).toContain('3 篇文献 · 6 段编码段落');
    const byArticle = await value(engine, 'previewReport', { report: { organise: 'article' } });
    expect([byArticle.articles, byArticle.passages]).toEqual([4, 6]);
    const { result, document } = await (async () => {
      const { file, result } = await exportTo('docx', { organise: 'code' }, 'counts.docx');
      return { result, document: strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!) };
    })();
    expect([result.articles, result.passages]).toEqual([3, 6]);
    expect(document).toContain('3 篇文献 · 6 段编码段落');
  });

  it("takes the project's name as the title when none is given", async () => {
    const preview = await value(engine, 'previewReport', { report: { title: '' } });
    expect(preview.html).toContain('<title>report</title>');
    expect(preview.html).not.toContain('智研 报告');
    const { file } = await exportTo('docx', { title: '' }, 'untitled.docx');
    const zip = unzipSync(fs.readFileSync(file));
    expect(strFromU8(zip['docProps/core.xml']!)).toContain('<dc:title>report</dc:title>');
  });
});
