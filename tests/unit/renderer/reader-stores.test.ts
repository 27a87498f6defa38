// The reader's stores against a fake engine: a highlight shows once the engine has it, undo says
// what it undid in Chinese, two panes open on their own and the active one is what the rest of
// the app sees, and a failed preference save is taken back.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ZhiyanApi } from '../../../src-main/common/api/contract';
import type { Highlight, UndoState } from '../../../src-main/common/model/annotation';
import type { Article } from '../../../src-main/common/model/article';
import { setApiClient } from '../../../src-renderer/src/api';
import { useAnnotationsStore } from '../../../src-renderer/src/features/reader/annotations';
import { useFeedbackStore } from '../../../src-renderer/src/app/feedback';
import { useReaderStore } from '../../../src-renderer/src/features/reader/reader';
import { useUndoStore } from '../../../src-renderer/src/app/undo';
import { clientFor } from './support/api-client';

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });

function article(id: number): Article {
  return {
    id,
    title: `文章${id}`,
    date: null,
    source: null,
    author: null,
    places: [],
    filePath: `/corpus/${id}.txt`,
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
    cleanText: '衢州智造新城',
    headings: [],
    originalText: '衢州智造新城',
    importBatch: null,
    createdAt: '2024-01-01T00:00:00Z',
  };
}

function fakeEngine() {
  let highlights: Highlight[] = [];
  let undoState: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  const api = {
    getArticle: ({ id }: { id: number }) => ok(article(id)),
    getArticleNote: () => ok(null),
    listHighlights: ({ articleId }: { articleId: number }) => ok(highlights.filter((h) => h.articleId === articleId)),
    listCodes: () => ok([]),
    listTags: () => ok([]),
    listMemos: () => ok([]),
    createHighlight: (args: { articleId: number; start: number; end: number; codeIds: number[] }) => {
      const highlight: Highlight = {
        id: highlights.length + 1,
        ...args,
        color: null,
        note: '',
        exact: '衢州智造新城'.slice(args.start, args.end),
        prefix: '',
        suffix: '',
        orphaned: false,
        createdAt: '',
        updatedAt: '',
      };
      highlights = [...highlights, highlight];
      undoState = { canUndo: true, canRedo: false, undoLabel: 'create-highlight', redoLabel: null };
      return ok(highlight);
    },
    getUndoState: () => ok(undoState),
    undo: () => {
      highlights = [];
      undoState = { canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'create-highlight' };
      return ok(undoState);
    },
  } as unknown as ZhiyanApi; // only what these stores call
  return { api, highlights: () => highlights };
}

describe('reader stores', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('shows a new highlight after the engine acknowledged it, and undo says what it undid', async () => {
    const engine = fakeEngine();
    setApiClient(clientFor(engine.api));
    const reader = useReaderStore();
    const annotations = useAnnotationsStore();
    await reader.open(5);
    expect(annotations.highlightsOf(5)).toEqual([]);
    await annotations.create({ articleId: 5, start: 0, end: 2, codeIds: [] });
    expect(annotations.highlightsOf(5).map((h) => h.exact)).toEqual(['衢州']);

    const undo = useUndoStore();
    expect(undo.state.undoLabel).toBe('create-highlight');
    await undo.undo();
    expect(annotations.highlightsOf(5)).toEqual([]);
    const toasts = useFeedbackStore().takeToasts();
    expect(toasts.at(-1)).toMatchObject({ key: 'reader.undone', params: { action: '新建高亮' } });
  });

  it('opens two panes on their own; the active one is the article the app sees', async () => {
    setApiClient(clientFor(fakeEngine().api));
    const reader = useReaderStore();
    await reader.compare(1, 2);
    expect(reader.panes[0].article?.id).toBe(1);
    expect(reader.panes[1]?.article?.id).toBe(2);
    expect(reader.selectedId).toBe(2);
    await reader.activate(0);
    expect(reader.article?.id).toBe(1);
    await reader.open(3);
    expect(reader.panes.map((pane) => pane?.article?.id)).toEqual([3, 2]);
    await reader.closeSecondary();
    expect(reader.comparing).toBe(false);
    expect(reader.selectedId).toBe(3);
  });
});
