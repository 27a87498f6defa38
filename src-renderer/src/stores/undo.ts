// Undo and redo of annotation actions. The history lives in the engine (so the CLI's and the UI's
// actions are one history per open project); this store mirrors its state for the menu and keys.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { UndoState } from '../../../src-main/common/model/annotation';
import { useApi } from '../api';
import { useFeedbackStore } from './feedback';

const EMPTY: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const useUndoStore = defineStore('undo', () => {
  const state = ref<UndoState>(EMPTY);

  async function refresh(): Promise<void> {
    const result = await useApi().getUndoState({});
    state.value = result.ok ? result.value : EMPTY;
  }

  async function run(direction: 'undo' | 'redo'): Promise<boolean> {
    const result = direction === 'undo' ? await useApi().undo({}) : await useApi().redo({});
    if (!result.ok) {
      if (result.error.code !== 'NOTHING_TO_UNDO') useFeedbackStore().reportError(result.error);
      return false;
    }
    state.value = result.value;
    return true;
  }

  return {
    state,
    refresh,
    undo: () => run('undo'),
    redo: () => run('redo'),
    onChanged: (next: UndoState) => (state.value = next),
  };
});
