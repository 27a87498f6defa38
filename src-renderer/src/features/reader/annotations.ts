// Highlights of the articles that are open (one reader pane or two), loaded per article and
// reloaded when the engine says they changed. Edits go to the engine first; the passage shows its
// new state once the engine has acknowledged the write (durable), by reloading the article's
// highlights, which is fast. Nothing is shown as done that the engine has not kept.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { ApiError } from '../../../../src-main/common/api/errors';
import type { Code, Highlight } from '../../../../src-main/common/model/annotation';
import { useApi } from '../../api';
import { useCodebookStore } from '../codebook/codebook';
import { useFeedbackStore } from '../../app/feedback';
import { useUndoStore } from '../../app/undo';

export interface NewHighlight {
  articleId: number;
  start: number;
  end: number;
  codeIds?: number[];
  note?: string;
}

const EMPTY: readonly Highlight[] = [];

export const useAnnotationsStore = defineStore('annotations', () => {
  const byArticle = shallowRef<ReadonlyMap<number, Highlight[]>>(new Map());
  /** Bumped by every reload, so views can tell the highlights on screen are current. */
  const version = shallowRef(0);

  function highlightsOf(articleId: number | null | undefined): readonly Highlight[] {
    return articleId == null ? EMPTY : (byArticle.value.get(articleId) ?? EMPTY);
  }

  function find(id: number): Highlight | null {
    for (const list of byArticle.value.values()) {
      const found = list.find((highlight) => highlight.id === id);
      if (found) return found;
    }
    return null;
  }

  async function load(articleId: number): Promise<void> {
    const result = await useApi().listHighlights({ articleId });
    if (!result.ok) {
      if (result.error.code !== 'NO_PROJECT_OPEN') useFeedbackStore().reportError(result.error);
      return;
    }
    const next = new Map(byArticle.value);
    next.set(articleId, result.value);
    byArticle.value = next;
    version.value += 1;
  }

  /** Reloads the loaded articles among `articleIds` (all loaded ones for null). */
  async function onChanged(articleIds: number[] | null): Promise<void> {
    const loaded = [...byArticle.value.keys()];
    const stale = articleIds === null ? loaded : loaded.filter((id) => articleIds.includes(id));
    await Promise.all(stale.map(load));
  }
  // An undo or redo may change any loaded article's highlights.
  useUndoStore().onApplied(() => onChanged(null));

  /** Keeps only the articles still on screen, so closed ones are not reloaded for nothing. */
  function retain(articleIds: readonly number[]): void {
    const next = new Map([...byArticle.value].filter(([id]) => articleIds.includes(id)));
    if (next.size !== byArticle.value.size) byArticle.value = next;
  }

  function clear(): void {
    byArticle.value = new Map();
  }

  /** After an acknowledged edit: show the article's highlights and the undo state as they now are. */
  async function settled(articleId: number, codebookChanged: boolean): Promise<void> {
    await Promise.all([
      load(articleId),
      useUndoStore().refresh(),
      codebookChanged ? useCodebookStore().load() : Promise.resolve(),
    ]);
  }

  function failed(error: ApiError): null {
    useFeedbackStore().reportError(error);
    return null;
  }

  async function create(passage: NewHighlight): Promise<Highlight | null> {
    const result = await useApi().createHighlight({
      articleId: passage.articleId,
      start: passage.start,
      end: passage.end,
      codeIds: passage.codeIds ?? [],
      note: passage.note ?? '',
    });
    if (!result.ok) return failed(result.error);
    await settled(passage.articleId, (passage.codeIds ?? []).length > 0);
    return result.value;
  }

  async function update(
    highlight: Highlight,
    changes: { codeIds?: number[]; note?: string; color?: string | null },
  ): Promise<Highlight | null> {
    const result = await useApi().updateHighlight({ id: highlight.id, ...changes });
    if (!result.ok) return failed(result.error);
    await settled(highlight.articleId, changes.codeIds !== undefined);
    return result.value;
  }

  async function remove(highlight: Highlight): Promise<boolean> {
    const result = await useApi().deleteHighlight({ id: highlight.id });
    if (!result.ok) return failed(result.error) ?? false;
    await settled(highlight.articleId, highlight.codeIds.length > 0);
    return true;
  }

  /** Creates a code with the name typed, then codes the passage with it. */
  async function createCodeAndApply(name: string, passage: NewHighlight): Promise<Code | null> {
    const result = await useApi().createCode({ name, parentId: null });
    if (!result.ok) return failed(result.error);
    await create({ ...passage, codeIds: [result.value.id] });
    return result.value;
  }

  return {
    byArticle,
    version,
    highlightsOf,
    find,
    load,
    onChanged,
    retain,
    clear,
    create,
    update,
    remove,
    createCodeAndApply,
  };
});
