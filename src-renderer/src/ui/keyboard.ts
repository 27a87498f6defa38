// Keyboard facts every feature needs: whether the focus is in a text field (where letters are
// typing, not shortcuts), how a Ctrl/Cmd shortcut is written on this platform, and the search box
// that "/" focuses. Kept below app/use-keyboard-shortcuts.ts, which runs commands, so that the
// commands and the features can ask these questions without importing the shortcuts back.

/** The id of the search box's <input>, which "/" focuses. */
export const SEARCH_INPUT_ID = 'zy-search-input';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How a Ctrl/Cmd shortcut is written on this platform, e.g. "Ctrl+O" or "⌘O". */
export function shortcutLabel(key: string): string {
  return IS_MAC ? `⌘${key}` : `Ctrl+${key}`;
}

export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
  }
  return false;
}
