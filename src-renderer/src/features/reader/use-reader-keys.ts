// The reader's keys beyond find: Ctrl/Cmd+Z undoes the last annotation action, Ctrl/Cmd+Shift+Z
// and Ctrl+Y redo it (while the focus is not in a text field, where they edit the text), and
// Escape closes the second pane of side-by-side reading. The Edit menu sends the same commands.
import { onBeforeUnmount, onMounted } from 'vue';
import { useReaderStore } from './reader';
import { useUndoStore } from '../../app/undo';
import { isTextInput } from '../../ui/keyboard';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function popupIsOpen(): boolean {
  return document.querySelector('.n-modal-container .n-modal, .n-modal-container .n-dialog, .v-binder-follower-content .n-popover') !== null;
}

export function useReaderKeys(): void {
  const undo = useUndoStore();
  const reader = useReaderStore();

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || isTextInput(event.target)) return;
    const key = event.key.toLowerCase();
    const primary = IS_MAC ? event.metaKey : event.ctrlKey;
    if (primary && !event.altKey) {
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        void undo.redo();
      }
      return;
    }
    if (event.key === 'Escape' && reader.comparing && !popupIsOpen()) {
      event.preventDefault();
      void reader.closeSecondary();
    }
  };
  onMounted(() => window.addEventListener('keydown', onKeyDown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeyDown));
}
