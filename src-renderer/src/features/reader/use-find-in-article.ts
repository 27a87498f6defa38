// The reader's DOM side of searching: Ctrl/Cmd+F opens the find bar, and the hit that matters is
// scrolled into view — the current find match as the user steps, or, for an article opened from a
// search result, the first hit (or the hit of the snippet that was clicked). In a huge article the
// hit may not be drawn yet (windowed rendering): its chunk is drawn first, then scrolled to.
import { nextTick, onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import { useFindStore } from './find';
import { useReaderStore } from './reader';
import { useSearchStore } from '../search/search';
import { drawOffset } from './use-text-window';
import type { MarkRange } from '../../ui/text-marks';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

async function scrollToMark(container: HTMLElement | null, mark: MarkRange | undefined): Promise<void> {
  if (!container || !mark) return;
  const selector = `mark[data-hit="${mark.index}"]`;
  if (!container.querySelector(selector)) await drawOffset(container, mark.start);
  const element = container.querySelector(selector);
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center', behavior: 'auto' });
}

export function useFindInArticle(
  container: Ref<HTMLElement | null>,
  searchMarks: Ref<readonly MarkRange[]>,
): void {
  const find = useFindStore();
  const reader = useReaderStore();
  const search = useSearchStore();

  const onKeyDown = (event: KeyboardEvent): void => {
    const primary = IS_MAC ? event.metaKey : event.ctrlKey;
    if (!primary || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'f') return;
    if (!reader.article) return;
    // The browser's own find cannot see past the page's virtual lists and knows no 繁/简 folding.
    event.preventDefault();
    find.show();
  };
  onMounted(() => window.addEventListener('keydown', onKeyDown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeyDown));

  watch(
    () => reader.article?.id,
    () => find.onArticleChanged(),
  );

  watch(
    () => [find.open, find.current, find.matches] as const,
    ([open, current, matches]) => {
      if (open && matches.length > 0) void scrollToMark(container.value, matches[current]);
    },
    { flush: 'post' },
  );

  // Opened from a result: once the article is on screen with its marks, go to the hit.
  watch(
    () => [reader.article, search.scrollRequest, searchMarks.value] as const,
    async ([article, request, marks]) => {
      if (!article || !request || request.articleId !== article.id) return;
      await nextTick();
      const target =
        request.offset === null ? marks[0] : (marks.find((mark) => mark.end > request.offset!) ?? marks[0]);
      search.scrollRequest = null;
      await scrollToMark(container.value, target);
    },
    { flush: 'post' },
  );
}
