// The passages coded with the chosen code, across the corpus: what the left pane lists instead of
// the library while a code is chosen. Read a page at a time (a code can hold thousands of
// passages); every request carries a generation number, so a late answer for another code is dropped.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { CodedPassage } from '../../../../src-main/common/model/annotation';
import { useApi } from '../../api';
import { useCodebookStore } from './codebook';
import { useFeedbackStore } from '../../app/feedback';
import { useReaderStore } from '../reader/reader';

export const PASSAGE_PAGE_SIZE = 200;

export const useCodedPassagesStore = defineStore('codedPassages', () => {
  const codeId = ref<number | null>(null);
  const includeDescendants = ref(true);
  const items = shallowRef<CodedPassage[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const ready = ref(false);
  /** The passage last opened in the reader, to mark it in the list. */
  const openedId = ref<number | null>(null);
  let generation = 0;

  const code = computed(() => (codeId.value === null ? null : (useCodebookStore().byId.get(codeId.value) ?? null)));

  async function fetchPage(offset: number, forGeneration: number): Promise<void> {
    if (codeId.value === null) return;
    loading.value = true;
    const result = await useApi().listCodedPassages({
      codeId: codeId.value,
      includeDescendants: includeDescendants.value,
      offset,
      limit: PASSAGE_PAGE_SIZE,
    });
    if (forGeneration !== generation) return;
    loading.value = false;
    if (!result.ok) {
      if (result.error.code === 'CODE_NOT_FOUND') close();
      useFeedbackStore().reportError(result.error);
      return;
    }
    items.value = offset === 0 ? result.value.items : [...items.value, ...result.value.items];
    total.value = result.value.total;
    ready.value = true;
  }

  /** Lists the passages of `id`; choosing the chosen code again keeps the list as it is. */
  async function choose(id: number): Promise<void> {
    if (id === codeId.value && ready.value) return;
    codeId.value = id;
    items.value = [];
    total.value = 0;
    ready.value = false;
    await fetchPage(0, ++generation);
  }

  async function setIncludeDescendants(value: boolean): Promise<void> {
    includeDescendants.value = value;
    await refresh();
  }

  /** Reads the first page again (after edits, auto-coding or undo). */
  async function refresh(): Promise<void> {
    if (codeId.value === null) return;
    await fetchPage(0, ++generation);
  }

  async function loadMore(): Promise<void> {
    if (loading.value || !ready.value || items.value.length >= total.value) return;
    await fetchPage(items.value.length, generation);
  }

  function close(): void {
    generation += 1;
    codeId.value = null;
    items.value = [];
    total.value = 0;
    loading.value = false;
    ready.value = false;
    openedId.value = null;
  }

  /** Opens the passage's article in the reader, scrolled to the passage. */
  async function open(passage: CodedPassage): Promise<void> {
    openedId.value = passage.highlightId;
    await useReaderStore().open(passage.articleId, { reveal: { start: passage.start, end: passage.end } });
  }

  return {
    ...{ codeId, code, includeDescendants, items, total, loading, ready, openedId },
    ...{ choose, setIncludeDescendants, refresh, loadMore, close, open },
  };
});
