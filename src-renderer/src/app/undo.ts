// Undo and redo of annotation actions. The history lives in the engine, one per client (this window
// or tab: Ctrl+Z undoes its own last step, never another's); this store mirrors its state for the
// menu and keys, says what was undone ("已撤销：删除高亮") once the engine has done it, and makes
// every panel show what is now stored. It sits below the stores that show stored data
// (annotations, codebook, tags, memos, notes): each registers its reload with `onApplied` instead
// of being imported here.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { UndoLabel, UndoState } from '../../../src-main/common/model/annotation';
import { useApi } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { useFeedbackStore } from './feedback';

const EMPTY: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** The i18n key naming an undoable action, e.g. "删除高亮". */
export function undoLabelKey(label: UndoLabel): MessageKey {
  return `reader.undoLabel.${label}`;
}

export const useUndoStore = defineStore('undo', () => {
  const state = ref<UndoState>(EMPTY);
  /** Reloads to run once the engine has undone or redone a step (set up by the stores that show it). */
  const afterApplied: Array<(label: UndoLabel | null) => Promise<void>> = [];

  function onApplied(reload: (label: UndoLabel | null) => Promise<void>): void {
    afterApplied.push(reload);
  }

  async function refresh(): Promise<void> {
    const result = await useApi().getUndoState({});
    state.value = result.ok ? result.value : EMPTY;
  }

  async function run(direction: 'undo' | 'redo'): Promise<boolean> {
    const label = direction === 'undo' ? state.value.undoLabel : state.value.redoLabel;
    const result = direction === 'undo' ? await useApi().undo({}) : await useApi().redo({});
    const feedback = useFeedbackStore();
    if (!result.ok) {
      if (result.error.code === 'NOTHING_TO_UNDO') {
        feedback.notify('info', direction === 'undo' ? 'reader.nothingToUndo' : 'reader.nothingToRedo');
      } else feedback.reportError(result.error);
      return false;
    }
    state.value = result.value;
    // Toast params are plain strings: the action is named in the language of the moment.
    const action = label ? useI18n().t(undoLabelKey(label)) : '';
    feedback.notify('info', direction === 'undo' ? 'reader.undone' : 'reader.redone', { action });
    // The engine also announces what changed; reloading here keeps every panel right without the
    // events (a broken stream, a missed one).
    await Promise.all(afterApplied.map((reload) => reload(label)));
    return true;
  }

  return {
    state,
    refresh,
    onApplied,
    undo: () => run('undo'),
    redo: () => run('redo'),
    onChanged: (next: UndoState) => (state.value = next),
  };
});
