// Project memos: Markdown notes on the project as a whole. The memo being edited is saved
// automatically, like the article note: "已保存" only once the engine has acknowledged it (durable).
// A new memo exists only locally until its first save, which creates it and gives it its id.
// Saves name the version they were edited from: a memo saved meanwhile elsewhere is not overwritten
// (`conflict`, see note-conflict.ts). Memos changed elsewhere, or by undo, are shown as stored
// (onExternalChange): a memo that is gone closes, unless it holds unsaved text.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Memo } from '../../../../src-main/common/model/annotation';
import { useApi } from '../../api';
import { useI18n } from '../../i18n';
import { createAutosave } from './autosave';
import { useUndoStore } from '../../app/undo';
import { useFeedbackStore } from '../../app/feedback';
import { conflictOf, resolvedText, type ConflictChoice, type NoteConflict } from './note-conflict';
import type { NoteSaveState } from './notes';

export const MEMO_AUTOSAVE_MS = 600;

export interface MemoDraft {
  /** null until the first save has created the memo. */
  id: number | null;
  title: string;
  body: string;
}

export const useMemosStore = defineStore('memos', () => {
  const list = shallowRef<Memo[]>([]);
  const draft = ref<MemoDraft | null>(null);
  const saveState = ref<NoteSaveState>('idle');
  const savedAt = ref<string | null>(null);
  const editing = computed(() => draft.value !== null);
  /** The stored version the draft was edited from (null: a new memo). */
  const version = ref<string | null>(null);
  const conflict = shallowRef<NoteConflict | null>(null);

  async function load(): Promise<void> {
    const result = await useApi().listMemos({});
    if (result.ok) list.value = result.value;
    else if (result.error.code !== 'NO_PROJECT_OPEN') useFeedbackStore().reportError(result.error);
  }

  async function open(memo: Memo | null): Promise<void> {
    await flush();
    draft.value = memo
      ? { id: memo.id, title: memo.title, body: memo.body }
      : { id: null, title: '', body: '' };
    saveState.value = 'idle';
    savedAt.value = memo?.updatedAt ?? null;
    version.value = memo?.updatedAt ?? null;
    conflict.value = null;
  }

  async function close(): Promise<void> {
    await flush();
    draft.value = null;
    saveState.value = 'idle';
  }

  function edit(change: Partial<Pick<MemoDraft, 'title' | 'body'>>): void {
    if (!draft.value) return;
    draft.value = { ...draft.value, ...change };
    saveState.value = 'pending';
    autosave.changed();
  }

  async function saveOnce(): Promise<boolean> {
    const current = draft.value;
    if (!current) return true;
    saveState.value = 'saving';
    const args = { title: current.title, body: current.body };
    const result = await useApi().saveMemo(
      current.id === null ? args : { id: current.id, ...args, baseUpdatedAt: version.value },
    );
    if (!result.ok) {
      saveState.value = 'error';
      const found = conflictOf(result.error);
      if (found && draft.value?.id === current.id) conflict.value = found;
      else useFeedbackStore().reportError(result.error);
      return false;
    }
    const memo = result.value;
    if (draft.value?.id === current.id || (current.id === null && draft.value?.id === null)) {
      version.value = memo.updatedAt;
    }
    // Edits made during the save keep their text; a new memo takes its id from the engine.
    if (current.id === null && draft.value?.id === null) draft.value = { ...draft.value, id: memo.id };
    const others = list.value.filter((item) => item.id !== memo.id);
    list.value = [memo, ...others];
    if (!autosave.dirty) {
      saveState.value = 'saved';
      savedAt.value = memo.updatedAt;
    }
    return true;
  }

  const autosave = createAutosave(saveOnce, MEMO_AUTOSAVE_MS);
  const flush = (): Promise<void> => autosave.flush();

  async function remove(id: number): Promise<boolean> {
    const result = await useApi().deleteMemo({ id });
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return false;
    }
    list.value = list.value.filter((memo) => memo.id !== id);
    if (draft.value?.id === id) {
      autosave.discard();
      draft.value = null;
      saveState.value = 'idle';
    }
    return true;
  }

  function clear(): void {
    autosave.discard();
    list.value = [];
    draft.value = null;
    saveState.value = 'idle';
    conflict.value = null;
  }

  /** The user's answer to a conflict: their text saved over the other version, that one, or both. */
  async function resolveConflict(choice: ConflictChoice): Promise<void> {
    const current = conflict.value;
    if (!current || !draft.value) return;
    conflict.value = null;
    version.value = current.theirs?.updatedAt ?? null;
    const next = resolvedText(current, choice, useI18n().t('sharing.conflict.mergeMarker'));
    if (choice === 'theirs' && current.theirs) {
      autosave.discard();
      draft.value = { ...draft.value, ...next };
      savedAt.value = version.value;
      saveState.value = 'saved';
      return;
    }
    // Theirs deleted: keeping or merging re-creates the memo from this text.
    if (!current.theirs) draft.value = { ...draft.value, id: null };
    edit(next);
    await flush();
  }

  /** Memos changed elsewhere or by undo: reload them, and show the open one as it is stored. */
  async function onExternalChange(): Promise<void> {
    await load();
    const open = draft.value;
    if (!open || open.id === null || conflict.value) return;
    const stored = list.value.find((memo) => memo.id === open.id);
    if (autosave.dirty || autosave.saving) {
      // Unsaved text of a memo that is gone is kept: its next save creates the memo again.
      if (!stored && !autosave.saving) draft.value = { ...open, id: null };
      return;
    }
    if (!stored) {
      draft.value = null;
      saveState.value = 'idle';
      useFeedbackStore().notify('info', 'sharing.memoRemoved');
      return;
    }
    if (stored.updatedAt === version.value) return;
    draft.value = { id: stored.id, title: stored.title, body: stored.body };
    version.value = stored.updatedAt;
    savedAt.value = stored.updatedAt;
    saveState.value = 'idle';
  }

  useUndoStore().onApplied(() => onExternalChange());

  return {
    list,
    draft,
    saveState,
    savedAt,
    editing,
    version,
    conflict,
    load,
    open,
    close,
    edit,
    flush,
    remove,
    clear,
    resolveConflict,
    onExternalChange,
  };
});
