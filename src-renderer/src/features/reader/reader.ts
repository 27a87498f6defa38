// The articles being read: one pane, or two side by side. One pane is active (the one last clicked
// or opened); `selectedId` and `article` are the active pane's, so the library's selection, the
// note, find (Ctrl+F) and j/k all follow the pane the user works in, and `open` opens into it.
// Opening another article first flushes the note on the current one.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Article } from '../../../../src-main/common/model/article';
import { useApi } from '../../api';
import { useAnnotationsStore } from './annotations';
import { useFeedbackStore } from '../../app/feedback';
import { useLibraryStore } from '../library/library';
import { useNotesStore } from '../notes/notes';

export type PaneIndex = 0 | 1;

export interface PaneState {
  id: number | null;
  article: Article | null;
  loading: boolean;
}

export interface RevealRequest {
  articleId: number;
  start: number;
  end: number;
}

const EMPTY_PANE: PaneState = { id: null, article: null, loading: false };

export const useReaderStore = defineStore('reader', () => {
  /** [primary, secondary]; the secondary is null while one article is read alone. */
  const panes = shallowRef<[PaneState, PaneState | null]>([EMPTY_PANE, null]);
  const activePane = ref<PaneIndex>(0);
  const showOriginal = ref(false);
  /** Side by side: mark what the right text added to and removed from the left one. */
  const showDiff = ref(false);
  /** A passage to scroll to and flash once the article is shown (from the coded-passages list). */
  const pendingReveal = ref<RevealRequest | null>(null);
  const generations = [0, 0];
  /** Original texts fetched for "对照原文", of the articles in the panes only. */
  const originals = shallowRef(new Map<number, string>());

  const active = computed(() => panes.value[activePane.value] ?? panes.value[0]);
  const selectedId = computed(() => active.value.id);
  const article = computed(() => active.value.article);
  const loading = computed(() => active.value.loading);
  const comparing = computed(() => panes.value[1] !== null);

  function setPane(index: PaneIndex, pane: PaneState | null): void {
    const next: [PaneState, PaneState | null] = [...panes.value];
    if (index === 0) next[0] = pane ?? EMPTY_PANE;
    else next[1] = pane;
    panes.value = next;
    useAnnotationsStore().retain(next.flatMap((p) => (p?.id != null ? [p.id] : [])));
  }

  async function openIn(
    index: PaneIndex,
    id: number,
    options: { reveal?: { start: number; end: number } } = {},
  ): Promise<void> {
    if (options.reveal) pendingReveal.value = { articleId: id, ...options.reveal };
    // bench:reader measures from here to the pane's 'zy-reader-rendered' mark.
    performance.mark('zy-reader-open', { detail: { articleId: id } });
    if (index === 1 && panes.value[1] === null) showDiff.value = false;
    activePane.value = index;
    const current = panes.value[index];
    if (current && id === current.id && current.article) return;
    const generation = ++generations[index]!;
    setPane(index, { id, article: current?.article ?? null, loading: true });
    const annotations = useAnnotationsStore();
    const [result] = await Promise.all([
      // The original text only when "对照原文" asks for it (loadOriginal): as long as the text.
      useApi().getArticle({ id, original: false }),
      useNotesStore().load(id),
      annotations.load(id),
    ]);
    if (generation !== generations[index]) return;
    performance.mark('zy-reader-loaded', { detail: { articleId: id } });
    if (result.ok) {
      setPane(index, { id, article: result.value, loading: false });
      return;
    }
    setPane(index, index === 0 ? EMPTY_PANE : { id: null, article: null, loading: false });
    useFeedbackStore().reportError(result.error);
    if (result.error.code === 'ARTICLE_NOT_FOUND') void useLibraryStore().refresh();
  }

  /** Opens into the active pane (the codebook opens a passage in context with `reveal`). */
  const open = (id: number, options: { reveal?: { start: number; end: number } } = {}) =>
    openIn(activePane.value, id, options);

  /** Two articles side by side; `diff` marks what the right one changed against the left one. */
  async function compare(leftId: number, rightId: number, options: { diff?: boolean } = {}): Promise<void> {
    await Promise.all([openIn(0, leftId), openIn(1, rightId)]);
    showDiff.value = options.diff ?? false;
  }

  /** Opens the second pane, empty until an article is dropped on it or picked in the library. */
  function startCompare(): void {
    if (panes.value[1] === null) setPane(1, { id: null, article: null, loading: false });
    activePane.value = 1;
  }

  async function activate(index: PaneIndex): Promise<void> {
    if (activePane.value === index || (index === 1 && panes.value[1] === null)) return;
    activePane.value = index;
    await useNotesStore().load(active.value.id);
  }

  async function closeSecondary(): Promise<void> {
    if (panes.value[1] === null) return;
    generations[1] += 1;
    setPane(1, null);
    showDiff.value = false;
    const wasActive = activePane.value === 1;
    activePane.value = 0;
    if (wasActive) await useNotesStore().load(panes.value[0].id);
  }

  async function close(): Promise<void> {
    generations[0] += 1;
    generations[1] += 1;
    panes.value = [EMPTY_PANE, null];
    activePane.value = 0;
    showDiff.value = false;
    await useNotesStore().load(null);
  }

  /** Moves through the library list (j/k); loads the next page when stepping past the end. */
  async function step(delta: 1 | -1): Promise<void> {
    const library = useLibraryStore();
    const index = library.items.findIndex((item) => item.id === selectedId.value);
    let target = index === -1 ? (delta === 1 ? 0 : library.items.length - 1) : index + delta;
    if (target >= library.items.length && library.items.length < library.total) {
      await library.loadMore();
    }
    target = Math.max(0, Math.min(target, library.items.length - 1));
    const next = library.items[target];
    if (next) await open(next.id);
  }

  async function loadOriginal(id: number): Promise<void> {
    if (originals.value.has(id)) return;
    const result = await useApi().getOriginalText({ id });
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return;
    }
    const shown = new Set(panes.value.map((pane) => pane?.id));
    const next = new Map([...originals.value].filter(([key]) => shown.has(key)));
    if (shown.has(id)) originals.value = next.set(id, result.value);
  }

  function toggleOriginal(): void {
    showOriginal.value = !showOriginal.value;
  }

  /**
   * After articles were deleted (here, in another window or tab, or by undo): a pane whose article
   * is gone is emptied. Asks the engine about the open articles only (without their original
   * text, which can be huge); deletions are rare.
   */
  async function closeDeleted(): Promise<void> {
    await Promise.all(
      ([0, 1] as const).map(async (index) => {
        const pane = panes.value[index];
        if (!pane?.article || pane.loading) return;
        const generation = generations[index];
        const result = await useApi().getArticle({ id: pane.article.id, original: false });
        if (result.ok || result.error.code !== 'ARTICLE_NOT_FOUND') return;
        if (generation !== generations[index] || panes.value[index]?.id !== pane.article.id) return;
        generations[index] += 1;
        setPane(index, index === 0 ? EMPTY_PANE : { id: null, article: null, loading: false });
        if (activePane.value === index) await useNotesStore().load(null);
      }),
    );
  }

  /** Shows a newer version of an open article (its metadata corrected, or an edit undone). */
  function replaceArticle(next: Article): void {
    panes.value.forEach((pane, index) => {
      if (pane?.id === next.id && pane.article) setPane(index as PaneIndex, { ...pane, article: next });
    });
  }

  return {
    panes,
    activePane,
    selectedId,
    article,
    loading,
    comparing,
    showOriginal,
    showDiff,
    pendingReveal,
    originals,
    loadOriginal,
    closeDeleted,
    replaceArticle,
    open,
    openIn,
    compare,
    startCompare,
    activate,
    closeSecondary,
    close,
    step,
    toggleOriginal,
  };
});
