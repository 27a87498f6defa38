// npm run bench: the foundation's figures on a project of 10,000 articles. Times are compared with
// a baseline measured in the same run on the same machine (these machines are shared and noisy):
// open vs. merely reading the file, an edit vs. one bare fsync'd append, a snapshot vs. a plain write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../../src-main/node/engine/engine';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import {
  ensureSearchIndex,
  indexArticles,
  type IndexableArticle,
} from '../../src-main/node/search/search-index';
import { benchArticles, mb, ms, percentile } from './support/bench-corpus';

const ARTICLES = Number(process.env.ZHIYAN_BENCH_ARTICLES ?? 10_000);
const EDITS = 300;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-bench-'));
  const projectPath = path.join(dir, 'bench.zhiyan');
  const { articles, origin } = benchArticles(ARTICLES);
  console.log(`Zhiyan foundation benchmark — ${articles.length} articles from ${origin}`);
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}\n`);

  // Build the project (bulk, through the journal, with its search index, then one snapshot), as an
  // import would.
  let t = performance.now();
  const building = await ProjectStore.create(projectPath, { idleSnapshotMs: 0 });
  await building.withSnapshotsDeferred(async () => {
    for (let i = 0; i < articles.length; i += 500) {
      building.write((q) => {
        const stored: IndexableArticle[] = [];
        for (const [k, a] of articles.slice(i, i + 500).entries()) {
          const id = insertArticle(
            q,
            {
              filePath: a.file,
              contentHash: `bench-${i + k}`,
              layout: 'bench',
              encoding: 'utf-8',
              title: a.title,
              date: a.date,
              datePrecision: a.date ? 'day' : 'none',
              source: a.source,
              author: null,
              places: [],
              url: null,
              cleanText: a.body,
              originalText: a.raw,
              duplicateOf: null,
              importBatch: null,
            },
            new Date().toISOString(),
          );
          stored.push({ id, title: a.title, cleanText: a.body });
        }
        indexArticles(q, stored);
      });
    }
  });
  ensureSearchIndex(building); // marks the index current, as opening an imported project finds it
  building.close();
  const size = fs.statSync(projectPath).size;
  console.log(`built project: ${mb(size)} in ${ms(performance.now() - t)}`);

  // Open: read + verify (quick_check) + rotating backup; baseline: reading the same bytes.
  t = performance.now();
  fs.readFileSync(projectPath);
  const readBaseline = performance.now() - t;
  const engine = createEngine({ dataDir: null, resourcesDir: dir, host: 'browser', appVersion: 'bench' });
  const rssBefore = process.memoryUsage().rss;
  t = performance.now();
  const opened = await engine.dispatch('openProject', { path: projectPath });
  const openMs = performance.now() - t;
  if (!opened.ok) throw new Error(opened.error.message);
  const rssOpen = process.memoryUsage().rss;

  // Edits through the engine, acknowledged only when in the journal on disk.
  const page = await engine.dispatch('listArticles', { limit: 1000 });
  if (!page.ok) throw new Error(page.error.message);
  const ids = (page.value as { items: { id: number }[] }).items.map((a) => a.id);
  const editTimes: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const s = performance.now();
    const r = await engine.dispatch('saveArticleNote', {
      articleId: ids[i % ids.length]!,
      body: `基准笔记 ${i}:衢州锂电产业链`,
    });
    editTimes.push(performance.now() - s);
    if (!r.ok) throw new Error(r.error.message);
  }
  const fsyncTimes: number[] = [];
  const probe = path.join(dir, 'fsync-probe');
  const fd = fs.openSync(probe, 'a');
  for (let i = 0; i < EDITS; i++) {
    const s = performance.now();
    fs.writeSync(fd, `probe ${i}\n`);
    fs.fdatasyncSync(fd);
    fsyncTimes.push(performance.now() - s);
  }
  fs.closeSync(fd);

  // Snapshot: export + temp file + fsync + rename; baseline: a plain write of as many bytes.
  await engine.shutdown();
  const direct = await ProjectStore.open(projectPath, { idleSnapshotMs: 0 });
  const snapTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    direct.snapshot({ force: true });
    snapTimes.push(performance.now() - s);
  }
  const peakRss = process.memoryUsage().rss;
  const bytes = direct.exportBytes();
  t = performance.now();
  fs.writeFileSync(path.join(dir, 'plain-copy'), bytes);
  const plainWrite = performance.now() - t;
  direct.close();

  const p50 = percentile(editTimes, 50);
  const p95 = percentile(editTimes, 95);
  const rows: [string, string, string][] = [
    [
      'open project',
      ms(openMs),
      `${(openMs / readBaseline).toFixed(1)}x reading the file (${ms(readBaseline)}); target <= 3000 ms`,
    ],
    [
      'edit acknowledged p50',
      ms(p50),
      `${(p50 / percentile(fsyncTimes, 50)).toFixed(1)}x one bare fsync'd append (${ms(percentile(fsyncTimes, 50))})`,
    ],
    [
      'edit acknowledged p95',
      ms(p95),
      `${(p95 / percentile(fsyncTimes, 95)).toFixed(1)}x bare fsync p95 (${ms(percentile(fsyncTimes, 95))}); target <= 20 ms`,
    ],
    [
      'snapshot (median of 3)',
      ms(percentile(snapTimes, 50)),
      `${(percentile(snapTimes, 50) / plainWrite).toFixed(1)}x a plain write of ${mb(bytes.length)} (${ms(plainWrite)})`,
    ],
    ['engine memory after open', mb(rssOpen), `rss of the whole process (${mb(rssBefore)} before opening)`],
    ['engine peak memory', mb(peakRss), 'rss, after snapshots (export copies the database)'],
  ];
  for (const [name, value, note] of rows) console.log(`${name.padEnd(26)} ${value.padStart(10)}   ${note}`);
  const pass = openMs <= 3000 && p95 <= 20;
  console.log(`\ntargets (open <= 3 s, edit p95 <= 20 ms): ${pass ? 'met' : 'NOT met'}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
