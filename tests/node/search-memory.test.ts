// Search's memory (search-memory.ts): what it keeps never changes an answer, it stays within its
// budget, it fills in the background and stops with the project; and snippets of articles with
// characters beyond the BMP (whose index offsets are not string offsets) still mark the right text.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../src-main/common/model/search';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src-main/node/db/migrations';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { SearchCatalogue } from '../../src-main/node/search/search-catalogue';
import { ensureSearchIndex, indexArticles } from '../../src-main/node/search/search-index';
import { search } from '../../src-main/node/search/search-service';
import { makeTempDir, sampleArticle } from './support/temp-project';

const stores: ProjectStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) if (store.isOpen) store.close();
});

async function projectWith(bodies: string[]): Promise<{ store: ProjectStore; ids: number[] }> {
  const store = await ProjectStore.create(path.join(makeTempDir('search-memory'), 'p.zhiyan'), {
    idleSnapshotMs: 0,
  });
  stores.push(store);
  const ids = store.write((q) => {
    const articles = bodies.map((body, n) => {
      const title = `报道${n}`;
      const id = insertArticle(
        q,
        sampleArticle(n, { title, cleanText: body, contentHash: `h${n}` }),
        '2026-01-01T00:00:00Z',
      );
      return { id, title, cleanText: body };
    });
    indexArticles(q, articles);
    return articles.map((article) => article.id);
  });
  return { store, ids };
}

const request = (query: string): Required<SearchRequest> => ({
  query,
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 100,
});

const bodies = Array.from(
  { length: 40 },
  (_, n) =>
    `第${n}篇。${'衢州智造新城推进锂电项目，'.repeat(1 + (n % 7))}\n${'发展新材料产业。'.repeat(n % 5)}`,
);

describe('search memory', () => {
  it('gives the same answers filled, within a budget too small for everything, and empty', async () => {
    const { store } = await projectWith(bodies);
    const empty = new SearchCatalogue(store);
    const full = new SearchCatalogue(store);
    const small = new SearchCatalogue(store, 4000);
    store.read((q) => {
      full.memory.fillAll(q);
      small.memory.fillAll(q);
    });
    expect(small.memory.size).toBeLessThanOrEqual(4000);
    expect(full.memory.size).toBeGreaterThan(small.memory.size);
    for (const query of ['衢州', '"锂电项目"', '新材料 -第3篇', '智造 OR 产业', '第1']) {
      const expected = { ...search(store, empty, request(query)), tookMs: 0 };
      expect(expected.total).toBeGreaterThan(0);
      expect({ ...search(store, full, request(query)), tookMs: 0 }, query).toEqual(expected);
      expect({ ...search(store, small, request(query)), tookMs: 0 }, query).toEqual(expected);
    }
  });

  it('fills in the background a step at a time, and stops when the project closes', async () => {
    const { store, ids } = await projectWith(bodies);
    const catalogue = new SearchCatalogue(store);
    catalogue.memory.fillInBackground();
    catalogue.memory.fillInBackground(); // a second call joins the first
    for (let i = 0; i < 200 && !ids.every((_, docid) => catalogue.memory.hasText(docid + 1)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(ids.every((_, docid) => catalogue.memory.hasText(docid + 1))).toBe(true);

    const closing = new SearchCatalogue(store);
    closing.memory.fillInBackground();
    store.close();
    // Its next step finds the project closed and ends without touching it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closing.memory.size).toBe(0);
  });

  it('cuts snippets right from articles with characters beyond the BMP, from memory or not', async () => {
    const body = `𠮷野家的${'前文'.repeat(60)}衢州智造新城𠮷${'后文'.repeat(60)}衢州再见`;
    const { store } = await projectWith([body, '无关的文章']);
    const empty = new SearchCatalogue(store);
    const full = new SearchCatalogue(store);
    store.read((q) => full.memory.fillAll(q));
    for (const catalogue of [empty, full]) {
      const [hit] = search(store, catalogue, request('衢州')).hits;
      expect(hit!.snippets).toHaveLength(2);
      for (const snippet of hit!.snippets) {
        for (const [start, end] of snippet.hits) {
          expect(snippet.text.slice(start, end)).toBe('衢州');
          expect(body.slice(snippet.offset + start, snippet.offset + end)).toBe('衢州');
        }
      }
    }
  });
});

describe('an index from before schema 6', () => {
  it('is dropped by the migration and built again once, in the new format', async () => {
    const dir = makeTempDir('search-v5');
    const file = path.join(dir, 'old.zhiyan');
    const old = await ProjectStore.create(file, { idleSnapshotMs: 0, migrations: MIGRATIONS.slice(0, 5) });
    old.write((q) => {
      const id = insertArticle(q, sampleArticle(1), '2026-01-01T00:00:00Z');
      // The old layout: one blob per (segment, token), and a finished index of version 2.
      const docid = q.runDerived(
        'INSERT INTO search_docs (article_id, title_len, body_len) VALUES (?, 4, 30)',
        [id],
      ).lastInsertRowid;
      q.runDerived('INSERT INTO search_segments (id, level) VALUES (?, 0)', [docid]);
      q.runDerived('INSERT INTO search_postings (segment, token, postings) VALUES (?, ?, ?)', [
        docid,
        '衢州',
        new Uint8Array([1, 1, 1, 1, 0]),
      ]);
      q.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index_version', '2')");
    });
    old.snapshot({ force: true });
    old.close();

    const store = await ProjectStore.open(file, { idleSnapshotMs: 0 });
    stores.push(store);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(ensureSearchIndex(store)).toBe(1);
    const result = search(store, new SearchCatalogue(store), request('锂电'));
    expect(result.hits.map((hit) => hit.title)).toEqual(['衢州项目1']);
    expect(result.hits[0]!.snippets[0]!.text).toContain('锂电');
    expect(ensureSearchIndex(store)).toBe(0);
  });
});
