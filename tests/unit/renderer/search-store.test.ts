// The search store: typing is debounced into one request, answers to older requests are dropped,
// filters work without a query, results page in, and saved searches follow the engine's events.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiArgs, ZhiyanApi } from '../../../src-main/common/api/contract';
import type { Result } from '../../../src-main/common/api/errors';
import {
  SEARCH_FIRST_PAGE,
  SEARCH_NEXT_PAGE,
  type SavedSearch,
  type SearchHit,
  type SearchResult,
} from '../../../src-main/common/model/search';
import { setApiClient } from '../../../src-renderer/src/api';
import { compactFilters, SEARCH_DEBOUNCE_MS, useSearchStore } from '../../../src-renderer/src/features/search/search';
import { clientFor } from './support/api-client';

function hit(id: number, title = `第${id}篇`): SearchHit {
  return {
    id,
    title,
    date: '2024-03-01',
    source: '衢州日报',
    author: null,
    places: [],
    filePath: `/demo/${id}.txt`,
    layout: 'plain',
    encoding: 'utf-8',
    duplicateOf: null,
    hasNote: false,
  tags: [],
  highlightCount: 0,
    docNumber: null,
    score: 1,
    titleHits: [],
    snippets: [{ text: '推动鋰電產業发展', hits: [[2, 4]], offset: 100 }],
  };
}

interface PendingSearch {
  args: ApiArgs<'search'>;
  resolve: (result: Result<SearchResult>) => void;
}

function fakeEngine() {
  const searches: PendingSearch[] = [];
  const saved: ApiArgs<'saveSearch'>[] = [];
  const opened: number[] = [];
  const api = {
    search: (args: ApiArgs<'search'>) =>
      new Promise<Result<SearchResult>>((resolve) => searches.push({ args, resolve })),
    saveSearch: async (args: ApiArgs<'saveSearch'>) => {
      saved.push(args);
      const value: SavedSearch = {
        id: saved.length,
        name: args.name,
        query: args.query,
        filters: args.filters ?? {},
        createdAt: '2024-01-01T00:00:00Z',
      };
      return { ok: true, value };
    },
    deleteSavedSearch: async () => ({ ok: true, value: null }),
    getArticle: async ({ id }: { id: number }) => {
      opened.push(id);
      return { ok: false, error: { code: 'INTERNAL_ERROR', message: 'not needed here' } };
    },
    getArticleNote: async () => ({ ok: true, value: null }),
    listHighlights: async () => ({ ok: true, value: [] }),
  } as unknown as ZhiyanApi; // only the methods the search store and the reader call
  return { api, searches, saved, opened };
}

function answer(pending: PendingSearch | undefined, hits: SearchHit[], total = hits.length): void {
  pending?.resolve({ ok: true, value: { total, offset: 0, hits, parsed: null, tookMs: 12 } });
}

describe('search store', () => {
  let engine: ReturnType<typeof fakeEngine>;

  beforeEach(() => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    engine = fakeEngine();
    setApiClient(clientFor(engine.api));
  });

  afterEach(() => {
    setApiClient(null);
    vi.useRealTimers();
  });

  it('sends one request for a burst of typing, after the debounce', async () => {
    const search = useSearchStore();
    search.setQuery('锂');
    search.setQuery('锂电');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 20);
    expect(engine.searches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(40);
    expect(engine.searches.map((s) => s.args.query)).toEqual(['锂电']);
    expect(search.ready).toBe(false);
    answer(engine.searches[0], [hit(1), hit(2)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.ready).toBe(true);
    expect(search.total).toBe(2);
    expect(search.tookMs).toBe(12);
  });

  it('drops an answer that arrives after a newer request', async () => {
    const search = useSearchStore();
    search.setQuery('衢州');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    search.setQuery('衢州智造新城');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    answer(engine.searches[1], [hit(7)]);
    await vi.advanceTimersByTimeAsync(0);
    answer(engine.searches[0], [hit(1), hit(2), hit(3)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.hits.map((h) => h.id)).toEqual([7]);
    expect(search.total).toBe(1);
  });

  it('lists the library filtered when there is no query, and clears filters in one step', async () => {
    const search = useSearchStore();
    search.setFilters({ sources: ['衢州日报'], places: [], hasNotes: undefined });
    expect(search.active).toBe(true);
    expect(search.filterCount).toBe(1);
    expect(engine.searches[0]?.args).toMatchObject({ query: '', filters: { sources: ['衢州日报'] } });
    answer(engine.searches[0], [hit(1)]);
    await vi.advanceTimersByTimeAsync(0);
    search.clearFilters();
    expect(search.active).toBe(false);
    expect(search.hits).toEqual([]);
    expect(engine.searches).toHaveLength(1);
  });

  it('loads further pages from where the list ends', async () => {
    const search = useSearchStore();
    search.setQuery('发展');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    answer(engine.searches[0], [hit(1), hit(2)], 3);
    await vi.advanceTimersByTimeAsync(0);
    const more = search.loadMore();
    expect(engine.searches[1]?.args.offset).toBe(2);
    engine.searches[1]?.resolve({
      ok: true,
      value: { total: 3, offset: 2, hits: [hit(3)], parsed: null, tookMs: 5 },
    });
    await more;
    expect(search.hits.map((h) => h.id)).toEqual([1, 2, 3]);
    await search.loadMore();
    expect(engine.searches).toHaveLength(2);
  });

  it('asks for a small first page, then for the next one at once, without a scroll', async () => {
    const search = useSearchStore();
    search.setQuery('发展');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    expect(engine.searches[0]?.args).toMatchObject({ offset: 0, limit: SEARCH_FIRST_PAGE });
    const first = Array.from({ length: SEARCH_FIRST_PAGE }, (_, i) => hit(i + 1));
    answer(engine.searches[0], first, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.hits).toHaveLength(SEARCH_FIRST_PAGE);
    expect(engine.searches[1]?.args).toMatchObject({ offset: SEARCH_FIRST_PAGE, limit: SEARCH_NEXT_PAGE });
    // A first page that is all there is asks for nothing more.
    search.setQuery('锂电');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    answer(engine.searches[2], [hit(1), hit(2)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.searches).toHaveLength(3);
  });

  it('opens a result at its first hit and marks what the engine matched', async () => {
    const search = useSearchStore();
    search.setQuery('锂电 -宜宾');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    answer(engine.searches[0], [hit(4)]);
    await vi.advanceTimersByTimeAsync(0);
    search.moveActive(1);
    expect(search.activeIndex).toBe(0);
    await search.openActive();
    expect(engine.opened).toEqual([4]);
    expect(search.scrollRequest).toMatchObject({ articleId: 4, offset: null });
    // The query's own term, plus the traditional form the engine reported as a hit; not 宜宾.
    expect(search.markTermsFor(4)).toEqual(['锂电', '鋰電']);
    expect(search.markTermsFor(5)).toEqual(['锂电']);
    // A new query forgets what the engine matched for the old one.
    search.setQuery('发展');
    expect(search.markTermsFor(4)).toEqual(['发展']);
  });

  it('saves the query with its filters and follows savedSearchesChanged', async () => {
    const search = useSearchStore();
    search.setQuery('  招商引资 ');
    search.setFilters({ places: ['衢州市'], tags: [] });
    const saved = await search.saveCurrent('衢州招商');
    expect(engine.saved).toEqual([{ name: '衢州招商', query: '招商引资', filters: { places: ['衢州市'] } }]);
    expect(search.savedSearches.map((s) => s.name)).toEqual(['衢州招商']);
    search.onSavedSearchesChanged({ savedSearches: [] });
    expect(search.savedSearches).toEqual([]);
    search.clear();
    expect(search.active).toBe(false);
    if (saved) void search.runSaved(saved);
    expect(engine.searches.at(-1)?.args).toMatchObject({
      query: '招商引资',
      filters: { places: ['衢州市'] },
    });
    expect(search.query).toBe('招商引资');
    expect(search.filters).toEqual({ places: ['衢州市'] });
  });

  it('leaves empty values out of the filters it sends', () => {
    expect(compactFilters({ tags: [], sources: ['a'], dateFrom: undefined, hasNotes: false })).toEqual({
      sources: ['a'],
      hasNotes: false,
    });
  });
});
