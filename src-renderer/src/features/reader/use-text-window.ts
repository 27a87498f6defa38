// The DOM side of windowed rendering for huge texts: which chunks (utils/text-windows.ts) to render
// for what the reader's scroller shows, with a screen above and below as a margin; spacers above
// and below stand for the rest, at their estimated heights until a chunk has been drawn and
// measured. Chrome's scroll anchoring keeps the text on screen still when a height above it turns
// out other than estimated. While the mouse button is down in the text (a drag selection) the
// window only grows, so the chunk where the selection started is never taken away under it.
import { computed, nextTick, onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue';
import {
  ChunkHeights,
  chunkAt,
  chunksBetween,
  estimateHeights,
  type ChunkTable,
  type TextMetrics,
} from './text-windows';

export interface TextWindow {
  first: Ref<number>;
  last: Ref<number>;
  padTop: Ref<number>;
  padBottom: Ref<number>;
  /** Renders the chunk holding `offset` and scrolls near it (the caller then scrolls it exactly). */
  showOffset: (offset: number) => Promise<void>;
  /** Measures the drawn chunks; call after every render. */
  measure: () => void;
}

/** Before the text is in the page: a 38em column of 17 px type. */
const FALLBACK_VIEW = 800;

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

export function useTextWindow(
  root: Ref<HTMLElement | null>,
  table: Ref<ChunkTable>,
  enabled: Ref<boolean>,
  metricsOf: (element: HTMLElement | null) => TextMetrics,
): TextWindow {
  const range = shallowRef({ first: 0, last: 0 });
  const revision = ref(0);
  let heights: ChunkHeights | null = null;
  let layoutKey = '';
  let scroller: HTMLElement | null = null;
  let pinned = false;

  const first = computed(() => range.value.first);
  const last = computed(() => (enabled.value ? range.value.last : table.value.starts.length));
  const padTop = computed(() => (revision.value >= 0 && heights && enabled.value ? heights.top(range.value.first) : 0));
  const padBottom = computed(() =>
    revision.value >= 0 && heights && enabled.value ? heights.total - heights.top(range.value.last) : 0,
  );

  function keyOf(element: HTMLElement | null): string {
    return element ? `${element.clientWidth}|${getComputedStyle(element).fontSize}` : '';
  }

  /** The text's pixels the scroller shows, relative to the top of the text. */
  function viewport(): { top: number; bottom: number } {
    const element = root.value;
    scroller ??= element ? scrollParent(element) : null;
    if (!element || !scroller) return { top: 0, bottom: FALLBACK_VIEW };
    const top = scroller.getBoundingClientRect().top - element.getBoundingClientRect().top;
    return { top, bottom: top + scroller.clientHeight };
  }

  function setRange(first: number, last: number): void {
    if (first !== range.value.first || last !== range.value.last) range.value = { first, last };
  }

  /** Re-windows when the rendered chunks no longer cover the view and half a screen round it. */
  function update(force = false): void {
    if (!heights || !enabled.value) return;
    const view = viewport();
    const margin = Math.max(400, view.bottom - view.top);
    const need = chunksBetween(heights, view.top - margin / 2, view.bottom + margin / 2);
    const current = range.value;
    if (!force && current.last > current.first && need.first >= current.first && need.last <= current.last) return;
    const want = chunksBetween(heights, view.top - margin, view.bottom + margin);
    if (pinned && current.last > current.first) {
      setRange(Math.min(current.first, want.first), Math.max(current.last, want.last));
    } else setRange(want.first, want.last);
  }

  function reset(): void {
    if (!enabled.value) {
      heights = null;
      return;
    }
    layoutKey = keyOf(root.value);
    heights = new ChunkHeights(estimateHeights(table.value, metricsOf(root.value)));
    const { first, last } = chunksBetween(heights, 0, FALLBACK_VIEW * 2);
    range.value = { first, last };
    revision.value += 1;
    update(true);
  }

  function measure(): void {
    const element = root.value;
    if (!heights || !element || !enabled.value) return;
    if (keyOf(element) !== layoutKey) {
      reset();
      return;
    }
    let changed = false;
    for (const node of element.querySelectorAll<HTMLElement>(':scope > [data-chunk]')) {
      const next = node.nextElementSibling as HTMLElement | null;
      if (!next) continue;
      const index = Number(node.dataset.chunk);
      const height = next.offsetTop - node.offsetTop;
      if (Math.abs(heights.height(index) - height) > 0.5) changed = heights.set(index, height) !== 0 || changed;
      else heights.measured[index] = 1;
    }
    if (changed) revision.value += 1;
    update();
  }

  async function showOffset(offset: number): Promise<void> {
    if (!heights || !enabled.value) return;
    const index = chunkAt(table.value, offset);
    if (index < 0 || (index >= range.value.first && index < range.value.last)) return;
    const view = viewport();
    if (scroller) scroller.scrollTop += heights.top(index) - view.top - (view.bottom - view.top) / 3;
    update(true);
    await nextTick();
    await nextTick();
  }

  const onScroll = (): void => update();
  const onPointerDown = (): void => {
    pinned = true;
  };
  // Unpinned a moment after the button is up: the selection is read after mouseup
  // (use-text-selection), and the chunks it is in must still be in the page then.
  const onPointerUp = (): void => {
    if (pinned) setTimeout(() => (pinned = false), 250);
  };
  const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measure());

  function attach(): void {
    const element = root.value;
    if (!element) return;
    scroller = scrollParent(element);
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('mousedown', onPointerDown);
    window.addEventListener('mouseup', onPointerUp);
    resizes?.observe(element);
    if (scroller) resizes?.observe(scroller);
  }
  function detach(): void {
    scroller?.removeEventListener('scroll', onScroll);
    root.value?.removeEventListener('mousedown', onPointerDown);
    window.removeEventListener('mouseup', onPointerUp);
    resizes?.disconnect();
  }

  onMounted(() => {
    attach();
    reset();
  });
  onBeforeUnmount(detach);
  watch([table, enabled], () => reset());

  return { first, last, padTop, padBottom, showOffset, measure };
}

// Find and reveal reach the windowed text of a pane through its element: the article text
// registers itself, and they ask it to draw an offset before they scroll to the exact spot.
const views = new WeakMap<Element, (offset: number) => Promise<void>>();

export function registerTextView(element: Element, showOffset: (offset: number) => Promise<void>): void {
  views.set(element, showOffset);
}

/** Makes sure the article text inside `container` has the chunk holding `offset` drawn. */
export async function drawOffset(container: Element | null, offset: number): Promise<void> {
  const text = container?.querySelector('[data-article-id]');
  const show = text ? views.get(text) : undefined;
  if (show) await show(offset);
}
