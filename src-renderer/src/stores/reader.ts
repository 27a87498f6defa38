// The article being read. Opening another article first flushes the note on the current one.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Article } from '../../../src-main/common/model/article';
import { useApi } from '../api';
import { useFeedbackStore } from './feedback';
import { useLibraryStore } from './library';
import { useNotesStore } from './notes';

export const useReaderStore = defineStore('reader', () => {
  const selectedId = ref<number | null>(null);
  const article = shallowRef<Article | null>(null);
  const loading = ref(false);
  const showOriginal = ref(false);
  /** A passage to scroll to and flash once the article is shown (from the coded-passages list). */
  const pendingReveal = ref<{ articleId: number; start: number; end: number } | null>(null);
  let generation = 0;

  async function open(id: number, options: { reveal?: { start: number; end: number } } = {}): Promise<void> {
    if (options.reveal) pendingReveal.value = { articleId: id, ...options.reveal };
    if (id === selectedId.value && article.value) return;
    const current = ++generation;
    selectedId.value = id;
    loading.value = true;
    const notes = useNotesStore();
    const [result] = await Promise.all([useApi().getArticle({ id }), notes.load(id)]);
    if (current !== generation) return;
    loading.value = false;
    if (result.ok) {
      article.value = result.value;
      return;
    }
    article.value = null;
    selectedId.value = null;
    useFeedbackStore().reportError(result.error);
    if (result.error.code === 'ARTICLE_NOT_FOUND') void useLibraryStore().refresh();
  }

  async function close(): Promise<void> {
    generation += 1;
    selectedId.value = null;
    article.value = null;
    loading.value = false;
    await useNotesStore().load(null);
  }

  /** Moves through the library list (j/k); loads the next page when stepping past the end. */
  async function step(delta: 1 | -1): Promise<void> {
    const library = useLibraryStore();
    const index = library.items.findIndex((item) => item.id === selectedId.value);
    let target = index === -1 ? (delta === 1 ? 0 : library.items.length - 1) : index + delta;
    if (target >= library.items.length && library.items.length < library.total) {
      await library.loadMore();
    }
    target = Math.max(0, Math.min(target, library.items.length - 1));
    const next = library.items[target];
    if (next) await open(next.id);
  }

  function toggleOriginal(): void {
    showOriginal.value = !showOriginal.value;
  }

  return { selectedId, article, loading, showOriginal, pendingReveal, open, close, step, toggleOriginal };
});
