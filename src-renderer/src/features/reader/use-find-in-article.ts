// The reader's DOM side of searching: Ctrl/Cmd+F opens the find bar, and the hit that matters is
// scrolled into view — the current find match as the user steps, or, for an article opened from a
// search result, the first hit (or the hit of the snippet that was clicked).
import { nextTick, onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import { useFindStore } from './find';
import { useReaderStore } from './reader';
import { useSearchStore } from '../search/search';
import type { MarkRange } from '../../ui/text-marks';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function scrollToMark(container: HTMLElement | null, index: number): void {
  const mark = container?.querySelector(`mark[data-hit="${index}"]`);
  if (mark instanceof HTMLElement) mark.scrollIntoView({ block: 'center', behavior: 'auto' });
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
      if (open && matches.length > 0) scrollToMark(container.value, current);
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
      if (target) scrollToMark(container.value, target.index);
      search.scrollRequest = null;
    },
    { flush: 'post' },
  );
}
