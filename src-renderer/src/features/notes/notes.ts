// The note on the open article, saved automatically (autosave.ts). "Saved" is shown only after the
// engine acknowledges the save, which it does only once the edit is durable. Every save names the
// version it was edited from; a note saved meanwhile in another window or tab is never overwritten
// silently: the save is refused and `conflict` holds both texts until the user chooses. A note
// changed elsewhere while this one has no unsaved edit is shown as stored (onExternalChange).
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { useApi } from '../../api';
import { useI18n } from '../../i18n';
import { createAutosave } from './autosave';
import { useUndoStore } from '../../app/undo';
import { useFeedbackStore } from '../../app/feedback';
import { useLibraryStore } from '../library/library';
import { conflictOf, resolvedText, type ConflictChoice, type NoteConflict } from './note-conflict';

export const AUTOSAVE_DELAY_MS = 600;

/** idle: nothing to report; pending/saving: shown as 保存中…; saved: acknowledged; error: retry. */
export type NoteSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export const useNotesStore = defineStore('notes', () => {
  const articleId = ref<number | null>(null);
  const body = ref('');
  const loading = ref(false);
  const saveState = ref<NoteSaveState>('idle');
  const savedAt = ref<string | null>(null);
  /** The stored version the text was edited from (null: no note was stored). */
  const version = ref<string | null>(null);
  const conflict = shallowRef<NoteConflict | null>(null);

  let loadGeneration = 0;

  async function load(id: number | null): Promise<void> {
    await flush();
    const generation = ++loadGeneration;
    articleId.value = id;
    body.value = '';
    saveState.value = 'idle';
    savedAt.value = null;
    version.value = null;
    conflict.value = null;
    if (id === null) return;
    loading.value = true;
    const result = await useApi().getArticleNote({ articleId: id });
    if (generation !== loadGeneration) return;
    loading.value = false;
    if (result.ok) {
      body.value = result.value?.body ?? '';
      savedAt.value = result.value?.updatedAt ?? null;
      version.value = result.value?.updatedAt ?? null;
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
    const result = await useApi().saveArticleNote({ articleId: id, body: text, baseUpdatedAt: version.value });
    if (!result.ok) {
      if (articleId.value === id) saveState.value = 'error';
      const found = conflictOf(result.error);
      if (found && articleId.value === id) conflict.value = found;
      else useFeedbackStore().reportError(result.error);
      return false;
    }
    useLibraryStore().setHasNote(id, text.trim() !== '');
    if (articleId.value === id) version.value = result.value?.updatedAt ?? null;
    if (articleId.value === id && !autosave.dirty) {
      saveState.value = 'saved';
      savedAt.value = result.value?.updatedAt ?? new Date().toISOString();
    }
    return true;
  }

  const autosave = createAutosave(saveOnce, AUTOSAVE_DELAY_MS);
  const flush = (): Promise<void> => autosave.flush();

  /** The user's answer to a conflict: their text saved over the other version, that one, or both. */
  async function resolveConflict(choice: ConflictChoice): Promise<void> {
    const current = conflict.value;
    if (!current) return;
    conflict.value = null;
    version.value = current.theirs?.updatedAt ?? null;
    const next = resolvedText(current, choice, useI18n().t('sharing.conflict.mergeMarker'));
    if (choice === 'theirs') {
      autosave.discard();
      body.value = next.body;
      savedAt.value = version.value;
      saveState.value = 'saved';
      return;
    }
    edit(next.body);
    await flush();
  }

  /** Another window, tab or undo changed notes: show the stored one unless this one has unsaved text. */
  async function onExternalChange(articleIds: readonly number[] | null): Promise<void> {
    const id = articleId.value;
    if (id === null || (articleIds !== null && !articleIds.includes(id))) return;
    if (autosave.dirty || autosave.saving || loading.value || conflict.value) return;
    const generation = loadGeneration;
    const result = await useApi().getArticleNote({ articleId: id });
    const stillQuiet = !autosave.dirty && !autosave.saving && conflict.value === null;
    if (!result.ok || generation !== loadGeneration || articleId.value !== id || !stillQuiet) return;
    const stored = result.value;
    if ((stored?.updatedAt ?? null) === version.value) return;
    body.value = stored?.body ?? '';
    version.value = stored?.updatedAt ?? null;
    savedAt.value = stored?.updatedAt ?? null;
    saveState.value = 'idle';
  }

  useUndoStore().onApplied(() => onExternalChange(null));

  return {
    articleId,
    body,
    loading,
    saveState,
    savedAt,
    version,
    conflict,
    load,
    edit,
    flush,
    resolveConflict,
    onExternalChange,
  };
});
