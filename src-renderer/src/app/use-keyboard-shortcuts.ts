// App-wide keys: Ctrl/Cmd+O open, Ctrl/Cmd+N new, Ctrl/Cmd+I import, Ctrl/Cmd+E export, and, while the focus is not
// in a text field, "/" to go to the search box, "?" for the shortcut help, and j/k to step through
// the library (or through the search results while a search is shown). Ctrl/Cmd+F is the reader's
// (find bar); the library table's own keys are in use-library-table-keys.ts. Every shortcut is
// listed for the help in shortcut-catalogue.ts. In Electron the app menu may claim the same
// accelerators; the commands ignore a second request while their dialog is open.
import { onBeforeUnmount, onMounted } from 'vue';
import { runCommand, type Command } from './run-command';
import { useReaderStore } from '../features/reader/reader';
import { useSearchStore } from '../features/search/search';
import { useShortcutHelpStore } from './shortcut-help';
import { IS_MAC, isTextInput, SEARCH_INPUT_ID } from '../ui/keyboard';

const COMMAND_KEYS: Record<string, Command> = {
  o: { kind: 'open-project' },
  n: { kind: 'new-project' },
  i: { kind: 'import-folder' },
  e: { kind: 'export-report' },
};

/** True while a modal dialog is up: list navigation behind it would be surprising. */
function modalIsOpen(): boolean {
  return document.querySelector('.n-modal-container .n-modal, .n-modal-container .n-dialog') !== null;
}

export function useKeyboardShortcuts(): void {
  const reader = useReaderStore();
  const search = useSearchStore();
  const help = useShortcutHelpStore();

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const key = event.key.toLowerCase();
    const primary = IS_MAC ? event.metaKey : event.ctrlKey;
    if (primary && !event.altKey && !event.shiftKey) {
      const command = COMMAND_KEYS[key];
      if (command) {
        event.preventDefault();
        void runCommand(command);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTextInput(event.target) || modalIsOpen()) return;
    if (event.key === '?') {
      event.preventDefault();
      help.show();
      return;
    }
    if (event.key === '/') {
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (input) {
        event.preventDefault();
        input.focus();
      }
      return;
    }
    if (key === 'j' || key === 'k') {
      event.preventDefault();
      if (search.active) {
        search.moveActive(key === 'j' ? 1 : -1);
        void search.openActive();
      } else {
        void reader.step(key === 'j' ? 1 : -1);
      }
    }
  };

  onMounted(() => window.addEventListener('keydown', onKeyDown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeyDown));
}
