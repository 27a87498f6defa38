// The article-edit store against a fake engine: a saved edit shows in the open pane at once, and an
// undo of an edit (Ctrl+Z) shows the article as it was again, which an undo of other steps does not
// need to fetch.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ZhiyanApi } from '../../../src-main/common/api/contract';
import type { UndoState } from '../../../src-main/common/model/annotation';
import type { Article } from '../../../src-main/common/model/article';
import { setApiClient } from '../../../src-renderer/src/api';
import { useArticleEditsStore } from '../../../src-renderer/src/features/article-edit/article-edits';
import { useReaderStore } from '../../../src-renderer/src/features/reader/reader';
import { useUndoStore } from '../../../src-renderer/src/app/undo';
import { clientFor } from './support/api-client';

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });

const IMPORTED: Article = {
  id: 7,
  title: '导入的标题',
  date: '2023-05-08',
  source: '衢州日报',
  author: null,
  places: [],
  filePath: '/corpus/7.txt',
  layout: 'plain',
  encoding: 'utf-8',
  duplicateOf: null,
  hasNote: false,
  tags: [],
  highlightCount: 0,
  docNumber: null,
  contentHash: 'x',
  url: null,
  cleanText: '衢州智造新城',
  headings: [],
  originalText: '衢州智造新城',
  importBatch: null,
  createdAt: '2024-01-01T00:00:00Z',
  edited: {},
};

function fakeEngine() {
  let stored = IMPORTED;
  let undoState: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  const empty = () => ok([]);
  const api = {
    getArticle: () => ok(stored),
    getArticleNote: () => ok(null),
    listHighlights: empty,
    listArticles: () => ok({ total: 1, offset: 0, items: [stored] }),
    search: () => ok({ total: 0, offset: 0, hits: [], parsed: null, tookMs: 0 }),
    searchFacets: () => ok({ sources: [], places: [], tags: [], importBatches: [], years: [] }),
    editArticle: (args: { title?: string; docNumber?: string | null }) => {
      stored = {
        ...stored,
        ...args,
        edited: { title: IMPORTED.title, docNumber: null },
      } as Article;
      undoState = { canUndo: true, canRedo: false, undoLabel: 'edit-article', redoLabel: null };
      return ok(stored);
    },
    getUndoState: () => ok(undoState),
    undo: () => {
      stored = IMPORTED;
      undoState = { canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'edit-article' };
      return ok(undoState);
    },
  } as unknown as ZhiyanApi; // only what these stores call
  return api;
}

describe('article edit store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('shows a saved edit in the open pane, and the article as imported again after undo', async () => {
    setApiClient(clientFor(fakeEngine()));
    const reader = useReaderStore();
    await reader.open(7);
    const saved = await useArticleEditsStore().save(7, {
      title: '改过的标题',
      docNumber: '衢政办发〔2023〕9号',
    });
    expect(saved).toBe(true);
    expect(reader.article).toMatchObject({ title: '改过的标题', docNumber: '衢政办发〔2023〕9号' });
    expect(Object.keys(reader.article!.edited)).toEqual(['title', 'docNumber']);

    const undo = useUndoStore();
    await undo.refresh();
    await undo.undo();
    expect(reader.article).toMatchObject({ title: '导入的标题', docNumber: null, edited: {} });
  });
});
