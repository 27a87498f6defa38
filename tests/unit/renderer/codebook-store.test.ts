// The codebook and coded-passages stores against a small in-memory codebook engine: the tree's
// order, counts and number keys, edits read back from the engine, errors reported, deletions
// offered for undo, passages paged and late answers dropped.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiArgs, ZhiyanApi } from '../../../src-main/common/api/contract';
import type { Result } from '../../../src-main/common/api/errors';
import type { Code, CodedPassage, CodedPassagePage, UndoLabel } from '../../../src-main/common/model/annotation';
import { setApiClient } from '../../../src-renderer/src/api';
import {
  childrenByParent,
  descendantIds,
  totalsWithDescendants,
  useCodebookStore,
} from '../../../src-renderer/src/features/codebook/codebook';
import { useCodedPassagesStore } from '../../../src-renderer/src/features/codebook/coded-passages';
import { useFeedbackStore } from '../../../src-renderer/src/app/feedback';
import { useReaderStore } from '../../../src-renderer/src/features/reader/reader';
import { clientFor } from './support/api-client';

function code(id: number, name: string, parentId: number | null, sortOrder: number, passageCount = 0): Code {
  return { id, name, parentId, sortOrder, passageCount, color: '#3b82c4', description: '', path: name };
}

function passage(highlightId: number, articleId = 1): CodedPassage {
  return {
    highlightId,
    articleId,
    articleTitle: `第${articleId}篇`,
    articleDate: '2024-03-01',
    articleSource: '衢州日报',
    start: 10,
    end: 20,
    exact: '锂电池隔膜涂覆材料',
    note: '',
    codeIds: [1],
    orphaned: false,
  };
}

function fakeEngine(initial: Code[]) {
  let codes = [...initial];
  let lastAction: UndoLabel | null = null;
  const calls: { method: string; args: unknown }[] = [];
  const pendingPassages: { args: ApiArgs<'listCodedPassages'>; resolve: (r: Result<CodedPassagePage>) => void }[] =
    [];
  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  const api = {
    listCodes: async () => ok(codes),
    createCode: async (args: ApiArgs<'createCode'>) => {
      calls.push({ method: 'createCode', args });
      if (codes.some((c) => c.name === args.name && c.parentId === (args.parentId ?? null))) {
        return { ok: false, error: { code: 'CODE_NAME_TAKEN', message: 'taken' } };
      }
      const made = code(codes.length + 10, args.name, args.parentId ?? null, codes.length);
      codes = [...codes, made];
      return ok(made);
    },
    updateCode: async (args: ApiArgs<'updateCode'>) => {
      calls.push({ method: 'updateCode', args });
      const found = codes.find((c) => c.id === args.id);
      if (!found) return { ok: false, error: { code: 'CODE_NOT_FOUND', message: 'gone' } };
      return ok({ ...found, ...args });
    },
    deleteCode: async (args: ApiArgs<'deleteCode'>) => {
      calls.push({ method: 'deleteCode', args });
      lastAction = 'delete-code';
      codes = codes.filter((c) => !descendantIds(codes, args.id).has(c.id));
      return ok(null);
    },
    mergeCodes: async (args: ApiArgs<'mergeCodes'>) => {
      calls.push({ method: 'mergeCodes', args });
      lastAction = 'merge-codes';
      return ok(codes.find((c) => c.id === args.targetId));
    },
    getUndoState: async () => ok({ canUndo: true, canRedo: false, undoLabel: lastAction, redoLabel: null }),
    undo: async () => {
      calls.push({ method: 'undo', args: {} });
      return ok({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'delete-code' });
    },
    listCodedPassages: (args: ApiArgs<'listCodedPassages'>) =>
      new Promise<Result<CodedPassagePage>>((resolve) => pendingPassages.push({ args, resolve })),
    getArticle: async () => ({ ok: false, error: { code: 'INTERNAL_ERROR', message: 'not needed here' } }),
    getArticleNote: async () => ok(null),
    listHighlights: async () => ok([]),
  } as unknown as ZhiyanApi; // only the methods these stores call
  return { api, calls, pendingPassages };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('codebook tree helpers', () => {
  const codes = [
    code(1, '产业', null, 0, 2),
    code(2, '新能源', 1, 1, 5),
    code(3, '锂电', 2, 0, 4),
    code(4, '新材料', 1, 0, 1),
    code(5, '营商环境', null, 1, 3),
  ];

  it('orders siblings by sortOrder and sums passages over descendants', () => {
    const children = childrenByParent(codes);
    expect(children.get(null)?.map((c) => c.name)).toEqual(['产业', '营商环境']);
    expect(children.get(1)?.map((c) => c.name)).toEqual(['新材料', '新能源']);
    const totals = totalsWithDescendants(codes);
    expect(totals.get(1)).toBe(2 + 5 + 4 + 1);
    expect(totals.get(2)).toBe(9);
    expect(totals.get(5)).toBe(3);
    expect([...descendantIds(codes, 2)].sort()).toEqual([2, 3]);
  });

  it('gives the first nine codes in codebook order the number keys 1–9', async () => {
    const many = Array.from({ length: 11 }, (_, i) => code(i + 1, `编码${i + 1}`, null, i));
    setApiClient(clientFor(fakeEngine(many).api));
    setActivePinia(createPinia());
    const codebook = useCodebookStore();
    await codebook.load();
    expect(codebook.shortcuts.get(1)).toBe(1);
    expect(codebook.shortcuts.get(9)).toBe(9);
    expect(codebook.shortcuts.has(10)).toBe(false);
    setApiClient(null);
  });
});

describe('codebook store', () => {
  let engine: ReturnType<typeof fakeEngine>;

  beforeEach(() => {
    setActivePinia(createPinia());
    engine = fakeEngine([code(1, '产业', null, 0, 2), code(2, '新能源', 1, 0, 3), code(3, '新材料', 1, 1, 1)]);
    setApiClient(clientFor(engine.api));
  });

  afterEach(() => setApiClient(null));

  it('reads the codebook again after creating a code', async () => {
    const codebook = useCodebookStore();
    await codebook.load();
    const made = await codebook.create({ parentId: 1, name: '储能' });
    expect(made?.name).toBe('储能');
    expect(codebook.codes.map((c) => c.name)).toContain('储能');
  });

  it('makes a typed path a hierarchy, reusing the codes already on it', async () => {
    const codebook = useCodebookStore();
    await codebook.load();
    const made = await codebook.createAtPath({ parentId: null, name: ' 产业 / 新能源 / 锂电 ', description: '电池' });
    expect(made?.name).toBe('锂电');
    const creates = engine.calls.filter((call) => call.method === 'createCode').map((call) => call.args);
    expect(creates).toEqual([expect.objectContaining({ name: '锂电', parentId: 2, description: '电池' })]);

    await codebook.createAtPath({ parentId: 1, name: '储能/钠电' });
    const byName = new Map(codebook.codes.map((c) => [c.name, c]));
    expect(byName.get('储能')?.parentId).toBe(1);
    expect(byName.get('钠电')?.parentId).toBe(byName.get('储能')?.id);
    expect(codebook.codes.some((c) => c.name.includes('/'))).toBe(false);
  });

  it('refuses a typed path that names an existing code, as a plain name would be', async () => {
    const codebook = useCodebookStore();
    await codebook.load();
    expect(await codebook.createAtPath({ parentId: null, name: '产业/新能源' })).toBeNull();
    expect(useFeedbackStore().toasts.map((toast) => toast.key)).toEqual(['error.CODE_NAME_TAKEN']);
    expect(codebook.codes).toHaveLength(3);
  });

  it('reports a taken name through the feedback store and creates nothing', async () => {
    const codebook = useCodebookStore();
    await codebook.load();
    expect(await codebook.create({ parentId: 1, name: '新能源' })).toBeNull();
    expect(useFeedbackStore().toasts.map((toast) => toast.key)).toEqual(['error.CODE_NAME_TAKEN']);
    expect(codebook.codes).toHaveLength(3);
  });

  it('moves a code before a sibling, or to the end of its new parent', async () => {
    const codebook = useCodebookStore();
    await codebook.load();
    await codebook.move(3, 1, 2);
    await codebook.move(2, null);
    const moves = engine.calls.filter((call) => call.method === 'updateCode').map((call) => call.args);
    expect(moves).toEqual([
      { id: 3, parentId: 1, sortOrder: 0 },
      { id: 2, parentId: null, sortOrder: 1 },
    ]);
  });

  it('says a deletion with 撤销 on the toast, which undoes it in the engine', async () => {
    const codebook = useCodebookStore();
    await codebook.load();
    expect(await codebook.remove(1)).toBe(true);
    expect(codebook.codes).toEqual([]);
    const toast = useFeedbackStore().toasts.at(-1);
    expect(toast).toMatchObject({ kind: 'success', key: 'codebook.deleted', params: { name: '产业' } });
    expect(toast?.action?.label).toBe('codebook.undo');
    await flush();
    toast?.action?.run();
    await flush();
    expect(engine.calls.at(-1)?.method).toBe('undo');
  });

  it('does not undo a later step from an older toast', async () => {
    const codebook = useCodebookStore();
    await codebook.load();
    await codebook.remove(3);
    const toast = useFeedbackStore().toasts.at(-1);
    await codebook.merge(2, 1);
    await flush();
    toast?.action?.run();
    await flush();
    expect(engine.calls.map((call) => call.method)).not.toContain('undo');
  });
});

describe('coded passages store', () => {
  let engine: ReturnType<typeof fakeEngine>;

  beforeEach(async () => {
    setActivePinia(createPinia());
    engine = fakeEngine([code(1, '产业', null, 0, 2), code(2, '新能源', 1, 0, 3)]);
    setApiClient(clientFor(engine.api));
    await useCodebookStore().load();
  });

  afterEach(() => setApiClient(null));

  it('lists the chosen code with its sub-codes, a page at a time', async () => {
    const passages = useCodedPassagesStore();
    void passages.choose(1);
    expect(engine.pendingPassages[0]?.args).toMatchObject({ codeId: 1, includeDescendants: true, offset: 0 });
    engine.pendingPassages[0]?.resolve({ ok: true, value: { total: 3, offset: 0, items: [passage(1), passage(2)] } });
    await flush();
    expect(passages.code?.name).toBe('产业');
    expect(passages.items.map((p) => p.highlightId)).toEqual([1, 2]);
    void passages.loadMore();
    expect(engine.pendingPassages[1]?.args.offset).toBe(2);
    engine.pendingPassages[1]?.resolve({ ok: true, value: { total: 3, offset: 2, items: [passage(3)] } });
    await flush();
    expect(passages.items).toHaveLength(3);
  });

  it('drops a late answer for a code that is no longer chosen', async () => {
    const passages = useCodedPassagesStore();
    void passages.choose(1);
    void passages.choose(2);
    engine.pendingPassages[1]?.resolve({ ok: true, value: { total: 1, offset: 0, items: [passage(9)] } });
    await flush();
    engine.pendingPassages[0]?.resolve({ ok: true, value: { total: 2, offset: 0, items: [passage(1), passage(2)] } });
    await flush();
    expect(passages.codeId).toBe(2);
    expect(passages.items.map((p) => p.highlightId)).toEqual([9]);
  });

  it('opens a passage in the reader, asking it to reveal the passage', async () => {
    const passages = useCodedPassagesStore();
    await passages.open(passage(4, 7));
    expect(useReaderStore().pendingReveal).toEqual({ articleId: 7, start: 10, end: 20 });
    expect(passages.openedId).toBe(4);
  });
});
