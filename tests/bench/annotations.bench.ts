// npm run bench:annotations — the annotation engine at 10,000 articles, through engine.dispatch:
// tagging every article, auto-coding a common term by sentence, undo and redo of both, deleting
// every article and undoing that (which re-indexes them all for search).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../../src-main/node/engine/engine';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { indexArticles, type IndexableArticle } from '../../src-main/node/search/search-index';
import { benchArticles, mb, ms } from './support/bench-corpus';

const ARTICLES = Number(process.env.ZHIYAN_BENCH_ARTICLES ?? 10_000);

async function buildProject(file: string): Promise<void> {
  const { articles, origin } = benchArticles(ARTICLES);
  console.log(`${articles.length} articles: ${origin}`);
  const store = await ProjectStore.create(file, { idleSnapshotMs: 0 });
  await store.withSnapshotsDeferred(async () => {
    for (let i = 0; i < articles.length; i += 500) {
      store.write((q) => {
        const stored: IndexableArticle[] = articles.slice(i, i + 500).map((a, k) => {
          const date = a.date && /^\d{4}-\d\d-\d\d$/.test(a.date) ? a.date : null;
          const id = insertArticle(
            q,
            {
              filePath: a.file,
              contentHash: `h${i + k}`,
              layout: 'bench',
              encoding: 'utf-8',
              title: a.title,
              date,
              datePrecision: date ? 'day' : 'none',
              source: a.source,
              author: null,
              places: [],
              url: null,
              cleanText: a.body,
              originalText: a.body,
              duplicateOf: null,
              importBatch: null,
            },
            '2026-01-01T00:00:00Z',
          );
          return { id, title: a.title, cleanText: a.body };
        });
        indexArticles(q, stored);
      });
    }
  });
  store.close();
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-annotations-bench-'));
  const file = path.join(dir, 'annotations.zhiyan');
  await buildProject(file);
  const engine = createEngine({ dataDir: null, resourcesDir: path.resolve('resources'), host: 'browser', appVersion: 'bench' });
  const call = async (method: string, args: unknown = {}) => {
    const result = await engine.dispatch(method, args);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as never;
  };
  const timed = async (label: string, fn: () => Promise<unknown>) => {
    const started = performance.now();
    const value = await fn();
    console.log(`${label.padEnd(44)} ${ms(performance.now() - started).padStart(12)}  ${JSON.stringify(value ?? null).slice(0, 80)}`);
    return value;
  };
  await call('openProject', { path: file });
  const ids: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = (await call('listArticles', { offset, limit: 1000 })) as { items: { id: number }[] };
    ids.push(...page.items.map((a) => a.id));
    if (page.items.length < 1000) break;
  }
  const code = (await call('createCode', { name: '锂电' })) as { id: number };
  await timed(`tagArticles (${ids.length} ids)`, () => call('tagArticles', { articleIds: ids, tags: ['全部'] }));
  await timed('listTags', () => call('listTags'));
  await timed('undo tagArticles', () => call('undo'));
  await timed('redo tagArticles', () => call('redo'));
  await timed('untagArticles (all)', () => call('untagArticles', { articleIds: ids, tags: ['全部'] }));
  await timed('autocode 锂电 by sentence', () => call('autocode', { query: '锂电', codeId: code.id }));
  await timed('listCodes', () => call('listCodes'));
  await timed('listCodedPassages (first 500)', async () => {
    const page = (await call('listCodedPassages', { codeId: code.id })) as { total: number };
    return { total: page.total };
  });
  // Changes nothing, so it records no step.
  await timed('autocode again (all already coded)', () => call('autocode', { query: '锂电', codeId: code.id }));
  await timed('undo autocode', () => call('undo'));
  await timed('redo autocode', () => call('redo'));
  await timed(`deleteArticles (${ids.length})`, () => call('deleteArticles', { ids }));
  await timed('undo deleteArticles (restores, re-indexes)', () => call('undo'));
  await timed('search 锂电 after the undo', async () => ({ total: ((await call('search', { query: '锂电' })) as { total: number }).total }));
  console.log(`heap used ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`);
  await engine.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
