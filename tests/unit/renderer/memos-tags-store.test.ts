// Memos: a new memo is created by its first save and later saves update it; "saved" comes only
// with the engine's acknowledgement. Tags: suggestions and tagging update the rows shown.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiArgs, ZhiyanApi } from '../../../src-main/common/api/contract';
import type { Memo, TagCount } from '../../../src-main/common/model/annotation';
import { setApiClient } from '../../../src-renderer/src/api';
import { MEMO_AUTOSAVE_MS, useMemosStore } from '../../../src-renderer/src/features/notes/memos';
import { suggestTags, useTagsStore } from '../../../src-renderer/src/features/library/tags';
import { clientFor } from './support/api-client';

function fakeEngine() {
  const memos = new Map<number, Memo>();
  const saves: ApiArgs<'saveMemo'>[] = [];
  const tagged: ApiArgs<'tagArticles'>[] = [];
  let nextId = 1;
  const api = {
    listMemos: async () => ({ ok: true, value: [...memos.values()] }),
    saveMemo: async (args: ApiArgs<'saveMemo'>) => {
      saves.push(args);
      const id = args.id ?? nextId++;
      const memo = { id, title: args.title ?? '', body: args.body, updatedAt: new Date().toISOString() };
      memos.set(id, memo);
      return { ok: true, value: memo };
    },
    deleteMemo: async ({ id }: { id: number }) => {
      memos.delete(id);
      return { ok: true, value: null };
    },
    listTags: async () => ({ ok: true, value: [{ name: '园区', count: 3 }] satisfies TagCount[] }),
    tagArticles: async (args: ApiArgs<'tagArticles'>) => {
      tagged.push(args);
      return { ok: true, value: { changed: args.articleIds.length } };
    },
  } as unknown as ZhiyanApi; // only the methods these stores call
  return { api, memos, saves, tagged };
}

describe('memos store', () => {
  let engine: ReturnType<typeof fakeEngine>;
  beforeEach(() => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    engine = fakeEngine();
    setApiClient(clientFor(engine.api));
  });
  afterEach(() => vi.useRealTimers());

  it('creates a new memo on its first save and updates the same memo afterwards', async () => {
    const memos = useMemosStore();
    await memos.open(null);
    memos.edit({ title: '思路' });
    expect(memos.saveState).toBe('pending');
    await vi.advanceTimersByTimeAsync(MEMO_AUTOSAVE_MS);
    expect(memos.saveState).toBe('saved');
    memos.edit({ body: '# 假设' });
    await memos.flush();
    expect(engine.saves).toEqual([
      { title: '思路', body: '' },
      // Later saves name the version they were edited from (the one the first save stored).
      { id: 1, title: '思路', body: '# 假设', baseUpdatedAt: expect.any(String) },
    ]);
    expect(memos.list.map((memo) => memo.title)).toEqual(['思路']);
    await memos.remove(1);
    expect(memos.list).toEqual([]);
    expect(memos.draft).toBeNull();
  });
});

describe('tags', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    setApiClient(clientFor(fakeEngine().api));
  });

  it('suggests tags containing the text, prefix matches and frequent ones first, minus those present', () => {
    const all = [
      { name: '新能源', count: 1 },
      { name: '能源', count: 2 },
      { name: '能源政策', count: 9 },
      { name: '园区', count: 5 },
    ];
    expect(suggestTags(all, '能源').map((tag) => tag.name)).toEqual(['能源政策', '能源', '新能源']);
    expect(suggestTags(all, '能源', ['能源']).map((tag) => tag.name)).toEqual(['能源政策', '新能源']);
  });

  it('shows a tag on the open article once the engine has it', async () => {
    const tags = useTagsStore();
    tags.showArticle(5, ['园区']);
    expect(await tags.add([5, 6], ['招商', ' 园区 '])).toBe(true);
    expect(tags.articleTags).toEqual(['园区', '招商']);
    expect(tags.all).toEqual([{ name: '园区', count: 3 }]);
  });
});
