// Find in the open article (Ctrl+F): the text to find, every match in the article's clean text and
// which one is current. Matching folds both sides (traditional = simplified, full-width =
// half-width, upper = lower case), so the matches are offsets into the text exactly as shown.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { foldForSearch } from '../../../../src-main/common/search/fold';
import { findTermRanges, type MarkRange } from '../../ui/text-marks';
import { useReaderStore } from './reader';

export const useFindStore = defineStore('find', () => {
  const open = ref(false);
  const text = ref('');
  const current = ref(0);
  /** Bumped whenever the focus should go (back) to the find field. */
  const focusRequest = ref(0);

  const reader = useReaderStore();
  const foldedArticle = computed(() => {
    const article = reader.article;
    return article ? foldForSearch(article.cleanText) : '';
  });
  const matches = computed<MarkRange[]>(() => {
    const article = reader.article;
    if (!open.value || !article || text.value === '') return [];
    return findTermRanges(article.cleanText, [text.value], foldedArticle.value);
  });

  function show(): void {
    open.value = true;
    focusRequest.value += 1;
  }

  function close(): void {
    open.value = false;
  }

  function setText(next: string): void {
    text.value = next;
    current.value = 0;
  }

  /** Steps to the next (1) or previous (-1) match, wrapping round at either end. */
  function step(delta: 1 | -1): void {
    const count = matches.value.length;
    if (count === 0) return;
    current.value = (current.value + delta + count) % count;
  }

  /** Another article: start again at its first match. */
  function onArticleChanged(): void {
    current.value = 0;
  }

  return { open, text, current, focusRequest, matches, show, close, setText, step, onArticleChanged };
});
