// npm run bench:huge-search (node scripts/run-node-script.mjs tests/bench/huge-article-search.bench.ts)
// Search with one huge article (issue 11: a 10-16 million character law or dump, which the importer
// accepts) beside 2,000 normal ones, against the same project without it, in the same process.
// Times the huge article's indexing, the first search after it (search memory empty), the memory's
// fill, and then queries with hits in the huge article (far into it) and without, phrase queries
// (offsets) and the first page's snippets, printing each next to the baseline as a ratio.
// Generates its own data (the shared corpus when present): nothing is skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SEARCH_FIRST_PAGE, type SearchRequest } from '../../src-main/common/model/search';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import type { WriteQuery } from '../../src-main/node/db/query';
import { SearchCatalogue } from '../../src-main/node/search/search-catalogue';
import { indexArticles } from '../../src-main/node/search/search-index';
import { search } from '../../src-main/node/search/search-service';
import { benchArticles, ms, percentile } from './support/bench-corpus';

const NORMAL = Number(process.env.ZHIYAN_BENCH_ARTICLES ?? 2000);
const HUGE_CHARS = Number(process.env.ZHIYAN_BENCH_HUGE_CHARS ?? 10_000_000);
/** Phrases found only in the huge article, 90% of the way in. */
const FAR_PHRASES = ['巽坎艮兑乾坤', '甪堇蓍蘅芷', '龠龢龤龥'];
/** ZHIYAN_BENCH_ASTRAL=1: the huge article has a character beyond the BMP (its offsets then differ). */
const ASTRAL = process.env.ZHIYAN_BENCH_ASTRAL === '1';

let seed = 11;
const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function hugeText(bodies: string[]): string {
  const parts: string[] = ASTRAL ? ['𠀀\n'] : [];
  let length = parts.join('').length;
  let far = false;
  while (length < HUGE_CHARS) {
    if (!far && length > HUGE_CHARS * 0.9) {
      far = true;
      const marks = `第九千条 ${FAR_PHRASES.join('，')}。\n`;
      parts.push(marks);
      length += marks.length;
    }
    const body = pick(bodies);
    parts.push(body, '\n');
    length += body.length + 1;
  }
  return parts.join('');
}

function chineseSample(text: string, from: number, to: number, length: number): string {
  for (;;) {
    const at = from + Math.floor(rand() * (to - from - length));
    const term = text.slice(at, at + length);
    if (/^[\u4e00-\u9fff]+$/.test(term)) return term;
  }
}

type Kind =
  'term in huge (far)' | 'term not in huge' | 'phrase in huge (far)' | 'phrase from normal' | 'far marker';
interface Planned {
  kind: Kind;
  query: string;
}

/** Queries: terms and phrases from the huge article's last tenth, and from normal articles only. */
function plan(bodies: string[], huge: string): Planned[] {
  const out: Planned[] = [];
  const tail = Math.floor(huge.length * 0.9);
  for (let i = 0; i < 20; i++) {
    out.push({ kind: 'term in huge (far)', query: chineseSample(huge, tail, huge.length, 2 + (i % 2)) });
    out.push({ kind: 'phrase in huge (far)', query: `"${chineseSample(huge, tail, huge.length, 4)}"` });
  }
  let notIn = 0;
  const others = bodies.slice(bodies.length >> 1);
  while (notIn < 20) {
    const body = pick(others);
    const term = chineseSample(body, 0, body.length, 2 + (notIn % 3));
    if (huge.includes(term)) continue;
    out.push({ kind: 'term not in huge', query: term });
    out.push({ kind: 'phrase from normal', query: `"${chineseSample(body, 0, body.length, 4)}"` });
    notIn++;
  }
  for (const phrase of FAR_PHRASES) out.push({ kind: 'far marker', query: phrase });
  return out;
}

const request = (query: string): Required<SearchRequest> =>
  ({ query, filters: {}, sort: 'relevance', offset: 0, limit: SEARCH_FIRST_PAGE }) as Required<SearchRequest>;

function store(q: WriteQuery, title: string, body: string, i: number): number {
  return insertArticle(
    q,
    {
      filePath: `bench/${i}.txt`,
      contentHash: `h${i}`,
      layout: 'bench',
      encoding: 'utf-8',
      title,
      date: null,
      datePrecision: 'none',
      source: null,
      author: null,
      places: [],
      url: null,
      cleanText: body,
      originalText: '',
      duplicateOf: null,
      importBatch: null,
    },
    '2026-01-01T00:00:00Z',
  );
}

async function project(dir: string, name: string, articles: { title: string; body: string }[]) {
  const s = await ProjectStore.create(path.join(dir, `${name}.zhiyan`), { idleSnapshotMs: 0 });
  await s.withSnapshotsDeferred(async () => {
    for (let i = 0; i < articles.length; i += 500) {
      s.write((q) =>
        indexArticles(
          q,
          articles
            .slice(i, i + 500)
            .map((a, k) => ({ id: store(q, a.title, a.body, i + k), ...a, cleanText: a.body })),
        ),
      );
    }
  });
  return s;
}

/** Runs every planned query once; times by kind, and the first query's time alone. */
function timeQueries(s: ProjectStore, catalogue: SearchCatalogue, planned: Planned[]) {
  const byKind = new Map<Kind, number[]>();
  const totals: number[] = [];
  for (const { kind, query } of planned) {
    const t = performance.now();
    const result = search(s, catalogue, request(query));
    byKind.set(kind, [...(byKind.get(kind) ?? []), performance.now() - t]);
    totals.push(result.total);
  }
  return { byKind, totals };
}

function firstSearch(s: ProjectStore, query: string): number {
  const catalogue = new SearchCatalogue(s);
  const t = performance.now();
  search(s, catalogue, request(query));
  return performance.now() - t;
}

function fill(s: ProjectStore): { catalogue: SearchCatalogue; seconds: number; longestStep: number } {
  const catalogue = new SearchCatalogue(s);
  catalogue.all();
  const t = performance.now();
  let longestStep = 0;
  for (;;) {
    const step = performance.now();
    const done = s.read((q) => catalogue.memory.fillFor(q, 8));
    longestStep = Math.max(longestStep, performance.now() - step);
    if (done) break;
  }
  return { catalogue, seconds: (performance.now() - t) / 1000, longestStep };
}

async function main(): Promise<void> {
  const { articles, origin } = benchArticles(NORMAL);
  const normal = articles.map((a) => ({ title: a.title, body: a.body }));
  const bodies = normal.map((a) => a.body);
  // The huge article is made of the first half's bodies, so the second half has terms it lacks.
  const huge = hugeText(bodies.slice(0, bodies.length >> 1));
  const planned = plan(bodies, huge);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-huge-search-'));

  const base = await project(dir, 'base', normal);
  const withHuge = await project(dir, 'huge', normal);
  const t = performance.now();
  withHuge.write((q) =>
    indexArticles(q, [
      { id: store(q, '巨型法规汇编', huge, NORMAL), title: '巨型法规汇编', cleanText: huge },
    ]),
  );
  const indexSeconds = (performance.now() - t) / 1000;
  console.error(`indexed the huge article in ${indexSeconds.toFixed(1)} s`);

  const firstBase = firstSearch(base, planned[0]!.query);
  const firstHuge = firstSearch(withHuge, planned[0]!.query);
  const coldBase = timeQueries(base, new SearchCatalogue(base), planned);
  const coldHuge = timeQueries(withHuge, new SearchCatalogue(withHuge), planned);
  const fillBase = fill(base);
  const fillHuge = fill(withHuge);
  const warmBase = timeQueries(base, fillBase.catalogue, planned);
  const warmHuge = timeQueries(withHuge, fillHuge.catalogue, planned);

  const wrong = planned.filter((p, i) => {
    const inHuge = huge.includes(p.query.replace(/"/g, '')) ? 1 : 0;
    return warmHuge.totals[i] !== warmBase.totals[i]! + inHuge || coldHuge.totals[i] !== warmHuge.totals[i];
  });

  console.log(
    `Zhiyan search with a huge article — ${NORMAL} articles (${origin}) + one of ${(huge.length / 1e6).toFixed(1)} M characters${ASTRAL ? ' (with one beyond the BMP)' : ''}`,
  );
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}\n`);
  console.log(`indexing the huge article     ${indexSeconds.toFixed(1)} s`);
  console.log(
    `first search (memory empty)   ${ms(firstHuge)}   without it ${ms(firstBase)}   ${(firstHuge / firstBase).toFixed(1)}x`,
  );
  console.log(
    `memory fill                   ${fillHuge.seconds.toFixed(1)} s, longest 8 ms step ${ms(fillHuge.longestStep)}   without it ${fillBase.seconds.toFixed(1)} s, ${ms(fillBase.longestStep)}`,
  );
  const row = (label: string, kind: Kind, huge: Map<Kind, number[]>, base: Map<Kind, number[]>) => {
    const h = huge.get(kind)!;
    const b = base.get(kind)!;
    const [h50, h95, b50, b95] = [percentile(h, 50), percentile(h, 95), percentile(b, 50), percentile(b, 95)];
    console.log(
      `  ${label.padEnd(8)} ${kind.padEnd(21)} p50 ${ms(h50).padStart(9)} p95 ${ms(h95).padStart(9)}   without ${ms(b50).padStart(8)} / ${ms(b95).padStart(8)}   ${(h50 / b50).toFixed(1)}x / ${(h95 / b95).toFixed(1)}x`,
    );
  };
  console.log('\nfirst page of results with snippets (with the huge article vs without):');
  for (const kind of coldHuge.byKind.keys()) row('empty', kind, coldHuge.byKind, coldBase.byKind);
  for (const kind of warmHuge.byKind.keys()) row('filled', kind, warmHuge.byKind, warmBase.byKind);
  console.log(
    `\nresults: ${planned.length - wrong.length} of ${planned.length} queries count the huge article exactly when it holds the term`,
  );
  for (const p of wrong.slice(0, 5)) console.log(`  wrong: ${p.kind} ${p.query}`);
  base.close();
  withHuge.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
