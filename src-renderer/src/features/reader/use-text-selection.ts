// Watches the mouse (and Shift+arrow) selections made in one reader pane's article text and keeps
// the last one as clean-text offsets with where it is on screen, for the selection toolbar. The
// passage is kept when the toolbar takes the focus (its filter field), and dropped on Escape, on a
// new click elsewhere (the toolbar's clickoutside) or when the article changes.
import { nextTick, onBeforeUnmount, onMounted, ref, shallowRef, type Ref } from 'vue';
import { readSelection, trimPassage, type TextSelection } from './selection-offsets';

export interface PendingSelection extends TextSelection {
  /** Bottom centre of the selection, in viewport pixels. */
  x: number;
  y: number;
  /** Top of the selection, for placing the toolbar above it when there is no room below. */
  top: number;
}

export function useTextSelection(
  container: Ref<HTMLElement | null>,
  text: () => string | null,
): { pending: Ref<PendingSelection | null>; clear: () => void; capture: () => PendingSelection | null } {
  const pending = shallowRef<PendingSelection | null>(null);
  const pointerDown = ref(false);

  /** The current DOM selection inside this pane, trimmed, or null. */
  function capture(): PendingSelection | null {
    const selection = window.getSelection();
    const passage = readSelection(selection);
    const root = container.value;
    const clean = text();
    if (!passage || !root || clean === null || !selection) return null;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return null;
    const trimmed = trimPassage(clean, passage.start, passage.end);
    if (!trimmed) return null;
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const first = rects[0] ?? last;
    return { ...passage, ...trimmed, x: last.left + last.width / 2, y: last.bottom, top: first.top };
  }

  const onMouseDown = (event: MouseEvent): void => {
    const target = event.target;
    pointerDown.value = target instanceof Node && (container.value?.contains(target) ?? false);
  };
  const onMouseUp = async (): Promise<void> => {
    if (!pointerDown.value) return;
    pointerDown.value = false;
    // The selection settles after mouseup (a double click selects a word after it).
    await nextTick();
    pending.value = capture();
  };
  const onKeyUp = (event: KeyboardEvent): void => {
    if (event.shiftKey && event.key.startsWith('Arrow')) pending.value = capture();
  };

  onMounted(() => {
    window.addEventListener('mousedown', onMouseDown);
    window.addEventListener('mouseup', onMouseUp);
    window.addEventListener('keyup', onKeyUp);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('mousedown', onMouseDown);
    window.removeEventListener('mouseup', onMouseUp);
    window.removeEventListener('keyup', onKeyUp);
  });

  return { pending, clear: () => (pending.value = null), capture };
}
