// node scripts/run-node-script.mjs tests/bench/docx-toc-pages.bench.ts — how close the Word report's
// estimated contents page numbers (node/report/docx-layout.ts) are to where LibreOffice puts the
// headings. A generated report (ZHIYAN_BENCH_ARTICLES articles, default 60, of 300 to 6,000
// characters: Chinese paragraphs with some Latin and digits, coded passages with notes as footnotes)
// is written as DOCX (ZHIYAN_BENCH_ORGANISE=code: by code, 18 codes in two levels; ZHIYAN_BENCH_NOTES
// footnotes|comments|inline), converted to PDF by LibreOffice, and each article's title looked up on the
// PDF's pages. Prints exact / off-by-one / worse counts. Needs `soffice` and poppler's pdftotext;
// skips with a message without them.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ReportOptions } from '../../src-main/common/model/report';
import type { ReportArticle, ReportModel, ReportPassage } from '../../src-main/node/report/report-model';
import { writeDocx } from '../../src-main/node/report/write-docx';

const has = (command: string) => spawnSync('which', [command]).status === 0;
if (!has('soffice') || !has('pdftotext')) {
  console.log('docx-toc-pages: skipped (needs soffice from LibreOffice and pdftotext from poppler-utils)');
  process.exit(0);
}

const ARTICLES = Number(process.env.ZHIYAN_BENCH_ARTICLES ?? 60);
const LATIN = Number(process.env.ZHIYAN_BENCH_LATIN ?? 0.15);
const ORGANISE = (process.env.ZHIYAN_BENCH_ORGANISE ?? 'article') as ReportOptions['organise'];
const NOTES = (process.env.ZHIYAN_BENCH_NOTES ?? 'footnotes') as ReportOptions['notes'];

/** A deterministic pseudo-random sequence, so runs compare. */
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const HANZI = '经济发展产业政策区域协调创新驱动新能源汽车锂电池材料项目投资签约建设园区企业服务改革开放数字化转型高质量';
function sentence(): string {
  let text = '';
  const length = 12 + Math.floor(random() * 40);
  for (let i = 0; i < length; i++) text += HANZI[Math.floor(random() * HANZI.length)];
  if (random() < 0.3) text += `${Math.floor(random() * 1000)}亿元`;
  if (random() < LATIN) text += " GDP growth rate ";
  return `${text}。`;
}

const articles: ReportArticle[] = [];
let highlightId = 1;
for (let id = 1; id <= ARTICLES; id++) {
  const paragraphs: string[] = [];
  const target = 300 + Math.floor(random() * 5700);
  let length = 0;
  while (length < target) {
    let paragraph = '';
    const sentences = 1 + Math.floor(random() * 6);
    for (let s = 0; s < sentences; s++) paragraph += sentence();
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  const cleanText = paragraphs.join('\n');
  const passages: ReportPassage[] = [];
  for (let start = 40; start + 30 < cleanText.length; start += 400 + Math.floor(random() * 600)) {
    passages.push({
      highlightId: highlightId++,
      articleId: id,
      start,
      end: start + 20,
      exact: cleanText.slice(start, start + 20),
      note: random() < 0.5 ? `批注：${sentence()}` : '',
      codeIds: [1],
      color: '#e91e63',
      orphaned: false,
    });
  }
  articles.push({
    id,
    title: `第${id}篇 区域产业政策观察`,
    date: '2024-01-01',
    source: '测试日报',
    author: null,
    filePath: `/corpus/${id}.txt`,
    fileName: `${id}.txt`,
    places: [],
    cleanText,
    docNumber: null,
    tags: [],
    passages,
    note: '',
  });
}
// By code: six top-level codes of two sub-codes each; each passage takes one of the 18.
const codes = Array.from({ length: 18 }, (_, index) => {
  const top = Math.floor(index / 3);
  const child = index % 3;
  const parentId = child === 0 ? null : top * 3 + 1;
  const name = child === 0 ? `领域${top + 1}` : `子题${child}`;
  return {
    id: index + 1,
    parentId,
    name,
    color: '#e91e63',
    path: child === 0 ? name : `领域${top + 1}/${name}`,
    depth: child === 0 ? 0 : 1,
  };
});
for (const article of articles)
  for (const passage of article.passages) passage.codeIds = [1 + Math.floor(random() * codes.length)];
const options: ReportOptions = {
  scope: { kind: 'all' },
  organise: ORGANISE,
  notes: NOTES,
  includeMemos: false,
  title: '页码估计',
  author: '',
  paper: 'a4',
};
const model: ReportModel = {
  options,
  generatedAt: '2026-01-01T00:00:00.000Z',
  projectKey: 'bench',
  articles,
  articleById: new Map(articles.map((a) => [a.id, a])),
  codes,
  codeById: new Map(codes.map((code) => [code.id, code])),
  reportedCodeIds: codes.map((code) => code.id),
  passageCount: articles.reduce((n, a) => n + a.passages.length, 0),
  memos: [],
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-toc-bench-'));
const docx = path.join(dir, 'report.docx');
fs.writeFileSync(docx, await writeDocx(model));
const document = strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml']!);
// Each contents entry: its text and the page written for it.
const entries = [
  ...document.matchAll(
    /<w:hyperlink w:anchor="_Toc\d+"[^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t>[\s\S]*?PAGEREF _Toc\d+ \\h <\/w:instrText>[\s\S]*?<w:t>(\d+)<\/w:t>/g,
  ),
].map((m) => ({ text: m[1]!, page: Number(m[2]) }));
const started = Date.now();
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore' });
const seconds = (Date.now() - started) / 1000;
const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'report.pdf'), '-'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
}).split('\f');

let exact = 0;
let offByOne = 0;
let worse = 0;
const misses: string[] = [];
const flat = pages.map((text) => text.replace(/\s+/g, ''));
for (const entry of entries) {
  // The last page with the heading's text: the contents list it too, on the first pages. pdftotext
  // puts spaces between CJK and digits: compare without any.
  const wanted = entry.text.replace(/\s+/g, '').replace(/&amp;/g, '&');
  let actual = -1;
  flat.forEach((text, page) => {
    if (text.includes(wanted)) actual = page + 1;
  });
  const difference = actual - entry.page;
  if (difference === 0) exact++;
  else if (Math.abs(difference) === 1) offByOne++;
  else worse++;
  if (difference !== 0) misses.push(`${entry.text}: estimated ${entry.page}, LibreOffice ${actual}`);
}
console.log(
  `docx-toc-pages: ${ARTICLES} articles by ${ORGANISE}, ${entries.length} headings, notes as ${NOTES}, ${pages.length - 1} pages (LibreOffice ${seconds.toFixed(1)} s): ` +
    `${exact} exact, ${offByOne} off by one, ${worse} off by more`,
);
for (const miss of misses.slice(0, 15)) console.log(`  ${miss}`);
if (!process.env.ZHIYAN_BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
else console.log(dir);
