// The note on the open article, saved automatically (autosave.ts). "Saved" is shown only after the
// engine acknowledges the save, which it does only once the edit is durable.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useApi } from '../../api';
import { createAutosave } from './autosave';
import { useFeedbackStore } from '../../app/feedback';
import { useLibraryStore } from '../library/library';

export const AUTOSAVE_DELAY_MS = 600;

/** idle: nothing to report; pending/saving: shown as 保存中…; saved: acknowledged; error: retry. */
export type NoteSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export const useNotesStore = defineStore('notes', () => {
  const articleId = ref<number | null>(null);
  const body = ref('');
  const loading = ref(false);
  const saveState = ref<NoteSaveState>('idle');
  const savedAt = ref<string | null>(null);

  let loadGeneration = 0;

  async function load(id: number | null): Promise<void> {
    await flush();
    const generation = ++loadGeneration;
    articleId.value = id;
    body.value = '';
    saveState.value = 'idle';
    savedAt.value = null;
    if (id === null) return;
    loading.value = true;
    const result = await useApi().getArticleNote({ articleId: id });
    if (generation !== loadGeneration) return;
    loading.value = false;
    if (result.ok) {
      body.value = result.value?.body ?? '';
      savedAt.value = result.value?.updatedAt ?? null;
    } else {
      useFeedbackStore().reportError(result.error);
    }
  }

  function edit(text: string): void {
    if (articleId.value === null || loading.value) return;
    body.value = text;
    saveState.value = 'pending';
    autosave.changed();
  }

  async function saveOnce(): Promise<boolean> {
    const id = articleId.value;
    if (id === null) return true;
    const text = body.value;
    saveState.value = 'saving';
    const result = await useApi().saveArticleNote({ articleId: id, body: text });
    if (!result.ok) {
      if (articleId.value === id) saveState.value = 'error';
      useFeedbackStore().reportError(result.error);
      return false;
    }
    useLibraryStore().setHasNote(id, text.trim() !== '');
    if (articleId.value === id && !autosave.dirty) {
      saveState.value = 'saved';
      savedAt.value = result.value?.updatedAt ?? new Date().toISOString();
    }
    return true;
  }

  const autosave = createAutosave(saveOnce, AUTOSAVE_DELAY_MS);
  const flush = (): Promise<void> => autosave.flush();

  return { articleId, body, loading, saveState, savedAt, load, edit, flush };
});
