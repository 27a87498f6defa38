// Correcting article metadata by hand: the reader's edit dialog and the library's bulk source/date
// dialog call the engine here. Each save is one undo step in the engine; the open article is shown
// as saved at once, and again after an undo or redo of such a step (reloadOpenArticles).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ApiArgs } from '../../../../src-main/common/api/contract';
import type { EditableField } from '../../../../src-main/common/model/article';
import type { UndoLabel } from '../../../../src-main/common/model/annotation';
import { useApi } from '../../api';
import { useFeedbackStore } from '../../app/feedback';
import { useUndoStore } from '../../app/undo';
import { useLibraryStore } from '../library/library';
import { useReaderStore } from '../reader/reader';
import { useSearchStore } from '../search/search';

export type ArticleChanges = Omit<ApiArgs<'editArticle'>, 'id' | 'restore'>;
export type BulkChanges = Omit<ApiArgs<'editArticles'>, 'ids'>;

/** Undo steps whose undoing changes article metadata: the reader shows the article again. */
export const ARTICLE_EDIT_LABELS: ReadonlySet<UndoLabel> = new Set(['edit-article', 'edit-articles']);

export const useArticleEditsStore = defineStore('articleEdits', () => {
  const saving = ref(false);

  const lists = () => {
    void useLibraryStore().refresh();
    void useSearchStore().refresh();
  };

  /** Saves the changes (and restores fields to what the import found); true when done (the dialog says so). */
  async function save(id: number, changes: ArticleChanges, restore: EditableField[] = []): Promise<boolean> {
    saving.value = true;
    const result = await useApi().editArticle({ id, ...changes, restore });
    saving.value = false;
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return false;
    }
    useReaderStore().replaceArticle(result.value);
    lists();
    return true;
  }

  async function saveBulk(ids: number[], changes: BulkChanges): Promise<boolean> {
    saving.value = true;
    const result = await useApi().editArticles({ ids, ...changes });
    saving.value = false;
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return false;
    }
    useFeedbackStore().notify('success', 'edit.bulk.done', { count: result.value.changed });
    lists();
    await reloadOpenArticles();
    return true;
  }

  /** Reads the open articles again, e.g. after an undo of an edit. */
  async function reloadOpenArticles(): Promise<void> {
    const reader = useReaderStore();
    const ids = new Set(reader.panes.flatMap((pane) => (pane?.article ? [pane.article.id] : [])));
    for (const id of ids) {
      const result = await useApi().getArticle({ id, original: false });
      if (result.ok) reader.replaceArticle(result.value);
    }
    lists();
  }

  useUndoStore().onApplied(async (label) => {
    if (label && ARTICLE_EDIT_LABELS.has(label)) await reloadOpenArticles();
  });

  return {
    saving,
    save,
    saveBulk,
    reloadOpenArticles,
  };
});
