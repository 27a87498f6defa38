// Search in one long article (issue 11: the importer accepts texts of up to 16 MB, ten million
// characters and more): hits, phrase matches and snippets far into the text are the ones a scan of
// the whole text gives, whether search memory is empty or filled, also for a text with characters
// beyond the BMP; and search memory reads a long text a piece at a time, never whole in one step.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchRequest, Snippet } from '../../src-main/common/model/search';
import { ProjectStore } from '../../src-main/node/db/project-store';
import type { ReadQuery, SqlParam } from '../../src-main/node/db/query';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { SearchCatalogue } from '../../src-main/node/search/search-catalogue';
import { indexArticles } from '../../src-main/node/search/search-index';
import { TEXT_PIECE } from '../../src-main/node/search/search-memory';
import { search } from '../../src-main/node/search/search-service';
import { buildSnippets } from '../../src-main/node/search/snippets';
import { makeTempDir, sampleArticle } from './support/temp-project';

const stores: ProjectStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) if (store.isOpen) store.close();
});

const FILLER = '衢州推进项目建设，发展新材料产业。\n';
const MARK = '甪堇蓍蘅';
const PHRASE = '智造新城锂电';

/** A text of about `chars` characters with MARK and PHRASE only after 90% of it. */
function longText(chars: number, astral = false): string {
  const lines: string[] = [];
  let length = 0;
  for (let n = 0; length < chars; n++) {
    const line = astral && n % 997 === 0 ? `𠀀${FILLER}` : FILLER;
    const far = length > chars * 0.9 && n % 50 === 0;
    const full = far ? `第${n}条：${MARK}与${PHRASE}。${line}` : line;
    lines.push(full);
    length += full.length;
  }
  return lines.join('');
}

async function projectWith(long: string): Promise<{ store: ProjectStore; longId: number }> {
  const store = await ProjectStore.create(path.join(makeTempDir('search-long'), 'p.zhiyan'), {
    idleSnapshotMs: 0,
  });
  stores.push(store);
  const bodies = [long, ...Array.from({ length: 30 }, (_, n) => `第${n}篇。${PHRASE}推进。\n${FILLER}`)];
  const ids = store.write((q) => {
    const articles = bodies.map((body, n) => {
      const title = `文件${n}`;
      const id = insertArticle(
        q,
        sampleArticle(n, { title, cleanText: body, contentHash: `h${n}` }),
        '2026-01-01T00:00:00Z',
      );
      return { id, title, cleanText: body };
    });
    indexArticles(q, articles);
    return articles.map((a) => a.id);
  });
  return { store, longId: ids[0]! };
}

const request = (query: string): Required<SearchRequest> => ({
  query,
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 100,
});

/** Every snippet's marked hits are one of the terms, at `offset` in the text. */
function expectMarksTheText(snippets: Snippet[], text: string, terms: string[]): void {
  expect(snippets.length).toBeGreaterThan(0);
  for (const snippet of snippets) {
    for (const [start, end] of snippet.hits) {
      expect(terms).toContain(text.slice(snippet.offset + start, snippet.offset + end));
    }
  }
}

function checkLongArticle(store: ProjectStore, catalogue: SearchCatalogue, longId: number, text: string) {
  for (const [query, terms] of [
    [MARK, [MARK]],
    [`"${PHRASE}"`, [PHRASE]],
    [`${MARK} ${PHRASE}`, [MARK, PHRASE]],
  ] as const) {
    const result = search(store, catalogue, request(query));
    const long = result.hits.find((hit) => hit.id === longId);
    expect(long, query).toBeDefined();
    expect(long!.snippets).toEqual(buildSnippets(text, [...terms]));
    expectMarksTheText(long!.snippets, text, [...terms]);
    expect(long!.snippets[0]!.offset).toBeGreaterThan(text.length * 0.85);
  }
  // A phrase whose tokens all occur in the long text, but never together there.
  const apart = search(store, catalogue, request('"产业智造"'));
  expect(apart.total).toBe(0);
  expect(search(store, catalogue, request(`"${PHRASE}"`)).total).toBe(31);
}

describe('search in a long article', () => {
  it('finds and marks hits far into a text longer than a memory piece, empty and filled', async () => {
    const text = longText(TEXT_PIECE + 200_000);
    const { store, longId } = await projectWith(text);
    checkLongArticle(store, new SearchCatalogue(store), longId, text);
    const filled = new SearchCatalogue(store);
    // Zero-millisecond steps, each one unit of work; the longest string any step read from SQLite.
    let longest = 0;
    const seen = (value: unknown) => {
      if (typeof value === 'string') longest = Math.max(longest, value.length);
    };
    const watched = (q: ReadQuery): ReadQuery => ({
      ...q,
      get: <T>(sql: string, params?: SqlParam[]) => {
        const row = q.get<T>(sql, params);
        Object.values(row ?? {}).forEach(seen);
        return row;
      },
      each: (sql, params, row) => q.each(sql, params, (values) => (values.forEach(seen), row(values))),
    });
    while (!store.read((q) => filled.memory.fillFor(watched(q), 0)));
    expect(longest).toBeLessThanOrEqual(TEXT_PIECE);
    const docid = store.read((q) =>
      q.get<{ docid: number }>('SELECT docid FROM search_docs WHERE article_id = ?', [longId]),
    )!.docid;
    expect(filled.memory.hasText(docid)).toBe(true);
    expect(store.read((q) => filled.memory.textOf(q, docid))).toBe(text);
    checkLongArticle(store, filled, longId, text);
  }, 60_000);

  it('marks the right text in a long article with characters beyond the BMP', async () => {
    const text = longText(300_000, true);
    const { store, longId } = await projectWith(text);
    checkLongArticle(store, new SearchCatalogue(store), longId, text);
    const filled = new SearchCatalogue(store);
    store.read((q) => filled.memory.fillAll(q));
    checkLongArticle(store, filled, longId, text);
  }, 60_000);
});
