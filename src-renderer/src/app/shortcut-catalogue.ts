// Every keyboard shortcut of the app, grouped, for the help dialog ("?"). The keys are handled in
// use-keyboard-shortcuts.ts (app), use-library-table-keys.ts (library table) and the reader's own
// composables (codes, undo/redo, find, compare pane); this list must say what they do.
import type { MessageKey } from '../i18n';

export interface ShortcutEntry {
  /** Alternatives; each a list of keys pressed together. "Mod" is Ctrl, or ⌘ on a Mac. */
  keys: string[][];
  label: MessageKey;
}

export interface ShortcutGroup {
  title: MessageKey;
  entries: ShortcutEntry[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'library.shortcuts.group.app',
    entries: [
      { keys: [['Mod', 'O']], label: 'library.shortcuts.open' },
      { keys: [['Mod', 'N']], label: 'library.shortcuts.new' },
      { keys: [['Mod', 'I']], label: 'library.shortcuts.import' },
      { keys: [['Mod', 'E']], label: 'library.shortcuts.export' },
      { keys: [['/']], label: 'library.shortcuts.search' },
      { keys: [['?']], label: 'library.shortcuts.help' },
    ],
  },
  {
    title: 'library.shortcuts.group.library',
    entries: [
      { keys: [['J'], ['K']], label: 'library.shortcuts.nextPrev' },
      { keys: [['↑'], ['↓']], label: 'library.shortcuts.move' },
      {
        keys: [
          ['Shift', '↑'],
          ['Shift', '↓'],
        ],
        label: 'library.shortcuts.extend',
      },
      {
        keys: [
          ['Mod', '点击'],
          ['Shift', '点击'],
        ],
        label: 'library.shortcuts.click',
      },
      { keys: [['Mod', 'A']], label: 'library.shortcuts.selectAll' },
      { keys: [['Enter']], label: 'library.shortcuts.enter' },
      { keys: [['Delete']], label: 'library.shortcuts.delete' },
    ],
  },
  {
    title: 'library.shortcuts.group.reader',
    entries: [
      { keys: [['1'], ['…'], ['9']], label: 'library.shortcuts.codes' },
      { keys: [['Mod', 'Z']], label: 'library.shortcuts.undo' },
      {
        keys: [
          ['Mod', 'Shift', 'Z'],
          ['Mod', 'Y'],
        ],
        label: 'library.shortcuts.redo',
      },
      { keys: [['Mod', 'F']], label: 'library.shortcuts.find' },
      { keys: [['Esc']], label: 'library.shortcuts.escape' },
    ],
  },
];

/** A key as shown on this platform ("Mod" becomes Ctrl or ⌘; "点击" is Click in English). */
export function keyLabel(key: string, isMac: boolean, english: boolean): string {
  if (key === 'Mod') return isMac ? '⌘' : 'Ctrl';
  if (key === '点击' && english) return 'Click';
  return key;
}
