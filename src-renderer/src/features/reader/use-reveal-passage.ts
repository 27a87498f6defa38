// Scrolls a passage into view and flashes it, for reader.open(id, { reveal }) (a coded passage
// opened in context) and for the highlight a click in the orphan list points at. The flash uses
// the CSS Custom Highlight API, so it draws over the text without touching the DOM Vue renders.
// In a huge article the passage's chunk is drawn first (windowed rendering).
import { nextTick, watch, type Ref } from 'vue';
import { useReaderStore, type PaneIndex } from './reader';
import { domRange } from './selection-offsets';
import { drawOffset } from './use-text-window';

const FLASH_MS = 1800;
let flashTimer: ReturnType<typeof setTimeout> | null = null;

export function flashRange(range: Range): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set('zy-flash', new Highlight(range));
  if (flashTimer) clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete('zy-flash'), FLASH_MS);
}

/** Scrolls [start, end) of the article shown in `root` to the middle of the pane and flashes it. */
export async function revealPassage(root: Element | null, start: number, end: number): Promise<boolean> {
  await drawOffset(root, start);
  const text = root?.querySelector('[data-article-id]');
  const range = text ? domRange(text, start, end) : null;
  if (!range) return false;
  const anchor = range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'center', behavior: 'auto' });
  flashRange(range);
  return true;
}

export function useRevealPassage(pane: PaneIndex, container: Ref<HTMLElement | null>): void {
  const reader = useReaderStore();
  watch(
    () => [reader.pendingReveal, reader.panes[pane]?.article] as const,
    async ([request, article]) => {
      if (!request || !article || request.articleId !== article.id) return;
      if (reader.activePane !== pane) return;
      await nextTick();
      if (await revealPassage(container.value, request.start, request.end)) reader.pendingReveal = null;
    },
    { flush: 'post' },
  );
}
