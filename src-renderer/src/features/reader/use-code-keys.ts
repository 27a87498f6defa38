// Keys 1-9 code the text selected in a reader pane with the codebook's first nine codes, while the
// focus is not in a text field and no dialog is up. Each pane listens for its own selection; the
// handler says whether the key was its to take.
import { onBeforeUnmount, onMounted } from 'vue';
import type { PaneIndex } from './reader';
import { readSelection } from './selection-offsets';
import { isTextInput } from '../../ui/keyboard';

export function useCodeKeys(pane: PaneIndex, apply: (codeIndex: number) => Promise<boolean>): void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!/^[1-9]$/.test(event.key) || isTextInput(event.target)) return;
    if (document.querySelector('.n-modal-container .n-modal, .n-modal-container .n-dialog')) return;
    const selection = readSelection(window.getSelection());
    if (!selection || selection.pane !== pane) return;
    event.preventDefault();
    void apply(Number(event.key) - 1);
  };
  onMounted(() => window.addEventListener('keydown', onKeyDown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeyDown));
}
