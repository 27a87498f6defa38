// The project's article list, fetched a page at a time as the table scrolls to it. The loaded rows
// are a prefix of the sorted, filtered list: a shallowRef replaced, never mutated, so a
// 10,000-article library is not made deeply reactive. The table sizes its scroll area from `total`
// and asks for rows up to where the user is looking (`ensureLoaded`).
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ArticleSort, ArticleSortKey, ArticleSummary } from '../../../../src-main/common/model/article';
import { useApi } from '../../api';
import { useFeedbackStore } from '../../app/feedback';

export const PAGE_SIZE = 200;
/** The engine's largest page: catching up after a long scroll or a Ctrl+A takes few requests. */
const MAX_PAGE = 1000;
export const DEFAULT_SORT: ArticleSort = 'imported-asc';

/** Columns whose first click sorts high to low: newest first, most highlighted first. */
const DESCENDING_FIRST: ReadonlySet<ArticleSortKey> = new Set(['date', 'highlights']);

/** A header click: first click sorts, the second reverses, the third returns to import order. */
export function nextSort(current: ArticleSort, column: ArticleSortKey): ArticleSort {
  const [key, direction] = current.split('-') as [ArticleSortKey, 'asc' | 'desc'];
  const first = DESCENDING_FIRST.has(column) ? 'desc' : 'asc';
  if (key !== column) return `${column}-${first}`;
  if (direction === first) return `${column}-${first === 'asc' ? 'desc' : 'asc'}`;
  return DEFAULT_SORT;
}

export const useLibraryStore = defineStore('library', () => {
  const items = shallowRef<ArticleSummary[]>([]);
  const total = ref(0);
  const sort = ref<ArticleSort>(DEFAULT_SORT);
  /** Only articles carrying every one of these tags. */
  const tagFilter = ref<string[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  // Bumped by every reset, so an answer to an older request cannot overwrite a newer list.
  let generation = 0;
  // How far down the table the user has looked: a refresh reloads at least that much.
  let wanted = PAGE_SIZE;
  let inFlight: Promise<void> | null = null;

  async function fetchRange(offset: number, limit: number, forGeneration: number): Promise<boolean> {
    const result = await useApi().listArticles({
      offset,
      limit,
      sort: sort.value,
      tags: tagFilter.value,
    });
    if (forGeneration !== generation) return false;
    if (!result.ok) {
      // Without a project there is simply nothing to list.
      if (result.error.code !== 'NO_PROJECT_OPEN') useFeedbackStore().reportError(result.error);
      items.value = [];
      total.value = 0;
      loaded.value = true;
      return false;
    }
    const page = result.value;
    items.value = offset === 0 ? page.items : [...items.value.slice(0, offset), ...page.items];
    total.value = page.total;
    loaded.value = true;
    return true;
  }

  /** Loads rows in order until `count` rows (or all) are there; one loader at a time. */
  async function ensureLoaded(count: number): Promise<void> {
    wanted = Math.max(wanted, count);
    if (inFlight) return inFlight;
    const forGeneration = generation;
    inFlight = (async () => {
      loading.value = true;
      try {
        while (forGeneration === generation && items.value.length < Math.min(wanted, total.value)) {
          const offset = items.value.length;
          const limit = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, wanted - offset));
          if (!(await fetchRange(offset, limit, forGeneration))) break;
        }
      } finally {
        if (forGeneration === generation) loading.value = false;
        inFlight = null;
      }
    })();
    return inFlight;
  }

  /** Reloads what is shown, from the top, keeping the rows the user has scrolled to. */
  async function refresh(): Promise<void> {
    generation += 1;
    inFlight = null;
    const keep = Math.max(PAGE_SIZE, Math.min(wanted, items.value.length));
    const forGeneration = generation;
    loading.value = true;
    const ok = await fetchRange(0, Math.min(MAX_PAGE, keep), forGeneration);
    if (forGeneration !== generation) return;
    loading.value = false;
    if (ok && keep > MAX_PAGE) await ensureLoaded(keep);
  }

  /** Starts over from the top, e.g. for another project, sort order or tag filter. */
  async function reset(): Promise<void> {
    generation += 1;
    inFlight = null;
    wanted = PAGE_SIZE;
    items.value = [];
    total.value = 0;
    loaded.value = false;
    const forGeneration = generation;
    loading.value = true;
    await fetchRange(0, PAGE_SIZE, forGeneration);
    if (forGeneration === generation) loading.value = false;
  }

  async function loadMore(): Promise<void> {
    await ensureLoaded(items.value.length + PAGE_SIZE);
  }

  /** Every row (Ctrl+A selects them all). */
  async function loadAll(): Promise<void> {
    await ensureLoaded(total.value);
  }

  async function setSort(next: ArticleSort): Promise<void> {
    if (next === sort.value) return;
    sort.value = next;
    await reset();
  }

  async function setTagFilter(tags: string[]): Promise<void> {
    const next = [...new Set(tags)];
    if (next.join('\u001f') === tagFilter.value.join('\u001f')) return;
    tagFilter.value = next;
    await reset();
  }

  function clear(): void {
    generation += 1;
    inFlight = null;
    wanted = PAGE_SIZE;
    items.value = [];
    total.value = 0;
    tagFilter.value = [];
    loading.value = false;
    loaded.value = false;
  }

  /** Changes loaded rows in place of a refetch (a note saved, tags changed). */
  function patch(articleIds: readonly number[], change: (item: ArticleSummary) => ArticleSummary): void {
    const ids = new Set(articleIds);
    let changed = false;
    const next = items.value.map((item) => {
      if (!ids.has(item.id)) return item;
      changed = true;
      return change(item);
    });
    if (changed) items.value = next;
  }

  /** Marks an article as having a note (or not) without refetching the list. */
  function setHasNote(articleId: number, hasNote: boolean): void {
    const item = items.value.find((row) => row.id === articleId);
    if (!item || item.hasNote === hasNote) return;
    patch([articleId], (row) => ({ ...row, hasNote }));
  }

  return {
    items,
    total,
    sort,
    tagFilter,
    loading,
    loaded,
    refresh,
    reset,
    ensureLoaded,
    loadMore,
    loadAll,
    setSort,
    setTagFilter,
    clear,
    patch,
    setHasNote,
  };
});
