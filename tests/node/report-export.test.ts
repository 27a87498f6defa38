import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src-main/node/engine/engine';
import { findChromium } from '../../src-main/node/services/pdf/headless-chromium-printer';
import { makeTempDir } from './support/temp-project';
import { buildAnnotatedProject, openEngine, value, type AnnotatedProject } from './support/report-fixture';

let project: AnnotatedProject;
let engine: Engine;
let out: string;

beforeAll(async () => {
  project = await buildAnnotatedProject();
  engine = await openEngine(project);
  out = makeTempDir('report-out');
});
afterAll(async () => engine?.shutdown());

async function exportTo(format: string, report: Record<string, unknown> = {}, name = `report.${format}`) {
  const target = path.join(out, name);
  const result = await value(engine, 'exportReport', {
    report: { title: '锂电研究', author: '张三', ...report },
    format,
    path: target,
  });
  expect(result.path).toBe(target);
  expect(result.bytes).toBe(fs.statSync(target).size);
  return target;
}

describe('exportReport', () => {
  it('DOCX: every quoted passage, shaded in its code colour, with its note as a footnote and a TOC', async () => {
    const file = await exportTo('docx', { organise: 'code' });
    const zip = unzipSync(fs.readFileSync(file));
    const document = strFromU8(zip['word/document.xml']!);
    const footnotes = strFromU8(zip['word/footnotes.xml']!);
    for (const quote of [
      '签约锂电新材料项目',
      '总投资50亿元',
      '三个配套项目落地',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    ])
      expect(document).toContain(quote);
    // The code's colour as the app's light tint (#e91e63 at 30 % on white).
    expect(document).toMatch(/w:fill="F8BCD0"[\s\S]{0,400}签约锂电新材料项目/);
    expect(document).toMatch(/TOC \\o "1-3" \\h/);
    expect(document).toContain('衢州日报，2023-12-29，《衢州锂电产业再添新项目》（quzhou.txt）');
    expect(footnotes).toContain('重点项目，值得跟踪');
    expect(document).toContain('w:footnoteReference');
  });

  it('DOCX by article: the text with highlighted runs and footnotes', async () => {
    const file = await exportTo('docx', { organise: 'article' }, 'by-article.docx');
    const document = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);
    expect(document).toContain('衢州智造新城');
    expect(document).toMatch(/w:fill="FFE0B3"[\s\S]{0,400}三个配套项目落地/);
  });

  it.skipIf(!findChromium())(
    'PDF: the Chinese quotes extract intact and the CJK font is embedded',
    async () => {
      const file = await exportTo('pdf', { organise: 'code' });
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      for (const quote of ['签约锂电新材料项目', '总投资50亿元', '三个配套项目落地', '锂电研究'])
        expect(text).toContain(quote);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      // Every font must be embedded and carry a ToUnicode map (emb = yes, uni = yes), so the PDF shows
      // and extracts the same on any machine (report-paper.test.ts checks that none is Type 3).
      const rows = fonts
        .trim()
        .split('\n')
        .slice(2)
        .map((line) => line.trim().split(/\s+/).slice(-5));
      expect(rows.length).toBeGreaterThan(0);
      for (const [emb, , uni] of rows) expect([emb, uni]).toEqual(['yes', 'yes']);
    },
  );

  it('XLSX: a header and one row per passage and code, text written exactly as typed', async () => {
    const file = await exportTo('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1)).toEqual([
      'article_id',
      'title',
      'date',
      'source',
      'places',
      'tags',
      'code_path',
      'quote',
      'note',
      'start',
      'end',
      'start_utf16',
      'end_utf16',
      'doc_number',
    ]);
    expect(rows.length).toBe(1 + 6);
    const battery = rows.find((row) => row[8] === '签约锂电新材料项目')!;
    expect(battery[7]).toBe('产业/锂电');
    expect(battery[9]).toBe('重点项目，值得跟踪');
    expect(battery[3]).toBe('2023-12-29');
    const hefei = rows.find((row) => row[8] === '三个配套项目落地')!;
    expect(hefei[6]).toBe('合肥');
    // An XLSX text cell never runs as a formula: no apostrophe in front of what the researcher wrote.
    const formula = rows.find((row) => String(row[8]).includes('SUM'))!;
    expect(formula[8]).toBe('=SUM(A1:A2)');
    expect(formula[9]).toBe('+危险');
    const about = workbook.worksheets[1]!;
    expect(about.name).toBe('列说明');
    const notes = new Map(
      (about.getSheetValues().filter(Boolean) as unknown[][]).map((row) => [row[1], String(row[2])]),
    );
    expect(notes.get('start')).toContain('code point');
    expect(notes.get('start_utf16')).toContain('UTF-16');
  });

  it('CSV: UTF-8 with BOM, RFC 4180 quoting, formulas guarded', async () => {
    const file = await exportTo('csv');
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'article_id,title,date,source,places,tags,code_path,quote,note,start,end,start_utf16,end_utf16,doc_number',
    );
    expect(text).toContain(`'=SUM(A1:A2)`);
    expect(text).toContain(`'+危险`);
    expect(lines.length).toBe(1 + 6 + 1);
    expect(lines.some((line) => line.includes(',签约锂电新材料项目,重点项目，值得跟踪,'))).toBe(true);
  });

  it('CSV quotes a cell with a comma, a quote or a line break', async () => {
    await exportTo('csv', { scope: { kind: 'articles', articleIds: [project.ids['hefei.txt']] } }, 'one.csv');
    const text = fs.readFileSync(path.join(out, 'one.csv'), 'utf8');
    // places joined by 、 need no quoting; the quote itself has none either
    expect(text).toContain('合肥新能源汽车产业链加速集聚');
  });

  it('JSON: W3C Web Annotations with quote and position selectors, codes as tagging, note as commenting', async () => {
    const file = await exportTo('json');
    const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    interface Annotation {
      type: string;
      body: { purpose: string; value: string }[];
      target: {
        type: string;
        source: { id: string; type: string; title: string };
        selector: [{ type: string; exact: string }, { type: string; start: number; end: number }];
      };
    }
    const items = collection.first.items as Annotation[];
    expect(items).toHaveLength(5);
    const battery = items.find((a) => a.target.selector[0].exact === '签约锂电新材料项目')!;
    expect(battery.type).toBe('Annotation');
    expect(battery.target.type).toBe('SpecificResource');
    expect(battery.target.source).toMatchObject({ type: 'Text', title: '衢州锂电产业再添新项目' });
    expect(battery.target.source.id).toMatch(/^urn:uuid:/);
    const [quote, position] = battery.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(position).toMatchObject({ type: 'TextPositionSelector' });
    expect(position.end - position.start).toBe('签约锂电新材料项目'.length);
    expect(battery.body).toContainEqual(expect.objectContaining({ purpose: 'tagging', value: '产业/锂电' }));
    expect(battery.body).toContainEqual(
      expect.objectContaining({ purpose: 'commenting', value: '重点项目，值得跟踪' }),
    );
  });

  it('Markdown: headings, bold passages, footnotes, escaped imported text', async () => {
    const file = await exportTo('md', { includeMemos: true });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('# 锂电研究');
    expect(text).toContain('<strong>签约锂电新材料项目</strong>[^1]');
    expect(text).toContain('[^1]: 重点项目，值得跟踪');
    expect(text).toContain('\\<script\\>');
    expect(text).toContain('## 项目备忘');
  });

  it('HTML: one file, no script, no external resource', async () => {
    const file = await exportTo('html');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(text).toContain('<style>');
  });

  it('fails with EXPORT_WRITE_FAILED and leaves nothing behind when the folder does not exist', async () => {
    const target = path.join(out, 'missing-folder', 'report.docx');
    const result = await engine.dispatch('exportReport', { report: {}, format: 'docx', path: target });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('EXPORT_WRITE_FAILED');
      expect(result.error.message).toContain(target);
    }
  });

  it('replaces an existing file whole, leaving no temporary file', async () => {
    const target = path.join(out, 'again.html');
    fs.writeFileSync(target, 'old');
    await exportTo('html', {}, 'again.html');
    expect(fs.readFileSync(target, 'utf8')).toContain('<!DOCTYPE html>');
    expect(fs.readdirSync(out).filter((name) => name.endsWith('.tmp') || name.endsWith('.tmp.pdf'))).toEqual(
      [],
    );
  });

  it('emits exportProgress', async () => {
    const phases: string[] = [];
    const { createEngine } = await import('../../src-main/node/engine/engine');
    const listening = createEngine(
      {
        dataDir: project.dataDir,
        resourcesDir: path.resolve('resources'),
        host: 'browser',
        appVersion: 'test',
      },
      (name, payload) => {
        if (name === 'exportProgress') phases.push((payload as { phase: string }).phase);
      },
    );
    await engine.shutdown();
    try {
      await value(listening, 'openProject', { path: project.projectPath });
      await value(listening, 'exportReport', { report: {}, format: 'md', path: path.join(out, 'p.md') });
      expect(phases).toEqual(['collect', 'write', 'write']);
    } finally {
      await listening.shutdown();
      engine = await openEngine(project);
    }
  });
});
