// Which rows of the library table are selected, as in a file manager: a click selects one row,
// Ctrl/Cmd+click adds or removes one, Shift+click selects the range from the anchor, Ctrl+A all.
// The focused row is the one the reader shows. Ids, not indexes: a refresh or a page arriving
// does not change what is selected.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { useLibraryStore } from './library';

export type SelectMode = 'replace' | 'toggle' | 'range';

export const useLibrarySelectionStore = defineStore('librarySelection', () => {
  const library = useLibraryStore();
  const selected = shallowRef<ReadonlySet<number>>(new Set());
  const focusedId = ref<number | null>(null);
  /** Where a Shift range starts: the last row clicked without Shift. */
  const anchorId = ref<number | null>(null);

  const count = computed(() => selected.value.size);
  /** Selected ids in the table's order (loaded rows), then any others. */
  const ids = computed(() => {
    const inOrder = library.items.filter((item) => selected.value.has(item.id)).map((item) => item.id);
    if (inOrder.length === selected.value.size) return inOrder;
    const seen = new Set(inOrder);
    return [...inOrder, ...[...selected.value].filter((id) => !seen.has(id))];
  });

  function indexOf(id: number | null): number {
    return id === null ? -1 : library.items.findIndex((item) => item.id === id);
  }

  function select(id: number, mode: SelectMode = 'replace'): void {
    if (mode === 'toggle') {
      const next = new Set(selected.value);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      selected.value = next;
      anchorId.value = id;
    } else if (mode === 'range' && indexOf(anchorId.value) !== -1 && indexOf(id) !== -1) {
      const [from, to] = [indexOf(anchorId.value), indexOf(id)].sort((a, b) => a - b) as [number, number];
      selected.value = new Set(library.items.slice(from, to + 1).map((item) => item.id));
    } else {
      selected.value = new Set([id]);
      anchorId.value = id;
    }
    focusedId.value = id;
  }

  /** Arrow keys: moves the focus by `delta` rows; with Shift the selection grows from the anchor. */
  function move(delta: number, extend: boolean): number | null {
    const rows = library.items;
    if (rows.length === 0) return null;
    const from = indexOf(focusedId.value);
    const target = from === -1 ? (delta > 0 ? 0 : rows.length - 1) : from + delta;
    const row = rows[Math.max(0, Math.min(rows.length - 1, target))];
    if (!row) return null;
    select(row.id, extend ? 'range' : 'replace');
    return row.id;
  }

  async function selectAll(): Promise<void> {
    await library.loadAll();
    selected.value = new Set(library.items.map((item) => item.id));
  }

  /** The reader opened an article some other way (j/k, a search result): follow it. */
  function follow(id: number | null): void {
    if (id === null || selected.value.has(id)) {
      focusedId.value = id;
      return;
    }
    selected.value = new Set([id]);
    anchorId.value = id;
    focusedId.value = id;
  }

  function forget(removed: readonly number[]): void {
    const gone = new Set(removed);
    selected.value = new Set([...selected.value].filter((id) => !gone.has(id)));
    if (focusedId.value !== null && gone.has(focusedId.value)) focusedId.value = null;
    if (anchorId.value !== null && gone.has(anchorId.value)) anchorId.value = null;
  }

  /** Keeps only the focused row selected. */
  function collapse(): void {
    selected.value = new Set(focusedId.value === null ? [] : [focusedId.value]);
    anchorId.value = focusedId.value;
  }

  function clear(): void {
    selected.value = new Set();
    focusedId.value = null;
    anchorId.value = null;
  }

  return {
    selected,
    focusedId,
    anchorId,
    count,
    ids,
    select,
    move,
    selectAll,
    follow,
    forget,
    collapse,
    clear,
  };
});
