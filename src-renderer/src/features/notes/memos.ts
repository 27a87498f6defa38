// Project memos: Markdown notes on the project as a whole. The memo being edited is saved
// automatically, like the article note: "已保存" only once the engine has acknowledged it (durable).
// A new memo exists only locally until its first save, which creates it and gives it its id.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Memo } from '../../../../src-main/common/model/annotation';
import { useApi } from '../../api';
import { createAutosave } from './autosave';
import { useFeedbackStore } from '../../app/feedback';
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
    const result = await useApi().saveMemo(current.id === null ? args : { id: current.id, ...args });
    if (!result.ok) {
      saveState.value = 'error';
      useFeedbackStore().reportError(result.error);
      return false;
    }
    const memo = result.value;
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
  }

  return { list, draft, saveState, savedAt, editing, load, open, close, edit, flush, remove, clear };
});
