// Full-text search over the project: the query and filters, the ranked results (a page at a time),
// the facets the filter controls offer and the saved searches. Typing is debounced; every request
// carries a generation number, so an answer that arrives after a newer request is dropped.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ApiEvents } from '../../../../src-main/common/api/contract';
import type { ApiError } from '../../../../src-main/common/api/errors';
import type {
  SavedSearch,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchSort,
} from '../../../../src-main/common/model/search';
import { SEARCH_FIRST_PAGE, SEARCH_NEXT_PAGE } from '../../../../src-main/common/model/search';
import { useApi } from '../../api';
import { highlightTerms } from '../../ui/text-marks';
import { useFeedbackStore } from '../../app/feedback';
import { useReaderStore } from '../reader/reader';

export const SEARCH_DEBOUNCE_MS = 200;

const EMPTY_FACETS: SearchFacets = { sources: [], places: [], tags: [], importBatches: [], years: [] };

/** The filters as the engine should get them: empty lists and unset values left out. */
export function compactFilters(filters: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  for (const [key, value] of Object.entries(filters) as [keyof SearchFilters, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    Object.assign(out, { [key]: value });
  }
  return out;
}

export function countFilters(filters: SearchFilters): number {
  const f = compactFilters(filters);
  return Object.keys(f).filter((key) => key !== 'dateTo' || f.dateFrom === undefined).length;
}

/** Where the reader should scroll once an article opened from a result is shown. */
export interface ScrollRequest {
  articleId: number;
  /** Offset in the clean text; null means "the first hit". */
  offset: number | null;
  seq: number;
}

export const useSearchStore = defineStore('search', () => {
  const query = ref('');
  const filters = ref<SearchFilters>({});
  const sort = ref<SearchSort>('relevance');
  const hits = shallowRef<SearchHit[]>([]);
  const total = ref(0);
  const tookMs = ref(0);
  const loading = ref(false);
  /** True once an answer for the current query and filters has arrived. */
  const ready = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const activeIndex = ref(-1);
  /** Counts first pages received, so views can tell a new answer from a further page. */
  const answers = ref(0);
  const facets = shallowRef<SearchFacets>(EMPTY_FACETS);
  const savedSearches = shallowRef<SavedSearch[]>([]);
  const scrollRequest = shallowRef<ScrollRequest | null>(null);
  /** Hit strings the engine marked in an opened result, so the reader marks what it matched. */
  const engineTerms = shallowRef<{ articleId: number; query: string; terms: string[] } | null>(null);

  const filterCount = computed(() => countFilters(filters.value));
  const active = computed(() => query.value.trim() !== '' || filterCount.value > 0);
  const queryTerms = computed(() => highlightTerms(query.value));

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let scrollSeq = 0;

  function cancelTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  async function fetchPage(offset: number, forGeneration: number): Promise<void> {
    loading.value = true;
    const result = await useApi().search({
      query: query.value.trim(),
      filters: compactFilters(filters.value),
      sort: sort.value,
      offset,
      limit: offset === 0 ? SEARCH_FIRST_PAGE : SEARCH_NEXT_PAGE,
    });
    if (forGeneration !== generation) return;
    loading.value = false;
    if (!result.ok) {
      error.value = result.error;
      if (result.error.code !== 'NO_PROJECT_OPEN') useFeedbackStore().reportError(result.error);
      return;
    }
    error.value = null;
    hits.value = offset === 0 ? result.value.hits : [...hits.value, ...result.value.hits];
    total.value = result.value.total;
    if (offset === 0) {
      tookMs.value = result.value.tookMs;
      activeIndex.value = -1;
      answers.value += 1;
    }
    ready.value = true;
    // The first page is small so that it comes at once; the next follows without waiting for a
    // scroll (a tall window may show all of the first page, and then nobody scrolls).
    if (offset === 0) void loadMore();
  }

  /** Runs the search now (or clears the results when there is nothing to search for). */
  async function run(): Promise<void> {
    cancelTimer();
    generation += 1;
    if (!active.value) {
      hits.value = [];
      total.value = 0;
      loading.value = false;
      ready.value = false;
      error.value = null;
      activeIndex.value = -1;
      return;
    }
    await fetchPage(0, generation);
  }

  function setQuery(text: string): void {
    query.value = text;
    cancelTimer();
    // Stale results must not be taken for answers to the new text: mark them as pending now.
    generation += 1;
    ready.value = false;
    timer = setTimeout(() => void run(), SEARCH_DEBOUNCE_MS);
  }

  function setFilters(next: SearchFilters): void {
    filters.value = compactFilters(next);
    void run();
  }

  function clearFilters(): void {
    setFilters({});
  }

  function setSort(next: SearchSort): void {
    if (next === sort.value) return;
    sort.value = next;
    void run();
  }

  /** Empties the query and the filters. */
  function clear(): void {
    query.value = '';
    filters.value = {};
    engineTerms.value = null;
    void run();
  }

  async function loadMore(): Promise<void> {
    if (loading.value || !ready.value || hits.value.length >= total.value) return;
    await fetchPage(hits.value.length, generation);
  }

  function moveActive(delta: 1 | -1): void {
    if (hits.value.length === 0) return;
    const next = Math.max(0, Math.min(hits.value.length - 1, activeIndex.value + delta));
    activeIndex.value = next;
    if (next >= hits.value.length - 5) void loadMore();
  }

  /** Opens a result in the reader, to scroll to `offset` (a snippet) or to the first hit. */
  async function openHit(hit: SearchHit, offset: number | null = null): Promise<void> {
    const index = hits.value.findIndex((item) => item.id === hit.id);
    if (index !== -1) activeIndex.value = index;
    const marked = new Set<string>();
    for (const snippet of hit.snippets) {
      for (const [start, end] of snippet.hits) marked.add(snippet.text.slice(start, end));
    }
    for (const [start, end] of hit.titleHits) marked.add(hit.title.slice(start, end));
    engineTerms.value = { articleId: hit.id, query: query.value, terms: [...marked] };
    scrollRequest.value = { articleId: hit.id, offset, seq: ++scrollSeq };
    await useReaderStore().open(hit.id);
  }

  async function openActive(): Promise<void> {
    const hit = hits.value[activeIndex.value] ?? hits.value[0];
    if (hit) await openHit(hit);
  }

  /** Terms to mark in an article while a query is active. */
  function markTermsFor(articleId: number): string[] {
    if (query.value.trim() === '') return [];
    const engine = engineTerms.value;
    const fromEngine = engine?.articleId === articleId && engine.query === query.value ? engine.terms : [];
    return [...queryTerms.value, ...fromEngine];
  }

  async function loadFacets(): Promise<void> {
    const result = await useApi().searchFacets({});
    facets.value = result.ok ? result.value : EMPTY_FACETS;
  }

  async function loadSavedSearches(): Promise<void> {
    const result = await useApi().listSavedSearches({});
    savedSearches.value = result.ok ? result.value : [];
  }

  async function saveCurrent(name: string): Promise<SavedSearch | null> {
    const result = await useApi().saveSearch({
      name: name.trim(),
      query: query.value.trim(),
      filters: compactFilters(filters.value),
    });
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return null;
    }
    const saved = result.value;
    if (!savedSearches.value.some((item) => item.id === saved.id)) {
      savedSearches.value = [...savedSearches.value, saved];
    }
    useFeedbackStore().notify('success', 'search.savedToast', { name: saved.name });
    return saved;
  }

  async function deleteSaved(id: number): Promise<void> {
    const result = await useApi().deleteSavedSearch({ id });
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return;
    }
    savedSearches.value = savedSearches.value.filter((item) => item.id !== id);
  }

  async function runSaved(saved: SavedSearch): Promise<void> {
    query.value = saved.query;
    filters.value = compactFilters(saved.filters);
    engineTerms.value = null;
    await run();
  }

  function onSavedSearchesChanged(payload: ApiEvents['savedSearchesChanged']): void {
    savedSearches.value = payload.savedSearches;
  }

  /** Another project: forget everything and read its facets and saved searches. */
  async function reset(hasProject: boolean): Promise<void> {
    query.value = '';
    filters.value = {};
    sort.value = 'relevance';
    engineTerms.value = null;
    scrollRequest.value = null;
    facets.value = EMPTY_FACETS;
    savedSearches.value = [];
    await run();
    if (hasProject) await Promise.all([loadFacets(), loadSavedSearches()]);
  }

  /** The library changed under the results (an import, an edit): read them again. */
  async function refresh(): Promise<void> {
    await loadFacets();
    if (active.value) await run();
  }

  return {
    ...{ query, filters, sort, hits, total, tookMs, loading, ready, error, activeIndex, answers },
    ...{ facets, savedSearches, scrollRequest, filterCount, active, queryTerms },
    ...{ setQuery, setFilters, clearFilters, setSort, clear, run, loadMore, moveActive, openHit, openActive },
    ...{ markTermsFor, loadFacets, loadSavedSearches, saveCurrent, deleteSaved, runSaved },
    ...{ onSavedSearchesChanged, reset, refresh },
  };
});
