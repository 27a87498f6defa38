// The project's article list, fetched a page at a time. The list lives in a shallowRef and is
// replaced, never mutated, so a 10,000-article library is not made deeply reactive.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ArticleSort, ArticleSummary } from '../../../src-main/common/model/article';
import { useApi } from '../api';
import { useFeedbackStore } from './feedback';

export const PAGE_SIZE = 200;

export const useLibraryStore = defineStore('library', () => {
  const items = shallowRef<ArticleSummary[]>([]);
  const total = ref(0);
  const sort = ref<ArticleSort>('imported-asc');
  const loading = ref(false);
  const loaded = ref(false);
  // Bumped by every reset, so an answer to an older request cannot overwrite a newer list.
  let generation = 0;

  async function fetchPage(offset: number, limit: number, forGeneration: number): Promise<boolean> {
    loading.value = true;
    const result = await useApi().listArticles({ offset, limit, sort: sort.value });
    if (forGeneration !== generation) return false;
    loading.value = false;
    if (!result.ok) {
      // Without a project there is simply nothing to list.
      if (result.error.code !== 'NO_PROJECT_OPEN') useFeedbackStore().reportError(result.error);
      items.value = [];
      total.value = 0;
      return false;
    }
    const page = result.value;
    items.value = offset === 0 ? page.items : [...items.value, ...page.items];
    total.value = page.total;
    loaded.value = true;
    return true;
  }

  /** Reloads what is shown (at least a page), keeping the reader's place in a long list. */
  async function refresh(): Promise<void> {
    generation += 1;
    await fetchPage(0, Math.min(1000, Math.max(PAGE_SIZE, items.value.length)), generation);
  }

  /** Starts over from the top, e.g. for another project or sort order. */
  async function reset(): Promise<void> {
    generation += 1;
    items.value = [];
    total.value = 0;
    loaded.value = false;
    await fetchPage(0, PAGE_SIZE, generation);
  }

  async function loadMore(): Promise<void> {
    if (loading.value || items.value.length >= total.value) return;
    await fetchPage(items.value.length, PAGE_SIZE, generation);
  }

  async function setSort(next: ArticleSort): Promise<void> {
    if (next === sort.value) return;
    sort.value = next;
    await reset();
  }

  function clear(): void {
    generation += 1;
    items.value = [];
    total.value = 0;
    loading.value = false;
    loaded.value = false;
  }

  /** Marks an article as having a note (or not) without refetching the list. */
  function setHasNote(articleId: number, hasNote: boolean): void {
    const index = items.value.findIndex((item) => item.id === articleId);
    const item = items.value[index];
    if (!item || item.hasNote === hasNote) return;
    const next = items.value.slice();
    next[index] = { ...item, hasNote };
    items.value = next;
  }

  return { items, total, sort, loading, loaded, refresh, reset, loadMore, setSort, clear, setHasNote };
});
