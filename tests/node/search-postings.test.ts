// The posting-list index on its own: how terms become tokens at offsets, and that searches stay
// exactly a scan's answer while articles are indexed in many batches (segments merged), deleted,
// indexed again (an undone delete) and the project reopened; with search's memory filled or not,
// and with each result's snippets those of its whole text.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../src-main/common/model/search';
import { foldForSearch } from '../../src-main/common/search/fold';
import { markableTerms, parseQuery } from '../../src-main/common/search/query-parser';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { SearchCatalogue } from '../../src-main/node/search/search-catalogue';
import { ensureSearchIndex, indexArticles } from '../../src-main/node/search/search-index';
import { search } from '../../src-main/node/search/search-service';
import { buildSnippets } from '../../src-main/node/search/snippets';
import { termParts } from '../../src-main/node/search/term-parts';
import { tokenOffsets } from '../../src-main/node/search/tokenize';
import { makeTempDir, sampleArticle } from './support/temp-project';

describe('tokens and term parts', () => {
  it('indexes every Chinese character and bigram, and words, at their offsets in code points', () => {
    const { tokens, length } = tokenOffsets(foldForSearch('衢州 36GWh，𠮷野家'));
    expect(length).toBe(12);
    expect(tokens.get('衢')).toEqual([0]);
    expect(tokens.get('衢州')).toEqual([0]);
    expect(tokens.get('州')).toEqual([1]);
    expect(tokens.get('36')).toEqual([3]);
    expect(tokens.get('gwh')).toEqual([5]);
    expect(tokens.get('𠮷野')).toEqual([9]);
    expect(tokens.get('家')).toEqual([11]);
    expect(tokens.has('州 ')).toBe(false);
  });

  it('makes a term its tokens at their offsets, the last word a prefix', () => {
    expect(termParts('衢州智造')).toEqual([
      { token: '衢州', prefix: false, offset: 0 },
      { token: '州智', prefix: false, offset: 1 },
      { token: '智造', prefix: false, offset: 2 },
    ]);
    expect(termParts('锂')).toEqual([{ token: '锂', prefix: false, offset: 0 }]);
    expect(termParts('36gwh')).toEqual([
      { token: '36', prefix: false, offset: 0 },
      { token: 'gwh', prefix: true, offset: 2 },
    ]);
    expect(termParts('电池，新材')).toEqual([
      { token: '电池', prefix: false, offset: 0 },
      { token: '新材', prefix: false, offset: 3 },
    ]);
    expect(termParts('，')).toEqual([]);
  });
});

describe('snippets', () => {
  it('begin and end with … when cut from the middle, with hits still at their offsets', () => {
    const text = `${'前文'.repeat(80)}衢州智造新城${'后文'.repeat(80)}`;
    const [snippet] = buildSnippets(text, ['智造']);
    expect(snippet!.text.startsWith('…')).toBe(true);
    expect(snippet!.text.endsWith('…')).toBe(true);
    const [[start, end]] = snippet!.hits;
    expect(snippet!.text.slice(start, end)).toBe('智造');
    expect(text.slice(snippet!.offset + start!, snippet!.offset + end!)).toBe('智造');
    const [whole] = buildSnippets('衢州智造新城', ['智造']);
    expect(whole).toEqual({ text: '衢州智造新城', offset: 0, hits: [[2, 4]] });
  });
});

const WORDS =
  '衢州 智造 新城 锂电 电池 新材料 招商 引资 發展 发展 产业链 项目 亿元 龙游 光伏 储能 5G 800V'.split(' ');
let seed = 5;
const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const soup = (n: number) =>
  Array.from({ length: n }, () => pick(WORDS) + (rand() < 0.2 ? '，' : rand() < 0.05 ? '\n' : '')).join('');

interface Doc {
  id: number;
  title: string;
  body: string;
}

let dir: string;
let file: string;
let store: ProjectStore;
const live = new Map<number, Doc>();

function addBatch(count: number): void {
  store.write((q) => {
    const batch = Array.from({ length: count }, (_, i) => {
      const n = live.size * 100 + i + Math.floor(rand() * 1e6);
      const title = soup(3);
      // Some long enough that their snippets take several stretches (page-snippets.ts).
      const body = soup(rand() < 0.3 ? 150 + Math.floor(rand() * 250) : 20 + Math.floor(rand() * 60));
      const id = insertArticle(
        q,
        sampleArticle(n, { title, cleanText: body, contentHash: `h${n}` }),
        '2026-01-01T00:00:00Z',
      );
      return { id, title, cleanText: body };
    });
    indexArticles(q, batch);
    for (const a of batch) live.set(a.id, { id: a.id, title: a.title, body: a.cleanText });
  });
}

function scan(query: string): number[] {
  const parsed = parseQuery(query);
  const has = (d: Doc, term: string) =>
    foldForSearch(d.title).includes(term) || foldForSearch(d.body).includes(term);
  return [...live.values()]
    .filter((d) => parsed.groups.every((group) => group.some((term) => has(d, term))))
    .filter((d) => !parsed.excluded.some((term) => has(d, term)))
    .map((d) => d.id)
    .sort((a, b) => a - b);
}

/** Kept across the tests, so that its memory must notice new segments (imports) by itself. */
let filled: SearchCatalogue;

function found(query: string): number[] {
  const request: Required<SearchRequest> = {
    query,
    filters: {},
    sort: 'relevance',
    offset: 0,
    limit: 100_000,
  };
  const result = search(store, new SearchCatalogue(store), request);
  expect(result.total).toBe(result.hits.length);
  const terms = markableTerms(parseQuery(query));
  for (const hit of result.hits) {
    expect(hit.snippets, `${query} in ${hit.id}`).toEqual(buildSnippets(live.get(hit.id)!.body, terms));
  }
  // The same answer, snippets and all, from memory.
  store.read((q) => filled.memory.fillAll(q));
  const fromMemory = search(store, filled, request);
  expect({ ...fromMemory, tookMs: 0 }, query).toEqual({ ...result, tookMs: 0 });
  return result.hits.map((hit) => hit.id).sort((a, b) => a - b);
}

/** Random queries from the live texts: 1-4 character substrings, AND, OR, phrases, exclusions. */
function randomQueries(count: number): string[] {
  const docs = [...live.values()];
  const term = () => {
    for (;;) {
      const text = pick(docs).body;
      const length = 1 + Math.floor(rand() * 4);
      const at = Math.floor(rand() * Math.max(1, text.length - length));
      const t = text.slice(at, at + length);
      // A term that starts inside a word or number ("0V" of "800V") is not found by design: words
      // are indexed whole, matched from their start (see tokenize.ts).
      const kind = (c: string | undefined) =>
        c === undefined ? '' : /\d/.test(c) ? 'd' : /[a-z]/i.test(c) ? 'l' : '';
      const inside = kind(t[0]) !== '' && kind(t[0]) === kind(text[at - 1]);
      if (!/[\s，"]/.test(t) && t.length === length && !inside) return t;
    }
  };
  return Array.from({ length: count }, (_, i) =>
    [
      () => term(),
      () => `${term()} ${term()}`,
      () => `${term()} OR ${term()}`,
      () => `${term()} -${term()}`,
      () => `"${term()}${term()}"`,
    ][i % 5]!(),
  );
}

function expectScanEquality(queries: string[]): void {
  for (const query of queries) expect(found(query), query).toEqual(scan(query));
}

beforeAll(async () => {
  dir = makeTempDir('search-postings');
  file = path.join(dir, 'p.zhiyan');
  store = await ProjectStore.create(file, { idleSnapshotMs: 0 });
  filled = new SearchCatalogue(store);
});
afterAll(() => store.close());

describe('the posting-list index', () => {
  it('finds exactly what a scan finds after many small batches (segments merged)', () => {
    for (let b = 0; b < 20; b++) addBatch(3 + (b % 4));
    const levels = store.read((q) => q.all<{ level: number }>('SELECT level FROM search_segments'));
    expect(levels.some((s) => s.level > 0)).toBe(true);
    expectScanEquality(randomQueries(120));
    expectScanEquality(['5g', '800v', '发展', '發展', '电池，新', '锂']);
  });

  it('stays right after deletes, a delete undone (indexed again) and merges past deleted articles', () => {
    const ids = [...live.keys()];
    const removed = ids.filter((_, i) => i % 5 === 0).map((id) => live.get(id)!);
    store.write((q) => {
      for (const doc of removed) q.run('DELETE FROM articles WHERE id = ?', [doc.id]);
    });
    for (const doc of removed) live.delete(doc.id);
    expectScanEquality(randomQueries(60));
    // Undo of one delete: the article comes back as a new row and is indexed again.
    const back = removed[0]!;
    store.write((q) => {
      const id = insertArticle(
        q,
        sampleArticle(999_999, { title: back.title, cleanText: back.body, contentHash: 'back' }),
        '2026-01-01T00:00:00Z',
      );
      indexArticles(q, [{ id, title: back.title, cleanText: back.body }]);
      live.set(id, { id, title: back.title, body: back.body });
    });
    for (let b = 0; b < 16; b++) addBatch(2);
    expectScanEquality(randomQueries(80));
    const postingsDocs = new Set<number>();
    store.read((q) =>
      q.each('SELECT docid FROM search_docs', [], ([docid]) => postingsDocs.add(docid as number)),
    );
    expect(postingsDocs.size).toBe(live.size);
  });

  it('needs no indexing on reopen and keeps finding the same', async () => {
    store.snapshot({ force: true });
    store.close();
    store = await ProjectStore.open(file, { idleSnapshotMs: 0 });
    expect(ensureSearchIndex(store)).toBe(live.size); // never opened through the app: first build
    expect(ensureSearchIndex(store)).toBe(0);
    store.snapshot({ force: true });
    store.close();
    store = await ProjectStore.open(file, { idleSnapshotMs: 0 });
    expect(ensureSearchIndex(store)).toBe(0);
    filled = new SearchCatalogue(store);
    expectScanEquality(randomQueries(40));
  });

  it('ranks a title hit above body-only hits', () => {
    store.write((q) => {
      const id = insertArticle(
        q,
        sampleArticle(424242, { title: '氟硅产业报道', cleanText: '正文提到氟硅一次。', contentHash: 'fs' }),
        '2026-01-01T00:00:00Z',
      );
      const other = insertArticle(
        q,
        sampleArticle(424243, { title: '其他报道', cleanText: '正文提到氟硅一次。', contentHash: 'fs2' }),
        '2026-01-01T00:00:00Z',
      );
      indexArticles(q, [
        { id, title: '氟硅产业报道', cleanText: '正文提到氟硅一次。' },
        { id: other, title: '其他报道', cleanText: '正文提到氟硅一次。' },
      ]);
    });
    const result = search(store, new SearchCatalogue(store), {
      query: '氟硅',
      filters: {},
      sort: 'relevance',
      offset: 0,
      limit: 10,
    });
    expect(result.hits.map((h) => h.title)).toEqual(['氟硅产业报道', '其他报道']);
  });
});
