// Undo and redo of annotation actions. The history lives in the engine (so the CLI's and the UI's
// actions are one history per open project); this store mirrors its state for the menu and keys,
// and says what was undone ("已撤销：删除高亮") once the engine has done it.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { UndoLabel, UndoState } from '../../../src-main/common/model/annotation';
import { useApi } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { useAnnotationsStore } from './annotations';
import { ARTICLE_EDIT_LABELS, useArticleEditsStore } from './article-edits';
import { useFeedbackStore } from './feedback';

const EMPTY: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** The i18n key naming an undoable action, e.g. "删除高亮". */
export function undoLabelKey(label: UndoLabel): MessageKey {
  return `reader.undoLabel.${label}`;
}

export const useUndoStore = defineStore('undo', () => {
  const state = ref<UndoState>(EMPTY);

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
    // The engine also sends annotationsChanged; reloading here keeps the reader right without it.
    await useAnnotationsStore().onChanged(null);
    if (label && ARTICLE_EDIT_LABELS.has(label)) await useArticleEditsStore().reloadOpenArticles();
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
