// Exports that other tools read by position: text with characters outside the BMP (𠮷, 😀) before
// the coded passages. Every offset an export writes must slice the quote back out of the article's
// text in the unit the export names (code points for CSV/XLSX start/end, the Web Annotation
// TextPositionSelector and REFI-QDA; UTF-16 units for start_utf16/end_utf16).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src-main/node/engine/engine';
import {
  ASTRAL_ARTICLES,
  ASTRAL_PASSAGES,
  buildAstralProject,
  sliceCodePoints,
  type AstralProject,
} from './support/astral-project';
import { writeQdpx } from '../../src-main/node/report/refi-qda/write-qdpx';
import { qdaFixture } from './fixtures/qda-project';
import { parseQdeTree, walk } from './support/qde-structure';
import { openEngine, value } from './support/report-fixture';
import { makeTempDir } from './support/temp-project';

let project: AstralProject;
let engine: Engine;
let out: string;

beforeAll(async () => {
  project = await buildAstralProject();
  engine = await openEngine(project as unknown as Parameters<typeof openEngine>[0]);
  out = makeTempDir('offsets-out');
});
afterAll(async () => engine?.shutdown());

async function exportTo(format: string, name: string, report: Record<string, unknown> = {}): Promise<string> {
  const target = path.join(out, name);
  await value(engine, 'exportReport', { report: { title: '𠮷林研究', ...report }, format, path: target });
  return target;
}

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const textOf = (articleId: number) =>
  Object.entries(project.ids)
    .map(([key, id]) => [id, project.texts[key as keyof typeof project.texts]] as const)
    .find(([id]) => id === articleId)![1];

/** The rows as objects by header, and a check that every row's offsets slice its quote. */
function checkRows(records: Record<string, string | number>[]): void {
  const quotes = new Set(ASTRAL_PASSAGES.map(([exact]) => exact));
  expect(new Set(records.map((r) => r.quote))).toEqual(quotes);
  for (const r of records) {
    const text = textOf(Number(r.article_id));
    expect(sliceCodePoints(text, Number(r.start), Number(r.end))).toBe(r.quote);
    expect(text.slice(Number(r.start_utf16), Number(r.end_utf16))).toBe(r.quote);
  }
  // After 𠮷 and 😀 the two units part: the test would pass with UTF-16 offsets otherwise.
  const late = records.find((r) => r.quote === '（日本）')!;
  expect(Number(late.start_utf16) - Number(late.start)).toBe(4);
}

describe('CSV and XLSX offsets, tags, notes and dates', () => {
  it('CSV: start/end are code points that slice the quote back; start_utf16/end_utf16 are UTF-16', async () => {
    const file = await exportTo('csv', 'passages.csv');
    const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const records = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
    checkRows(records);
    const jilin = records.filter((r) => Number(r.article_id) === project.ids.jilin);
    expect(new Set(jilin.map((r) => r.tags))).toEqual(new Set(['数字政府、𠮷林']));
    expect(jilin.find((r) => r.quote === '“加快建设😀数字政府”')!.note).toBe(
      '第一行\n第二行 <b>不是标签</b>',
    );
    // CSV keeps its formula guard; the date reads as the app shows it, not as its storage form.
    expect(jilin[0]!.title).toBe(`'${ASTRAL_ARTICLES.jilin.title}`);
    expect(jilin[0]!.date).toBe('1月4日（未注明年份）');
    expect(records.find((r) => r.quote === '“最多跑一次”')!.date).toBe('2024年3月');
  });

  it('XLSX: the same offsets, tags and notes; text exactly as written, no apostrophe, no storage-form date', async () => {
    const file = await exportTo('xlsx', 'passages.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const [header, ...rows] = (workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map(
      (row) => row.slice(1),
    );
    const records = rows.map((row) =>
      Object.fromEntries((header as string[]).map((h, i) => [h, row[i] as string | number])),
    );
    checkRows(records);
    const first = records.find((r) => r.quote === '“加快建设😀数字政府”')!;
    expect(first.title).toBe(ASTRAL_ARTICLES.jilin.title);
    expect(first.date).toBe('1月4日（未注明年份）');
    expect(first.tags).toBe('数字政府、𠮷林');
    expect(first.note).toBe('第一行\n第二行 <b>不是标签</b>');
    expect(typeof first.start).toBe('number');
  });
});

describe('W3C Web Annotation JSON', () => {
  const schema = JSON.parse(
    fs.readFileSync(path.resolve('tests/fixtures/web-annotation/annotation-collection.schema.json'), 'utf8'),
  ) as object;
  // ajv 8 checks `format: uri` and `date-time` only with ajv-formats; without it they are refused.
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  interface Selector {
    type: string;
    exact?: string;
    prefix?: string;
    suffix?: string;
    start?: number;
    end?: number;
  }
  interface Annotation {
    id: string;
    body?: { purpose: string; value: string }[];
    target: { type: string; source: { id: string; title: string }; selector: Selector[] };
  }

  it('validates against the W3C model schema, with code-point positions that select the quote', async () => {
    const collection = JSON.parse(fs.readFileSync(await exportTo('json', 'a.json'), 'utf8'));
    expect(validate(collection), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    const items = collection.first.items as Annotation[];
    expect(items).toHaveLength(ASTRAL_PASSAGES.length);
    for (const annotation of items) {
      expect(annotation.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const key = annotation.target.source.title === ASTRAL_ARTICLES.jilin.title ? 'jilin' : 'zhejiang';
      const text = project.texts[key];
      expect(sliceCodePoints(text, position.start!, position.end!)).toBe(quote.exact);
      // prefix + exact + suffix is a run of the text, cut on whole characters.
      expect(text).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
      expect(`${quote.prefix}${quote.suffix}`).not.toMatch(/[\uD800-\uDFFF]/u);
      // 32 characters of context each side (fewer at the ends of the text), counted in code points.
      expect([...quote.prefix!].length).toBe(Math.min(32, position.start!));
      expect([...quote.suffix!].length).toBe(Math.min(32, [...text].length - position.end!));
    }
    const late = items.find((a) => a.target.selector[0]!.exact === '（日本）')!;
    expect(late.body).toEqual([
      expect.objectContaining({ purpose: 'commenting', value: '只有笔记，没有编码' }),
    ]);
  });

  it('gives the collection, the annotations and the articles the same ids on every export', async () => {
    const first = JSON.parse(fs.readFileSync(await exportTo('json', 'b1.json'), 'utf8'));
    const second = JSON.parse(fs.readFileSync(await exportTo('json', 'b2.json'), 'utf8'));
    const ids = (c: { id: string; first: { items: Annotation[] } }) => [
      c.id,
      ...c.first.items.flatMap((a) => [a.id, a.target.source.id]),
    ];
    expect(ids(second)).toEqual(ids(first));
    expect(new Set(first.first.items.map((a: Annotation) => a.id)).size).toBe(ASTRAL_PASSAGES.length);
    // Another scope is another collection.
    const one = JSON.parse(
      fs.readFileSync(
        await exportTo('json', 'b3.json', {
          scope: { kind: 'articles', articleIds: [project.ids.zhejiang] },
        }),
        'utf8',
      ),
    );
    expect(one.id).not.toBe(first.id);
  });

  it('the schema refuses what the model forbids: a collection without id, a fractional position', async () => {
    const collection = JSON.parse(fs.readFileSync(await exportTo('json', 'c.json'), 'utf8'));
    const withoutId = { ...collection, id: undefined };
    delete withoutId.id;
    expect(validate(withoutId)).toBe(false);
    const broken = structuredClone(collection);
    broken.first.items[0].target.selector[1].start = 1.5;
    expect(validate(broken)).toBe(false);
    const noTarget = structuredClone(collection);
    delete noTarget.first.items[0].target;
    expect(validate(noTarget)).toBe(false);
  });
});

const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** xmllint's verdict on `xml` against a schema kept with the tests: '' when it validates. */
function xmllintProblems(xml: string, schema: string): string {
  const file = path.join(out, `check-${Date.now()}-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  const run = spawnSync(
    'xmllint',
    ['--noout', '--schema', path.resolve('tests/fixtures/refi-qda', schema), file],
    { encoding: 'utf8' },
  );
  return run.status === 0 ? '' : run.stderr || `xmllint exited ${run.status}`;
}

describe('REFI-QDA project (.qdpx) and codebook (.qdc)', () => {
  async function exportedQde() {
    const file = await exportTo('qdpx', 'project.qdpx');
    const zip = unzipSync(fs.readFileSync(file));
    const xml = strFromU8(zip['project.qde']!);
    const root = parseQdeTree(xml);
    const all = [...walk(root)];
    return { zip, xml, all };
  }

  // xmllint comes from libxml2-utils (.ci/run installs it); without it only this check is skipped.
  it.skipIf(!HAS_XMLLINT)('validates with xmllint against the REFI-QDA project schema', async () => {
    const { xml } = await exportedQde();
    expect(xml).toContain('<Sets>');
    expect(xml).toContain('<Description>');
    expect(xmllintProblems(xml, 'Project.xsd')).toBe('');
    // The check can fail: a Set out of its place in Project's sequence is refused.
    const misplaced = xml
      .replace(/\n {2}<Sets>[\s\S]*?<\/Sets>/, '')
      .replace(
        '<Users>',
        '<Sets><Set guid="6f1c5e2a-9b7d-4c3e-8a0f-1d2b3c4e5f60" name="x"/></Sets>\n  <Users>',
      );
    expect(xmllintProblems(misplaced, 'Project.xsd')).not.toBe('');
  });

  it.skipIf(!HAS_XMLLINT)(
    'validates a project with memos, article notes, variables, notes and tags with xmllint',
    () => {
      const project = qdaFixture();
      project.sources[0]!.tags = ['锂电', '衢州'];
      project.sources[1]!.tags = ['衢州'];
      const xml = strFromU8(unzipSync(writeQdpx(project))['project.qde']!);
      for (const part of ['<Variables>', '<Notes>', '<Sets>', '<Description>', '<NoteRef'])
        expect(xml).toContain(part);
      expect(xmllintProblems(xml, 'Project.xsd')).toBe('');
    },
  );

  it.skipIf(!HAS_XMLLINT)(
    'validates the codebook with xmllint against the REFI-QDA codebook schema',
    async () => {
      const file = await exportTo('qdc', 'codebook.qdc');
      expect(xmllintProblems(fs.readFileSync(file, 'utf8'), 'Codebook.xsd')).toBe('');
    },
  );

  it('counts positions in code points: each selection slices its quote out of the source file', async () => {
    const { zip, all } = await exportedQde();
    const sources = all.filter((e) => e.name === 'TextSource');
    const quotes: string[] = [];
    for (const source of sources) {
      const text = strFromU8(zip[`sources/${source.attributes.plainTextPath!.replace('internal://', '')}`]!);
      for (const selection of source.children.filter((c) => c.name === 'PlainTextSelection'))
        quotes.push(
          sliceCodePoints(
            text,
            Number(selection.attributes.startPosition),
            Number(selection.attributes.endPosition),
          ),
        );
    }
    expect(quotes.sort()).toEqual(ASTRAL_PASSAGES.map(([exact]) => exact).sort());
  });

  it('gives each coded selection its note as Description (QualCoder) and keeps the NoteRef', async () => {
    const { all } = await exportedQde();
    const byGuid = new Map(all.filter((e) => e.attributes.guid).map((e) => [e.attributes.guid!, e]));
    const noted = all
      .filter((e) => e.name === 'PlainTextSelection')
      .filter((e) => e.children.some((c) => c.name === 'Description'));
    const notes = Object.fromEntries(
      noted.map((s) => [s.attributes.name, s.children.find((c) => c.name === 'Description')!.text]),
    );
    expect(notes).toEqual(
      Object.fromEntries(
        ASTRAL_PASSAGES.filter(([, , , note]) => note).map(([exact, , , note]) => [exact, note]),
      ),
    );
    for (const selection of noted) {
      const ref = selection.children.find((c) => c.name === 'NoteRef')!;
      const note = byGuid.get(ref.attributes.targetGUID!)!;
      expect(note.children.find((c) => c.name === 'PlainTextContent')!.text).toBe(
        selection.children.find((c) => c.name === 'Description')!.text,
      );
    }
  });

  it('writes each article tag as a Set listing its sources', async () => {
    const { all } = await exportedQde();
    const sourceName = new Map(
      all.filter((e) => e.name === 'TextSource').map((e) => [e.attributes.guid!, e.attributes.name!]),
    );
    const sets = Object.fromEntries(
      all
        .filter((e) => e.name === 'Set')
        .map((set) => [
          set.attributes.name,
          set.children
            .filter((c) => c.name === 'MemberSource')
            .map((m) => sourceName.get(m.attributes.targetGUID!)),
        ]),
    );
    expect(sets).toEqual({
      数字政府: [ASTRAL_ARTICLES.jilin.title],
      浙江: [ASTRAL_ARTICLES.zhejiang.title],
      '𠮷林': [ASTRAL_ARTICLES.jilin.title],
    });
  });
});

describe('Markdown and HTML reports', () => {
  const commonmark = new MarkdownIt('commonmark');
  const decode = (html: string) =>
    html.replace(
      /&(lt|gt|quot|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!,
    );
  const strongTexts = (html: string) =>
    [...html.matchAll(/<strong>([\s\S]*?)<\/strong>/g)].map((m) => decode(m[1]!));

  it('the premise: CommonMark leaves ** literal next to Chinese punctuation', () => {
    expect(commonmark.renderInline('推进**“一网通办”**改革')).not.toContain('<strong>');
  });

  it('Markdown: every coded passage renders bold with exactly its text in a CommonMark renderer', async () => {
    const markdown = fs.readFileSync(await exportTo('md', 'by-article.md', { organise: 'article' }), 'utf8');
    const html = commonmark.render(markdown);
    expect(strongTexts(html).sort()).toEqual(ASTRAL_PASSAGES.map(([exact]) => exact).sort());
    expect(html).not.toContain('**');
    // The scraped title is a heading, not a formula or markup; the tags sit under it.
    expect(html).toContain(`<h2>${ASTRAL_ARTICLES.jilin.title}</h2>`);
    expect(html).toContain('<p>标签：数字政府、𠮷林</p>');
    // Footnotes are a GFM/pandoc extension plain CommonMark lacks: the footnote keeps its line break
    // as a hard break with the next line indented into the footnote, its markup escaped.
    expect(markdown).toMatch(/\n\[\^\d\]: 第一行\\\n {4}第二行 \\<b\\>不是标签\\<\/b\\>（政策）\n/);
  });

  it('Markdown with inline notes and by code: notes keep their line breaks', async () => {
    const inline = commonmark.render(
      fs.readFileSync(await exportTo('md', 'inline.md', { organise: 'article', notes: 'inline' }), 'utf8'),
    );
    expect(inline).toMatch(/（注：第一行<br \/>\s*第二行 &lt;b&gt;不是标签&lt;\/b&gt;）/);
    const byCode = commonmark.render(
      fs.readFileSync(await exportTo('md', 'by-code.md', { organise: 'code' }), 'utf8'),
    );
    expect(byCode).toMatch(/注：第一行<br \/>\s*第二行/);
  });

  it('HTML: tags under each title, notes keep their line breaks, escaped', async () => {
    const html = fs.readFileSync(await exportTo('html', 'report.html', { organise: 'article' }), 'utf8');
    expect(html).toContain(
      '<div class="tags">标签：<span class="tag">数字政府</span><span class="tag">𠮷林</span></div>',
    );
    expect(html).toContain('<span class="tag">浙江</span>');
    expect(html).toContain('<li>第一行\n第二行 &lt;b&gt;不是标签&lt;/b&gt;');
    expect(html).toMatch(/\.inline-note, ol\.notes li \{ white-space: pre-wrap; \}/);
    const inline = fs.readFileSync(
      await exportTo('html', 'inline.html', { organise: 'article', notes: 'inline' }),
      'utf8',
    );
    expect(inline).toContain('<span class="inline-note">第一行\n第二行 &lt;b&gt;不是标签&lt;/b&gt;</span>');
  });
});
