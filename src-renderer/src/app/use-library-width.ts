// The library pane's width, set by dragging its splitter and kept for the session (sessionStorage):
// the pane is narrow at 1280 px, and a researcher who widens it to see more columns wants it to stay.
import { onBeforeUnmount, ref } from 'vue';

const STORAGE_KEY = 'zhiyan.libraryWidth';
export const MIN_LIBRARY_WIDTH = 260;
/** What the reader and the notes column keep when the library is dragged wide. */
const RESERVED_FOR_OTHERS = 240 + 420;

function stored(): number | null {
  if (typeof sessionStorage === 'undefined') return null;
  const value = Number(sessionStorage.getItem(STORAGE_KEY));
  return Number.isFinite(value) && value >= MIN_LIBRARY_WIDTH ? value : null;
}

/** null: the layout's default width. */
export const libraryWidth = ref<number | null>(stored());

export function clampLibraryWidth(width: number, windowWidth: number): number {
  return Math.round(Math.max(MIN_LIBRARY_WIDTH, Math.min(width, windowWidth - RESERVED_FOR_OTHERS)));
}

/** Pointer handling for the splitter element; the left edge is the pane's own left edge. */
export function useLibrarySplitter(pane: () => HTMLElement | null): {
  start: (event: PointerEvent) => void;
  reset: () => void;
  nudge: (delta: number) => void;
} {
  let stop: (() => void) | null = null;

  function set(width: number): void {
    libraryWidth.value = clampLibraryWidth(width, window.innerWidth);
    sessionStorage.setItem(STORAGE_KEY, String(libraryWidth.value));
  }

  function start(event: PointerEvent): void {
    const element = pane();
    if (!element || event.button !== 0) return;
    event.preventDefault();
    const left = element.getBoundingClientRect().left;
    const onMove = (move: PointerEvent): void => set(move.clientX - left);
    const onUp = (): void => stop?.();
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    document.body.classList.add('zy-resizing');
    stop = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      document.body.classList.remove('zy-resizing');
      stop = null;
    };
  }

  function reset(): void {
    libraryWidth.value = null;
    sessionStorage.removeItem(STORAGE_KEY);
  }

  function nudge(delta: number): void {
    const element = pane();
    if (element) set(element.getBoundingClientRect().width + delta);
  }

  onBeforeUnmount(() => stop?.());
  return { start, reset, nudge };
}
