// UI state follows the data: after undo every panel shows what is stored (the memo undone is gone
// from the memo panel, the tag, the code and the note are as stored), and a note or memo saved in
// another window or tab is shown here, or, when this one has unsaved text, refused as a conflict
// with both texts and resolved by the user's choice.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ZhiyanApi } from '../../../src-main/common/api/contract';
import type { ApiError, Result } from '../../../src-main/common/api/errors';
import type { Code, Memo, UndoLabel, UndoState } from '../../../src-main/common/model/annotation';
import type { Note } from '../../../src-main/common/model/article';
import { setApiClient } from '../../../src-renderer/src/api';
import { useCodebookStore } from '../../../src-renderer/src/features/codebook/codebook';
import { useMemosStore } from '../../../src-renderer/src/features/notes/memos';
import { useNotesStore } from '../../../src-renderer/src/features/notes/notes';
import { useTagsStore } from '../../../src-renderer/src/features/library/tags';
import { useUndoStore } from '../../../src-renderer/src/app/undo';
import { clientFor } from './support/api-client';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const failure = (error: ApiError): Result<never> => ({ ok: false, error });

/** A small engine: memos, one article's note and tags, codes; undo restores what a step replaced. */
function fakeEngine() {
  let clock = 0;
  const stamp = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
  const memos = new Map<number, Memo>();
  let note: Note | null = null;
  let tags: string[] = [];
  let codes: Code[] = [];
  const steps: { label: UndoLabel; undo: () => void }[] = [];
  const state = (): UndoState => ({
    canUndo: steps.length > 0,
    canRedo: false,
    undoLabel: steps.at(-1)?.label ?? null,
    redoLabel: null,
  });
  const conflict = (yours: { title: string; body: string }, theirs: { title: string; body: string; updatedAt: string } | null) =>
    failure({ code: 'NOTE_CONFLICT', message: 'changed elsewhere', detail: { yours, theirs } });

  const api = {
    listMemos: async () => ok([...memos.values()]),
    saveMemo: async (args: { id?: number; title?: string; body: string; baseUpdatedAt?: string | null }) => {
      const stored = args.id === undefined ? undefined : memos.get(args.id);
      if (stored && args.baseUpdatedAt !== undefined && args.baseUpdatedAt !== stored.updatedAt) {
        return conflict({ title: args.title ?? '', body: args.body }, stored);
      }
      const id = args.id ?? memos.size + 1;
      const memo: Memo = { id, title: args.title ?? '', body: args.body, updatedAt: stamp() };
      memos.set(id, memo);
      steps.push({ label: 'save-memo', undo: () => (stored ? memos.set(id, stored) : memos.delete(id)) });
      return ok(memo);
    },
    getArticleNote: async () => ok(note),
    saveArticleNote: async (args: { articleId: number; body: string; baseUpdatedAt?: string | null }) => {
      if (args.baseUpdatedAt !== undefined && args.baseUpdatedAt !== (note?.updatedAt ?? null)) {
        return conflict({ title: '', body: args.body }, note && { title: '', body: note.body, updatedAt: note.updatedAt });
      }
      note = { id: 1, articleId: args.articleId, body: args.body, updatedAt: stamp() };
      return ok(note);
    },
    listTags: async () => ok(tags.map((name) => ({ name, count: 1 }))),
    getArticle: async ({ id }: { id: number }) => ok({ id, tags }),
    tagArticles: async (args: { tags: string[] }) => {
      const before = tags;
      tags = [...new Set([...tags, ...args.tags])].sort();
      steps.push({ label: 'tag-articles', undo: () => (tags = before) });
      return ok({ changed: 1 });
    },
    listCodes: async () => ok(codes),
    createCode: async (args: { name: string }) => {
      const code = { id: codes.length + 1, name: args.name, parentId: null, sortOrder: 0, passageCount: 0 } as unknown as Code;
      codes = [...codes, code];
      steps.push({ label: 'create-code', undo: () => (codes = codes.filter((c) => c.id !== code.id)) });
      return ok(code);
    },
    listHighlights: async () => ok([]),
    getUndoState: async () => ok(state()),
    undo: async () => {
      steps.pop()?.undo();
      return ok(state());
    },
  };
  /** What another window or tab does: saves behind this one's back. */
  const elsewhere = {
    saveNote: (body: string) => (note = { id: 1, articleId: 5, body, updatedAt: stamp() }),
    saveMemo: (id: number, body: string) => memos.set(id, { ...memos.get(id)!, body, updatedAt: stamp() }),
  };
  return { api: api as unknown as ZhiyanApi, elsewhere, memos: () => [...memos.values()] };
}

let engine: ReturnType<typeof fakeEngine>;
beforeEach(() => {
  setActivePinia(createPinia());
  engine = fakeEngine();
  setApiClient(clientFor(engine.api));
});

describe('after undo every panel shows what is stored', () => {
  it('removes an undone new memo from the memo panel: list and open editor', async () => {
    const memos = useMemosStore();
    await memos.open(null);
    memos.edit({ title: '思路', body: '要点' });
    await memos.flush();
    expect(memos.list.map((memo) => memo.title)).toEqual(['思路']);
    const undo = useUndoStore();
    await undo.refresh();
    expect(undo.state.undoLabel).toBe('save-memo');

    await undo.undo();
    expect(engine.memos()).toEqual([]);
    expect(memos.list).toEqual([]);
    expect(memos.draft).toBeNull();
  });

  it('shows the earlier text of a memo whose edit was undone', async () => {
    const memos = useMemosStore();
    await memos.open(null);
    memos.edit({ title: '思路', body: '第一稿' });
    await memos.flush();
    memos.edit({ body: '第二稿' });
    await memos.flush();
    await useUndoStore().undo();
    expect(memos.draft?.body).toBe('第一稿');
    expect(memos.list.map((memo) => memo.body)).toEqual(['第一稿']);
  });

  it('shows the open article’s tags and the codebook as stored after undo', async () => {
    const tags = useTagsStore();
    const codebook = useCodebookStore();
    tags.showArticle(5, []);
    await tags.add([5], ['园区']);
    expect(tags.articleTags).toEqual(['园区']);
    await useUndoStore().undo();
    expect(tags.articleTags).toEqual([]);
    expect(tags.all).toEqual([]);

    await codebook.create({ name: '锂电', parentId: null });
    await codebook.load();
    expect(codebook.codes.map((code) => code.name)).toEqual(['锂电']);
    await useUndoStore().undo();
    expect(codebook.codes).toEqual([]);
  });
});

describe('a note saved in another window or tab', () => {
  it('is shown here when this window has no unsaved text', async () => {
    const notes = useNotesStore();
    await notes.load(5);
    engine.elsewhere.saveNote('另一处写的');
    await notes.onExternalChange([5]);
    expect(notes.body).toBe('另一处写的');
  });

  it('is never overwritten: the save is refused, both texts are shown, and the user chooses', async () => {
    const notes = useNotesStore();
    await notes.load(5);
    notes.edit('我的想法');
    engine.elsewhere.saveNote('另一处写的');
    await notes.onExternalChange([5]); // unsaved text here: left alone
    expect(notes.body).toBe('我的想法');
    await notes.flush();
    expect(notes.saveState).toBe('error');
    expect(notes.conflict).toEqual({
      yours: { title: '', body: '我的想法' },
      theirs: expect.objectContaining({ body: '另一处写的' }),
    });

    await notes.resolveConflict('merge');
    expect(notes.conflict).toBeNull();
    expect(notes.saveState).toBe('saved');
    expect(notes.body).toContain('我的想法');
    expect(notes.body).toContain('另一处写的');
    expect((await engine.api.getArticleNote({ articleId: 5 })).ok && notes.body).toBe(notes.body);
  });

  it('takes the other text, or keeps mine over it, as chosen', async () => {
    const notes = useNotesStore();
    await notes.load(5);
    notes.edit('我的');
    engine.elsewhere.saveNote('对方的');
    await notes.flush();
    await notes.resolveConflict('theirs');
    expect(notes.body).toBe('对方的');
    expect(notes.saveState).toBe('saved');

    notes.edit('我的第二稿');
    engine.elsewhere.saveNote('对方第二稿');
    await notes.flush();
    await notes.resolveConflict('mine');
    const stored = await engine.api.getArticleNote({ articleId: 5 });
    expect(stored.ok && stored.value?.body).toBe('我的第二稿');
  });
});

describe('a memo saved in another window or tab', () => {
  it('replaces the open memo’s text when unchanged here, and conflicts when changed here', async () => {
    const memos = useMemosStore();
    await memos.open(null);
    memos.edit({ title: '甲', body: '初稿' });
    await memos.flush();
    const id = memos.draft!.id!;
    engine.elsewhere.saveMemo(id, '另一处改的');
    await memos.onExternalChange();
    expect(memos.draft?.body).toBe('另一处改的');

    memos.edit({ body: '这里改的' });
    engine.elsewhere.saveMemo(id, '另一处又改');
    await memos.flush();
    expect(memos.conflict?.theirs?.body).toBe('另一处又改');
    expect(memos.conflict?.yours.body).toBe('这里改的');
    await memos.resolveConflict('mine');
    expect(engine.memos().map((memo) => memo.body)).toEqual(['这里改的']);
  });
});
