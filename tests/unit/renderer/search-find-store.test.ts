// Find in the article: every match of the folded text, "n / total", stepping wraps round.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/common/model/article';
import { useFindStore } from '../../../src-renderer/src/features/reader/find';
import { useReaderStore } from '../../../src-renderer/src/features/reader/reader';

function article(cleanText: string): Article {
  return {
    id: 1,
    title: '合肥新能源汽车',
    date: null,
    source: null,
    author: null,
    places: [],
    filePath: '/demo/1.txt',
    layout: 'plain',
    encoding: 'utf-8',
    duplicateOf: null,
    hasNote: false,
  tags: [],
  highlightCount: 0,
    docNumber: null,
    edited: {},
    contentHash: 'x',
    url: null,
    cleanText,
    headings: [],
    originalText: cleanText,
    importBatch: null,
    createdAt: '2024-01-01T00:00:00Z',
  };
}

describe('find store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('finds every folded match and steps through them, wrapping', () => {
    const reader = useReaderStore();
    reader.panes = [{ id: 1, article: article('NEV 产业发展。\n新能源（ＮＥＶ）產業發展迅速，nev 销量'), loading: false }, null];
    const find = useFindStore();
    find.show();
    find.setText('nev');
    expect(find.matches.map((m) => m.start)).toEqual([0, 14, 25]);
    find.step(-1);
    expect(find.current).toBe(2);
    find.step(1);
    expect(find.current).toBe(0);
    find.setText('产业发展');
    expect(find.matches).toHaveLength(2);
  });

  it('finds nothing while closed or empty', () => {
    const reader = useReaderStore();
    reader.panes = [{ id: 1, article: article('衢州'), loading: false }, null];
    const find = useFindStore();
    find.setText('衢州');
    expect(find.matches).toEqual([]);
    find.show();
    expect(find.matches).toHaveLength(1);
    find.setText('');
    expect(find.matches).toEqual([]);
    find.step(1);
    expect(find.current).toBe(0);
  });
});
