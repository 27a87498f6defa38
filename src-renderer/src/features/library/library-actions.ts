// Deleting articles from the library. The engine deletes them with their highlights, tags and
// notes as one undoable step; the view asks first and offers "undo" in a toast afterwards
// (lastDeletion).
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { useApi } from '../../api';
import { useFeedbackStore } from '../../app/feedback';
import { useLibraryStore } from './library';
import { useLibrarySelectionStore } from './library-selection';
import { useReaderStore } from '../reader/reader';
import { useUndoStore } from '../../app/undo';

export interface Deletion {
  seq: number;
  count: number;
}

export const useLibraryActionsStore = defineStore('libraryActions', () => {
  /** The last deletion, for the toast that offers to undo it. */
  const lastDeletion = shallowRef<Deletion | null>(null);
  const deleting = ref(false);
  let seq = 0;

  /** Deletes the articles (the view has asked the user first). */
  async function deleteArticles(ids: number[]): Promise<boolean> {
    if (ids.length === 0) return false;
    deleting.value = true;
    const result = await useApi().deleteArticles({ ids });
    deleting.value = false;
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return false;
    }
    useLibrarySelectionStore().forget(ids);
    const reader = useReaderStore();
    if (reader.selectedId !== null && ids.includes(reader.selectedId)) await reader.close();
    lastDeletion.value = { seq: ++seq, count: result.value.deleted };
    await useLibraryStore().refresh();
    return true;
  }

  /** The toast's "撤销": undoes the deletion (the engine's last step) and shows the rows again. */
  async function undoDeletion(): Promise<void> {
    lastDeletion.value = null;
    if (await useUndoStore().undo()) await useLibraryStore().refresh();
  }

  return { lastDeletion, deleting, deleteArticles, undoDeletion };
});
