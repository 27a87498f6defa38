import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchRequest, SearchResult } from '../../src-main/common/model/search';
import { foldForSearch } from '../../src-main/common/search/fold';
import { parseQuery } from '../../src-main/common/search/query-parser';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { ensureSearchIndex } from '../../src-main/node/search/search-index';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { makeTempDir } from './support/temp-project';

const WORDS =
  '衢州 智造 新城 锂电 电池 新材料 招商 引资 合肥 宜宾 发展 产业链 项目 签约 投资 亿元 龙游 氟硅 光伏 储能'.split(
    ' ',
  );
const LATIN = ['36GWh', '5G', '800V', 'ＧＷｈ', 'Li-ion'];

/** Deterministic articles: word soup with punctuation, some traditional characters and Latin. */
function articles(count: number): { title: string; body: string }[] {
  let seed = 11;
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const paragraph = () =>
      // Latin words stand apart from each other (as in real text); glued to Chinese they may be.
      Array.from(
        { length: 30 },
        () => (rand() < 0.1 ? `${pick(LATIN)} ` : pick(WORDS)) + (rand() < 0.2 ? '，' : ''),
      ).join('') + '。';
    const body = [
      paragraph(),
      paragraph(),
      i % 7 === 0 ? '臺灣企業加快發展，產業鏈持續完善。' : paragraph(),
    ].join('\n');
    return { title: `${pick(WORDS)}${pick(WORDS)}报道第${i}篇`, body };
  });
}

/** What a search must return: a plain scan with the query's own semantics. */
function scan(corpus: { id: number; title: string; body: string }[], query: string): number[] {
  const parsed = parseQuery(query);
  const has = (doc: { title: string; body: string }, term: string) =>
    foldForSearch(doc.title).includes(term) || foldForSearch(doc.body).includes(term);
  return corpus
    .filter((doc) => parsed.groups.every((group) => group.some((term) => has(doc, term))))
    .filter((doc) => !parsed.excluded.some((term) => has(doc, term)))
    .map((doc) => doc.id)
    .sort((a, b) => a - b);
}

let engine: Engine;
let corpus: { id: number; title: string; body: string }[];
let projectPath: string;

async function run(request: SearchRequest): Promise<SearchResult> {
  const result = await engine.dispatch('search', request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as SearchResult;
}
const ids = (result: SearchResult) => result.hits.map((h) => h.id).sort((a, b) => a - b);

beforeAll(async () => {
  const folder = makeTempDir('search-corpus');
  const docs = articles(120);
  docs.forEach((doc, i) =>
    fs.writeFileSync(
      path.join(folder, `${String(i).padStart(3, '0')}.txt`),
      `${doc.title}\n\n来源：${i % 3 === 0 ? '衢州日报' : '新华网'}\n\n${doc.body.split('\n').join('\n\n')}\n`,
    ),
  );
  engine = createEngine({ dataDir: null, resourcesDir: '.', host: 'browser', appVersion: 'test' });
  projectPath = path.join(makeTempDir('search-project'), 'search.zhiyan');
  await engine.dispatch('createProject', { path: projectPath });
  const imported = await engine.dispatch('importPaths', { paths: [folder] });
  if (!imported.ok) throw new Error(imported.error.message);
  const all = await run({ query: '', limit: 1000 });
  corpus = [];
  for (const hit of all.hits) {
    const article = await engine.dispatch('getArticle', { id: hit.id });
    if (!article.ok) throw new Error('missing article');
    const value = article.value as { id: number; title: string; cleanText: string };
    corpus.push({ id: value.id, title: value.title, body: value.cleanText });
  }
  expect(corpus.length).toBeGreaterThan(100);
});

describe('search', () => {
  const queries = [
    '州',
    '锂',
    '衢州',
    '锂电',
    '智造新',
    '衢州智造新城',
    '锂电 衢州',
    '"招商引资"',
    '"电池，新材料"',
    '衢州 OR 合肥',
    '锂电 宜宾 OR 合肥',
    '锂电 -宜宾',
    '發展',
    '臺灣',
    'GWh',
    'gwh',
    '5G',
    '800V',
    '36',
    'li',
    '报道第1',
  ];
  for (const query of queries) {
    it(`finds exactly what a scan finds: ${query}`, async () => {
      const result = await run({ query, limit: 1000 });
      expect(ids(result)).toEqual(scan(corpus, query));
    });
  }

  it('matches traditional and full-width queries to simplified, half-width text and back', async () => {
    const traditional = await run({ query: '發展', limit: 1000 });
    const simplified = await run({ query: '发展', limit: 1000 });
    expect(ids(traditional)).toEqual(ids(simplified));
    expect((await run({ query: '台湾' })).total).toBeGreaterThan(0);
    expect(ids(await run({ query: 'ＧＷｈ', limit: 1000 }))).toEqual(
      ids(await run({ query: 'gwh', limit: 1000 })),
    );
  });

  it('ranks a hit in the title above hits only in the body', async () => {
    const target = corpus.find((doc) => doc.title.startsWith('龙游'))!;
    const result = await run({ query: '龙游' });
    const rank = result.hits.findIndex((hit) => hit.id === target.id);
    const bodyOnly = result.hits.findIndex((hit) => !hit.title.includes('龙游'));
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(bodyOnly);
    expect(result.hits[0]!.title).toContain('龙游');
  });

  it('marks every hit in snippets and titles at the right offsets', async () => {
    const result = await run({ query: '锂电 發展' });
    const marked = (hit: SearchHit) => [
      ...hit.snippets.flatMap((s) => s.hits.map(([a, b]) => foldForSearch(s.text.slice(a, b)))),
      ...hit.titleHits.map(([a, b]) => foldForSearch(hit.title.slice(a, b))),
    ];
    for (const hit of result.hits) {
      for (const text of marked(hit)) expect(['锂电', '发展']).toContain(text);
      for (const snippet of hit.snippets) {
        const article = corpus.find((doc) => doc.id === hit.id)!;
        const lead = snippet.text.startsWith('…') ? 1 : 0;
        const quoted = snippet.text.slice(lead, snippet.text.endsWith('…') ? -1 : undefined);
        const from = snippet.offset + lead;
        expect(article.body.slice(from, from + quoted.length)).toBe(quoted);
        expect(lead === 1).toBe(from > 0);
        for (const [a, b] of snippet.hits) {
          expect(foldForSearch(article.body.slice(snippet.offset + a, snippet.offset + b))).toBe(
            foldForSearch(snippet.text.slice(a, b)),
          );
        }
      }
    }
    expect(result.hits.some((hit) => hit.snippets.length > 0)).toBe(true);
  });

  it('combines a query with filters, and sorts by title or date on request', async () => {
    const all = await run({ query: '衢州', limit: 1000 });
    const filtered = await run({ query: '衢州', filters: { sources: ['衢州日报'] }, limit: 1000 });
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
    expect(filtered.hits.every((hit) => hit.source === '衢州日报')).toBe(true);
    const byTitle = await run({ query: '衢州', sort: 'title', limit: 1000 });
    const titles = byTitle.hits.map((hit) => hit.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    const noted = all.hits[0]!.id;
    await engine.dispatch('saveArticleNote', { articleId: noted, body: '重点' });
    expect(ids(await run({ query: '', filters: { hasNotes: true } }))).toEqual([noted]);
  });

  it('keeps saved searches in the project', async () => {
    const saved = await engine.dispatch('saveSearch', {
      name: '衢州锂电',
      query: '衢州 锂电',
      filters: { sources: ['新华网'] },
    });
    expect(saved.ok).toBe(true);
    const list = await engine.dispatch('listSavedSearches', {});
    expect(list.ok && list.value).toMatchObject([
      { name: '衢州锂电', query: '衢州 锂电', filters: { sources: ['新华网'] } },
    ]);
  });

  it('indexes again, on open, the articles whose index rows a crash lost (the index is not journaled)', async () => {
    const folder = makeTempDir('search-crash');
    fs.writeFileSync(
      path.join(folder, 'new.txt'),
      '二〇二三年龙游县新签约项目\n\n来源：衢州日报\n\n二〇二三年，龙游县新签约亿元以上项目十二个。\n',
    );
    const imported = await engine.dispatch('importPaths', { paths: [folder] });
    expect(imported.ok).toBe(true);
    // The files as a crash right now would leave them: the import's journal, no final snapshot.
    const { copyAsCrashed } = await import('./support/temp-project');
    const crashed = copyAsCrashed(projectPath, 'search-crashed');
    const other = createEngine({ dataDir: null, resourcesDir: '.', host: 'browser', appVersion: 'test' });
    await other.dispatch('openProject', { path: crashed });
    const found = await other.dispatch('search', { query: '二〇二三年' });
    expect(found.ok && (found.value as SearchResult).hits.map((hit) => hit.title)).toEqual([
      '二〇二三年龙游县新签约项目',
    ]);
    await other.shutdown();
    // The new article belongs to the corpus the later tests scan.
    const [hit] = (await run({ query: '二〇二三年' })).hits;
    const article = await engine.dispatch('getArticle', { id: hit!.id });
    const value = article.ok ? (article.value as { id: number; title: string; cleanText: string }) : null;
    corpus.push({ id: value!.id, title: value!.title, body: value!.cleanText });
  });

  it('keeps its index in the project: reopening indexes nothing, a deleted article is not found', async () => {
    await engine.shutdown();
    const store = await ProjectStore.open(projectPath);
    try {
      expect(ensureSearchIndex(store)).toBe(0);
      const target = corpus.find((doc) => doc.title.startsWith('龙游'))!;
      store.write((q) => q.run('DELETE FROM articles WHERE id = ?', [target.id]));
      store.close();
      engine = createEngine({ dataDir: null, resourcesDir: '.', host: 'browser', appVersion: 'test' });
      await engine.dispatch('openProject', { path: projectPath });
      const result = await run({ query: '龙游', limit: 1000 });
      expect(ids(result)).not.toContain(target.id);
      expect(ids(result)).toEqual(
        scan(
          corpus.filter((doc) => doc.id !== target.id),
          '龙游',
        ),
      );
    } finally {
      await engine.shutdown();
    }
  });
});
