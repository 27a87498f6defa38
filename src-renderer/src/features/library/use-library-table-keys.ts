// Keys of the library table while it has the focus: arrows (with Shift: extend the selection),
// Home/End, Page Up/Down, Enter (go to the article), Ctrl/Cmd+A (select all), Delete (asks first).
import { useLibrarySelectionStore } from './library-selection';

export interface LibraryTableKeyActions {
  /** Rows per page, for Page Up/Down. */
  pageRows: () => number;
  show: (id: number) => void;
  enter: () => void;
  remove: () => void;
}

export function useLibraryTableKeys(actions: LibraryTableKeyActions): (event: KeyboardEvent) => void {
  const selection = useLibrarySelectionStore();

  const moveBy = (delta: number, extend: boolean): void => {
    const id = selection.move(delta, extend);
    if (id !== null) actions.show(id);
  };

  return (event: KeyboardEvent): void => {
    if (event.isComposing || event.altKey) return;
    const primary = event.ctrlKey || event.metaKey;
    if (primary && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      void selection.selectAll();
      return;
    }
    if (primary) return;
    const handled = ((): boolean => {
      switch (event.key) {
        case 'ArrowDown':
          moveBy(1, event.shiftKey);
          return true;
        case 'ArrowUp':
          moveBy(-1, event.shiftKey);
          return true;
        case 'PageDown':
          moveBy(actions.pageRows(), event.shiftKey);
          return true;
        case 'PageUp':
          moveBy(-actions.pageRows(), event.shiftKey);
          return true;
        case 'Home':
          moveBy(-Number.MAX_SAFE_INTEGER, event.shiftKey);
          return true;
        case 'End':
          moveBy(Number.MAX_SAFE_INTEGER, event.shiftKey);
          return true;
        case 'Enter':
          actions.enter();
          return true;
        case 'Delete':
        case 'Backspace':
          actions.remove();
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      event.preventDefault();
      // j/k and the other app keys must not act on the same press.
      event.stopPropagation();
    }
  };
}

/**
 * Enter: moves the keyboard focus to the article, onto the element that scrolls it, so arrows and
 * Page Up/Down then scroll the text. The reader renders no focusable element of its own for it.
 */
export function focusReader(): void {
  let element = document.querySelector<HTMLElement>('[data-testid="article-text"]');
  while (element && element !== document.body) {
    const overflow = getComputedStyle(element).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') break;
    element = element.parentElement;
  }
  if (!element || element === document.body) return;
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus({ preventScroll: true });
}
