// The library table's data: pages loaded in order as the table asks for rows, header clicks
// cycling the sort, a tag filter, and a selection that behaves like a file manager's.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiArgs, ZhiyanApi } from '../../../src-main/common/api/contract';
import type { ArticleSummary } from '../../../src-main/common/model/article';
import { setApiClient } from '../../../src-renderer/src/api';
import { nextSort, useLibraryStore } from '../../../src-renderer/src/features/library/library';
import { useLibrarySelectionStore } from '../../../src-renderer/src/features/library/library-selection';
import { clientFor } from './support/api-client';

function article(id: number, tags: string[] = []): ArticleSummary {
  return {
    id,
    title: `文献${id}`,
    date: null,
    source: null,
    author: null,
    places: [],
    filePath: `${id}.txt`,
    layout: 'plain',
    encoding: 'utf-8',
    duplicateOf: null,
    hasNote: false,
    tags,
    highlightCount: 0,
    docNumber: null,
  };
}

function fakeEngine(count: number) {
  const all = Array.from({ length: count }, (_, index) =>
    article(index + 1, index % 3 === 0 ? ['园区'] : []),
  );
  const calls: ApiArgs<'listArticles'>[] = [];
  const api = {
    listArticles: async (args: ApiArgs<'listArticles'>) => {
      calls.push(args);
      const rows = all.filter((item) => (args.tags ?? []).every((tag) => item.tags.includes(tag)));
      const ordered = args.sort === 'title-desc' ? [...rows].reverse() : rows;
      const offset = args.offset ?? 0;
      return {
        ok: true,
        value: { total: rows.length, offset, items: ordered.slice(offset, offset + (args.limit ?? 200)) },
      };
    },
  } as unknown as ZhiyanApi; // only the method the library store calls
  return { api, calls };
}

describe('library store', () => {
  let engine: ReturnType<typeof fakeEngine>;
  beforeEach(() => {
    setActivePinia(createPinia());
    engine = fakeEngine(2500);
    setApiClient(clientFor(engine.api));
  });

  it('loads the first page, then rows in order up to where the table looks', async () => {
    const library = useLibraryStore();
    await library.reset();
    expect(library.items).toHaveLength(200);
    expect(library.total).toBe(2500);
    await library.ensureLoaded(1500);
    expect(library.items).toHaveLength(1500);
    expect(library.items.map((item) => item.id)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
    // Large gaps are fetched in engine-sized pages, not 200 at a time.
    expect(engine.calls.every((call) => (call.limit ?? 0) <= 1000)).toBe(true);
    expect(engine.calls.length).toBeLessThanOrEqual(3);
  });

  it('keeps the rows the user scrolled to on a refresh', async () => {
    const library = useLibraryStore();
    await library.reset();
    await library.ensureLoaded(1200);
    await library.refresh();
    expect(library.items.length).toBeGreaterThanOrEqual(1200);
  });

  it('cycles a column through ascending, descending and back to import order', () => {
    expect(nextSort('imported-asc', 'title')).toBe('title-asc');
    expect(nextSort('title-asc', 'title')).toBe('title-desc');
    expect(nextSort('title-desc', 'title')).toBe('imported-asc');
    // Dates and highlight counts start with the most recent / the most.
    expect(nextSort('title-asc', 'date')).toBe('date-desc');
    expect(nextSort('date-desc', 'date')).toBe('date-asc');
    expect(nextSort('imported-asc', 'highlights')).toBe('highlights-desc');
  });

  it('asks the engine for the tag filter and starts from the top', async () => {
    const library = useLibraryStore();
    await library.reset();
    await library.setTagFilter(['园区']);
    expect(engine.calls.at(-1)).toMatchObject({ offset: 0, tags: ['园区'] });
    expect(library.total).toBe(834);
    expect(library.items.every((item) => item.tags.includes('园区'))).toBe(true);
  });
});

describe('library selection', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    setApiClient(clientFor(fakeEngine(450).api));
    await useLibraryStore().reset();
  });

  it('selects one row on a click, adds with Ctrl, and ranges with Shift from the anchor', () => {
    const selection = useLibrarySelectionStore();
    selection.select(3);
    expect([...selection.selected]).toEqual([3]);
    selection.select(7, 'toggle');
    expect(selection.ids).toEqual([3, 7]);
    selection.select(3, 'toggle');
    expect(selection.ids).toEqual([7]);
    selection.select(7, 'toggle');
    selection.select(7, 'toggle');
    selection.select(10, 'range');
    expect(selection.ids).toEqual([7, 8, 9, 10]);
    expect(selection.focusedId).toBe(10);
    selection.select(5, 'range');
    expect(selection.ids).toEqual([5, 6, 7]);
  });

  it('moves with the arrows, extends with Shift, and selects everything with Ctrl+A', async () => {
    const selection = useLibrarySelectionStore();
    selection.select(1);
    selection.move(1, false);
    expect(selection.ids).toEqual([2]);
    selection.move(2, true);
    expect(selection.ids).toEqual([2, 3, 4]);
    selection.move(-10, false);
    expect(selection.ids).toEqual([1]);
    await selection.selectAll();
    expect(selection.count).toBe(450);
    selection.forget([1, 2]);
    expect(selection.count).toBe(448);
  });

  it('follows an article opened elsewhere without dropping a selection that contains it', () => {
    const selection = useLibrarySelectionStore();
    selection.select(2);
    selection.select(4, 'range');
    selection.follow(3);
    expect(selection.ids).toEqual([2, 3, 4]);
    selection.follow(9);
    expect(selection.ids).toEqual([9]);
  });
});
