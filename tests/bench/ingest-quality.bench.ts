// npm run bench:ingest: extraction quality on 2,000 generated files (1% broken on purpose), imported
// through the engine exactly as the app does, scored against the generator's _truth.jsonl; then the
// five real seed files. Needs ../shared beside the checkout; without it the benchmark says so and
// exits cleanly (a user's clone has no such folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article, ArticlePage, ArticleSummary } from '../../src-main/common/model/article';
import type { ImportReport } from '../../src-main/common/model/project';
import { createEngine } from '../../src-main/node/engine/engine';
import { ingestFile } from '../../src-main/node/ingest/ingest-file';
import { sharedCorpus } from './support/bench-corpus';
import {
  charF1,
  emptyTally,
  findNoise,
  firstDifference,
  pct,
  storyRoot,
  type Tally,
  type TruthRecord,
} from './support/ingest-scoring';

const FILES = 2000;
const BAD_SHARE = 0.01;
const SEEDS_DIR = path.resolve(process.cwd(), '..', 'shared', 'seeds');
const WORST_SHOWN = Number(process.env.ZHIYAN_BENCH_WORST ?? 6);

type Engine = ReturnType<typeof createEngine>;

async function call<T>(engine: Engine, method: Parameters<Engine['dispatch']>[0], args: object): Promise<T> {
  const result = await engine.dispatch(method, args as never);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function importCorpus(dir: string): Promise<{ report: ImportReport; articles: Article[] }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-ingest-bench-'));
  const engine = createEngine({ dataDir: null, resourcesDir: work, host: 'browser', appVersion: 'bench' });
  await call(engine, 'createProject', { path: path.join(work, 'bench.zhiyan') });
  // The layout folders only: _truth.jsonl would be read as a crawler dump.
  const folders = fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('_'))
    .map((name) => path.join(dir, name));
  const report = await call<ImportReport>(engine, 'importPaths', { paths: folders });
  const summaries: ArticleSummary[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call<ArticlePage>(engine, 'listArticles', { offset, limit: 1000 });
    summaries.push(...page.items);
    if (summaries.length >= page.total || page.items.length === 0) break;
  }
  const articles: Article[] = [];
  for (const summary of summaries)
    articles.push(await call<Article>(engine, 'getArticle', { id: summary.id }));
  await engine.dispatch('closeProject', {} as never);
  fs.rmSync(work, { recursive: true, force: true });
  return { report, articles };
}

interface Example {
  file: string;
  expected: string;
  got: string;
}

function main(): Promise<void> | void {
  const corpus = sharedCorpus(FILES, BAD_SHARE);
  if (!corpus) {
    console.log(
      'ingest-quality: ../shared/corpus/make-corpus.mjs not found; skipped (needs the shared corpus generator).',
    );
    return;
  }
  return run(corpus.dir, corpus.truth as unknown as TruthRecord[]);
}

async function run(dir: string, truth: TruthRecord[]): Promise<void> {
  const started = Date.now();
  const { report, articles } = await importCorpus(dir);
  console.log(
    `Zhiyan ingest quality — ${truth.length} files (make-corpus --n ${FILES} --bad ${BAD_SHARE} --seed 7)`,
  );
  console.log(
    `imported ${report.imported}, exact duplicates ${report.duplicates}, reprints ${report.reprints}, skipped ${report.skipped.length} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );

  const byPath = new Map(articles.map((a) => [path.resolve(a.filePath), a]));
  const byHash = new Map(articles.map((a) => [a.contentHash, a]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byFile = new Map(truth.map((t) => [t.file, t]));
  const tallies = new Map<string, Tally>();
  const worst: Record<string, Example[]> = {
    title: [],
    date: [],
    source: [],
    f1: [],
    boilerplate: [],
    dup: [],
  };
  const f1Examples: (Example & { f1: number })[] = [];
  const linkOf = new Map<string, Article>(); // reprint/duplicate file -> the stored article it points to

  for (const t of truth.filter((record) => !record.bad)) {
    const absolute = path.resolve(dir, t.file);
    let article = byPath.get(absolute);
    if (!article) {
      // Not stored: an exact duplicate of a stored article, found by the same content hash.
      const outcome = ingestFile(fs.readFileSync(absolute), absolute);
      const twin = outcome.articles[0] ? byHash.get(outcome.articles[0].contentHash) : undefined;
      if (!twin) {
        worst.title?.push({ file: t.file, expected: t.title, got: '(not imported)' });
        continue;
      }
      linkOf.set(t.file, twin);
      article = { ...twin, ...outcome.articles[0]!, filePath: absolute };
    } else if (article.duplicateOf !== null) {
      const original = byId.get(article.duplicateOf);
      if (original) linkOf.set(t.file, original);
    }
    const tally = tallies.get(t.layout) ?? emptyTally();
    tallies.set(t.layout, tally);
    tally.n++;
    const check = (
      metric: 'title' | 'date' | 'source',
      expected: string | null,
      got: string | null,
    ): void => {
      if (expected === got) tally[metric]++;
      else worst[metric]?.push({ file: t.file, expected: String(expected), got: String(got) });
    };
    check('title', t.title, article.title);
    check('date', t.date, article.date);
    check('source', t.source, article.source);
    if (t.author === article.author) tally.author++;
    const f1 = charF1(t.body, article.cleanText);
    tally.f1Sum += f1;
    if (f1 < 0.98)
      f1Examples.push({ file: t.file, f1, expected: '', got: firstDifference(t.body, article.cleanText) });
    const noise = findNoise(article.cleanText);
    if (noise) {
      tally.noisy++;
      worst.boilerplate?.push({ file: t.file, expected: noise.rule, got: noise.line.slice(0, 80) });
    }
  }

  // Reprint detection, counted in links so the direction (which copy came first) does not matter:
  // a story with k copies needs k-1 links; a link is right when both ends belong to the same story.
  const storySize = new Map<string, number>();
  for (const t of truth)
    if (!t.bad) storySize.set(storyRoot(t.file, byFile), (storySize.get(storyRoot(t.file, byFile)) ?? 0) + 1);
  const truthLinks = [...storySize.values()].reduce((sum, k) => sum + k - 1, 0);
  const rightByStory = new Map<string, number>();
  let predicted = 0;
  for (const [file, target] of linkOf) {
    predicted++;
    const targetFile = path.relative(dir, target.filePath);
    const root = storyRoot(file, byFile);
    if (root === storyRoot(targetFile, byFile)) rightByStory.set(root, (rightByStory.get(root) ?? 0) + 1);
    else worst.dup?.push({ file, expected: byFile.get(file)?.dupOf ?? '(original)', got: targetFile });
  }
  const right = [...rightByStory.values()].reduce((a, b) => a + b, 0);
  const found = [...rightByStory].reduce(
    (sum, [root, n]) => sum + Math.min(n, (storySize.get(root) ?? 1) - 1),
    0,
  );
  const dupPrecision = predicted === 0 ? 0 : right / predicted;
  const dupRecall = truthLinks === 0 ? 1 : found / truthLinks;

  // Broken files: each must be reported as skipped, and none may have stopped the import.
  const badFiles = truth.filter((t) => t.bad).map((t) => path.resolve(dir, t.file));
  const skippedFiles = new Set(report.skipped.map((s) => path.resolve(s.file)));
  const badMissing = badFiles.filter((file) => !skippedFiles.has(file) && !byPath.has(file));
  const badImported = badFiles.filter((file) => byPath.has(file));
  const crashed = report.skipped.filter((s) => s.code === 'read-failed');

  printTable(tallies);
  const total = [...tallies.values()].reduce((sum, t) => sum + t.n, 0);
  const noisy = [...tallies.values()].reduce((sum, t) => sum + t.noisy, 0);
  console.log(
    `\nreprints/duplicates: precision ${dupPrecision.toFixed(3)}, recall ${dupRecall.toFixed(3)} (${predicted} links, ${truthLinks} expected)  target ≥ 0.95  ${mark(dupPrecision >= 0.95 && dupRecall >= 0.95)}`,
  );
  console.log(
    `broken files: ${badFiles.length}, skipped ${badFiles.length - badMissing.length - badImported.length}, imported anyway ${badImported.length}, unaccounted ${badMissing.length}, crashed ${crashed.length}  ${mark(badMissing.length === 0 && crashed.length === 0)}`,
  );
  for (const file of [...badImported, ...badMissing]) console.log(`  ${path.relative(dir, file)}`);
  console.log(`articles with boilerplate left: ${noisy} of ${total}  target 0  ${mark(noisy === 0)}`);

  worst.f1 = f1Examples.sort((a, b) => a.f1 - b.f1).map((e) => ({ ...e, expected: `F1 ${e.f1.toFixed(3)}` }));
  for (const [metric, examples] of Object.entries(worst)) {
    if (examples.length === 0) continue;
    console.log(`\nworst ${metric} (${examples.length}):`);
    for (const e of examples.slice(0, WORST_SHOWN))
      console.log(`  ${e.file}\n    expected: ${e.expected}\n    got:      ${e.got}`);
  }
  checkSeeds();
}

const mark = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

function printTable(tallies: Map<string, Tally>): void {
  const all = [...tallies.values()].reduce((sum, t) => {
    for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += t[key];
    return sum;
  }, emptyTally());
  const rows = [...[...tallies].sort(([a], [b]) => a.localeCompare(b)), ['ALL', all] as const];
  console.log('layout      files  title   date    source  author  F1      noisy');
  for (const [name, t] of rows) {
    const f1 = t.n === 0 ? 0 : t.f1Sum / t.n;
    console.log(
      `${name.padEnd(10)} ${String(t.n).padStart(6)}  ${pct(t.title, t.n).padEnd(7)} ${pct(t.date, t.n).padEnd(7)} ${pct(t.source, t.n).padEnd(7)} ${pct(t.author, t.n).padEnd(7)} ${f1.toFixed(4)}  ${t.noisy}`,
    );
  }
  const f1 = all.n === 0 ? 0 : all.f1Sum / all.n;
  console.log(
    `targets:           ≥97% ${mark(all.title >= 0.97 * all.n)}  ≥97% ${mark(all.date >= 0.97 * all.n)}  ≥90% ${mark(all.source >= 0.9 * all.n)}  (info)  ≥0.98 ${mark(f1 >= 0.98)}`,
  );
}

function checkSeeds(): void {
  if (!fs.existsSync(SEEDS_DIR)) {
    console.log('\nseeds: ../shared/seeds not found; skipped.');
    return;
  }
  console.log('\nseed files:');
  for (const name of fs.readdirSync(SEEDS_DIR).sort()) {
    const file = path.join(SEEDS_DIR, name);
    const outcome = ingestFile(fs.readFileSync(file), file);
    const article = outcome.articles[0];
    if (!article) {
      console.log(`  ${name}: not imported (${outcome.skipped.map((s) => s.code).join(', ')})`);
      continue;
    }
    const noise = findNoise(article.cleanText);
    console.log(
      `  ${name} [${article.layout}]\n    title: ${article.title}\n    date: ${article.date}  source: ${article.source}  author: ${article.author}`,
    );
    console.log(
      `    paragraphs: ${article.cleanText.split('\n').length}  noise: ${noise ? `${noise.rule}: ${noise.line.slice(0, 60)}` : 'none'}`,
    );
  }
}

void Promise.resolve(main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
