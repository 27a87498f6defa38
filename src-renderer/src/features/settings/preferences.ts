// The reader's text size and light/dark theme. The engine keeps them in the user's settings file
// (the browser host's origin changes every run, so the page's own storage would forget them); the
// app state carries them in. A change shows at once and is then saved; a failed save is reported.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  DEFAULT_READER_PREFERENCES,
  READER_FONT_SIZES,
  type ReaderPreferences,
} from '../../../../src-main/common/model/project';
import { useApi } from '../../api';
import { useAppStore } from '../../app/app';
import { useFeedbackStore } from '../../app/feedback';

export const usePreferencesStore = defineStore('preferences', () => {
  const app = useAppStore();
  const reader = computed<ReaderPreferences>(
    () => app.state?.readerPreferences ?? DEFAULT_READER_PREFERENCES,
  );
  const fontSize = computed(() => reader.value.fontSize);
  const theme = computed(() => reader.value.theme);
  const codingStripes = computed(() => reader.value.codingStripes);
  const noteMarkers = computed(() => reader.value.noteMarkers);
  const canShrink = computed(() => fontSize.value > READER_FONT_SIZES.min);
  const canGrow = computed(() => fontSize.value < READER_FONT_SIZES.max);
  // The second pane of a side-by-side reading has its own size (a scan beside a clean text may want
  // it larger), for this session only: null follows the first pane's remembered size.
  const secondPaneSize = ref<number | null>(null);
  const sizeOf = (pane: 0 | 1): number => (pane === 1 ? (secondPaneSize.value ?? fontSize.value) : fontSize.value);

  async function save(changes: Partial<ReaderPreferences>): Promise<void> {
    const before = app.state;
    if (before) app.state = { ...before, readerPreferences: { ...reader.value, ...changes } };
    const result = await useApi().setReaderPreferences(changes);
    if (result.ok) app.state = result.value;
    else {
      if (before) app.state = before;
      useFeedbackStore().reportError(result.error);
    }
  }

  const clampSize = (size: number) =>
    Math.max(READER_FONT_SIZES.min, Math.min(READER_FONT_SIZES.max, Math.round(size)));

  /** Sets one pane's size: the first pane's is saved with the user's settings. */
  function setPaneSize(pane: 0 | 1, size: number): Promise<void> {
    if (pane === 0) return save({ fontSize: clampSize(size) });
    secondPaneSize.value = clampSize(size);
    return Promise.resolve();
  }

  return {
    fontSize,
    sizeOf,
    canShrinkPane: (pane: 0 | 1) => sizeOf(pane) > READER_FONT_SIZES.min,
    canGrowPane: (pane: 0 | 1) => sizeOf(pane) < READER_FONT_SIZES.max,
    growPane: (pane: 0 | 1) => setPaneSize(pane, sizeOf(pane) + 1),
    shrinkPane: (pane: 0 | 1) => setPaneSize(pane, sizeOf(pane) - 1),
    theme,
    codingStripes,
    noteMarkers,
    canShrink,
    canGrow,
    setFontSize: (size: number) => save({ fontSize: clampSize(size) }),
    grow: () => save({ fontSize: clampSize(fontSize.value + 1) }),
    shrink: () => save({ fontSize: clampSize(fontSize.value - 1) }),
    setTheme: (next: ReaderPreferences['theme']) => save({ theme: next }),
    setCodingStripes: (on: boolean) => save({ codingStripes: on }),
    setNoteMarkers: (on: boolean) => save({ noteMarkers: on }),
  };
});
