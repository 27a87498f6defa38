// npm run bench:real [-- DATASET... [--show-html]]: imports each dataset of the real corpus
// (../shared/corpus/real) through the engine, as the app would, and compares what was stored with
// the dataset's _truth.jsonl by file path. Per dataset: files, imported, skipped by code,
// duplicates, title and date agreement, speed, and the worst mismatches. `--show-html` prints the
// first and last lines of every HTML page's clean text, to check extraction by eye.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApiMethod, ApiResults } from '../../src-main/common/api/contract';
import type { Article, ArticlePage } from '../../src-main/common/model/article';
import type { ImportReport } from '../../src-main/common/model/project';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';

const REAL_CORPUS = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'real');
const DATASETS = [
  'lawrefbook-laws',
  'cctv-xwlb-items',
  'cctv-xwlb-daily-md',
  'sogoucs-smarty-gbk',
  'html-news-pages',
];
const PAGE_SIZE = 1000;
const WORST_SHOWN = 6;

interface TruthRow {
  file: string;
  title: string | null;
  date: string | null;
  url?: string | null;
}

interface DatasetResult {
  name: string;
  files: number;
  imported: number;
  duplicates: number;
  skipped: Map<string, number>;
  titleHits: number;
  titleTotal: number;
  dateHits: number;
  dateTotal: number;
  urlHits: number;
  urlTotal: number;
  seconds: number;
}

async function call<M extends ApiMethod>(engine: Engine, method: M, args: object): Promise<ApiResults[M]> {
  const result = await engine.dispatch(method, args as never);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ApiResults[M];
}

function readTruth(dir: string): Map<string, TruthRow> {
  const file = path.join(dir, '_truth.jsonl');
  const rows = new Map<string, TruthRow>();
  if (!fs.existsSync(file)) return rows;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as TruthRow;
    rows.set(path.join(dir, row.file), row);
  }
  return rows;
}

// Titles are compared after collapsing whitespace; the "[视频]" tag of CCTV items may be dropped.
const squash = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
const withoutVideoTag = (text: string): string => text.replace(/^\[视频\]\s*/, '');
function titleMatches(stored: string, truth: string): boolean {
  const a = squash(stored);
  const b = squash(truth);
  return a === b || withoutVideoTag(a) === withoutVideoTag(b);
}

async function allArticles(engine: Engine): Promise<ArticlePage['items']> {
  const items: ArticlePage['items'] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await call(engine, 'listArticles', { offset, limit: PAGE_SIZE });
    items.push(...page.items);
    if (page.items.length < PAGE_SIZE || items.length >= page.total) return items;
  }
}

function showHtmlPage(article: Article, root: string): void {
  const lines = article.cleanText.split('\n');
  const clip = (line: string) => (line.length > 70 ? `${line.slice(0, 70)}…` : line);
  console.log(
    `\n  ■ ${path.relative(root, article.filePath)}  [${article.encoding}] ${lines.length} lines, ${article.cleanText.length} chars`,
  );
  console.log(
    `    title: ${article.title} | date: ${article.date ?? '-'} | source: ${article.source ?? '-'}`,
  );
  const head = lines.slice(0, 3);
  const tail = lines.length > 6 ? lines.slice(-3) : lines.slice(3);
  for (const line of head) console.log(`    ^ ${clip(line)}`);
  if (lines.length > 6) console.log('    …');
  for (const line of tail) console.log(`    $ ${clip(line)}`);
}

async function benchDataset(name: string, workDir: string, showHtml: boolean): Promise<DatasetResult> {
  const dir = path.join(REAL_CORPUS, name);
  const truth = readTruth(dir);
  const engine = createEngine({ dataDir: null, resourcesDir: workDir, host: 'browser', appVersion: 'bench' });
  await call(engine, 'createProject', { path: path.join(workDir, `${name}.zhiyan`) });

  const started = performance.now();
  const report: ImportReport = await call(engine, 'importPaths', { paths: [dir] });
  const seconds = (performance.now() - started) / 1000;

  const skipped = new Map<string, number>();
  for (const problem of report.skipped) skipped.set(problem.code, (skipped.get(problem.code) ?? 0) + 1);
  const result: DatasetResult = {
    name,
    files: report.filesSeen,
    imported: report.imported,
    duplicates: report.duplicates,
    skipped,
    titleHits: 0,
    titleTotal: 0,
    dateHits: 0,
    dateTotal: 0,
    urlHits: 0,
    urlTotal: 0,
    seconds,
  };
  const titleMisses: string[] = [];
  const dateMisses: string[] = [];
  for (const summary of await allArticles(engine)) {
    const row = truth.get(summary.filePath);
    // Only the news items state their address in the file (line 4); Sogou's truth url is not in it.
    const checksUrl = name === 'cctv-xwlb-items' && Boolean(row?.url);
    const article = showHtml || checksUrl ? await call(engine, 'getArticle', { id: summary.id }) : null;
    if (showHtml && article && name === 'html-news-pages') showHtmlPage(article, dir);
    if (!row) continue;
    const file = row.file;
    if (row.title) {
      result.titleTotal++;
      if (titleMatches(summary.title, row.title)) result.titleHits++;
      else titleMisses.push(`${file}\n      want ${row.title}\n      got  ${summary.title}`);
    }
    // Only the news items' truth date is the article's own (pubtime); the law files' date is the
    // dataset's version date from the file name, and the broadcasts' is the file name's too.
    if (row.date && name === 'cctv-xwlb-items') {
      result.dateTotal++;
      if (summary.date === row.date.slice(0, 10)) result.dateHits++;
      else dateMisses.push(`${file}: want ${row.date.slice(0, 10)}, got ${summary.date ?? 'none'}`);
    }
    if (checksUrl && article) {
      result.urlTotal++;
      if (article.url === row.url) result.urlHits++;
    }
  }
  await engine.shutdown();

  for (const problem of report.skipped.slice(0, WORST_SHOWN))
    console.log(`  skipped ${problem.code}: ${path.relative(dir, problem.file)} ${problem.detail ?? ''}`);
  if (titleMisses.length) console.log(`  title mismatches (${titleMisses.length}), first ${WORST_SHOWN}:`);
  for (const miss of titleMisses.slice(0, WORST_SHOWN)) console.log(`    ${miss}`);
  if (dateMisses.length) console.log(`  date mismatches (${dateMisses.length}), first ${WORST_SHOWN}:`);
  for (const miss of dateMisses.slice(0, WORST_SHOWN)) console.log(`    ${miss}`);
  return result;
}

const percent = (hits: number, total: number): string =>
  total === 0 ? '-' : `${((100 * hits) / total).toFixed(1)}%`;

function printTable(results: DatasetResult[]): void {
  const header = [
    'dataset',
    'files',
    'imported',
    'dupes',
    'skipped',
    'title',
    'date',
    'url',
    'time',
    'files/s',
  ];
  const rows = results.map((r) => [
    r.name,
    String(r.files),
    String(r.imported),
    String(r.duplicates),
    [...r.skipped].map(([code, n]) => `${code}:${n}`).join(' ') || '0',
    `${percent(r.titleHits, r.titleTotal)} (${r.titleHits}/${r.titleTotal})`,
    percent(r.dateHits, r.dateTotal),
    percent(r.urlHits, r.urlTotal),
    `${r.seconds.toFixed(1)} s`,
    (r.files / r.seconds).toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  const files = results.reduce((n, r) => n + r.files, 0);
  const accounted = results.reduce(
    (n, r) => n + r.imported + r.duplicates + [...r.skipped.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const seconds = results.reduce((n, r) => n + r.seconds, 0);
  console.log(
    `\n${files} files, ${accounted} accounted for (article, duplicate or skipped with a reason), ${seconds.toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  if (!fs.existsSync(REAL_CORPUS)) {
    console.log(
      `real-corpus bench skipped: ${REAL_CORPUS} is not there (it ships with the team's shared folder only).`,
    );
    return;
  }
  const args = process.argv.slice(2);
  const showHtml = args.includes('--show-html');
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const names = wanted.length ? DATASETS.filter((name) => wanted.includes(name)) : DATASETS;
  console.log(
    `Zhiyan real-corpus import bench — ${names.join(', ')}\nmachine: ${os.cpus().length} cores, node ${process.version}`,
  );
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-real-'));
  const results: DatasetResult[] = [];
  try {
    for (const name of names) {
      console.log(`\n[${name}]`);
      results.push(await benchDataset(name, workDir, showHtml));
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  printTable(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
