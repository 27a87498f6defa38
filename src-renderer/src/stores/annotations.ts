// Highlights of the articles that are open (one reader pane or two), loaded per article and
// reloaded when the engine says they changed.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Highlight } from '../../../src-main/common/model/annotation';
import { useApi } from '../api';
import { useFeedbackStore } from './feedback';

export const useAnnotationsStore = defineStore('annotations', () => {
  const byArticle = shallowRef<ReadonlyMap<number, Highlight[]>>(new Map());

  async function load(articleId: number): Promise<void> {
    const result = await useApi().listHighlights({ articleId });
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return;
    }
    const next = new Map(byArticle.value);
    next.set(articleId, result.value);
    byArticle.value = next;
  }

  /** Reloads the loaded articles among `articleIds` (all loaded ones for null). */
  async function onChanged(articleIds: number[] | null): Promise<void> {
    const loaded = [...byArticle.value.keys()];
    const stale = articleIds === null ? loaded : loaded.filter((id) => articleIds.includes(id));
    await Promise.all(stale.map(load));
  }

  function clear(): void {
    byArticle.value = new Map();
  }

  return { byArticle, load, onChanged, clear };
});
