// Several windows or tabs on one project (one engine): a note or memo saved over a version newer
// than the one a client loaded is refused with both texts, never silently overwritten; each client
// undoes its own steps only, and not over another client's later work; every change is announced.
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../src-main/common/api/contract';
import type { ApiError } from '../../src-main/common/api/errors';
import type { Note } from '../../src-main/common/model/article';
import { annotationProject, type AnnotationProject } from './support/annotation-project';

let open: AnnotationProject[] = [];
afterEach(async () => {
  for (const p of open) await p.engine.shutdown();
  open = [];
});

async function project(label: string) {
  const p = await annotationProject(label);
  open.push(p);
  return p;
}

/** One client (a tab, a window) of the project's engine. */
function client(p: AnnotationProject, id: string) {
  const call = async <M extends ApiMethod>(method: M, args: unknown = {}): Promise<ApiResults[M]> => {
    const result = await p.engine.dispatch(method, args, id);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as ApiResults[M];
  };
  const failure = async (method: ApiMethod, args: unknown = {}): Promise<ApiError> => {
    const result = await p.engine.dispatch(method, args, id);
    if (result.ok) throw new Error(`${method} was expected to fail`);
    return result.error;
  };
  return { call, failure };
}

describe('two clients, one note', () => {
  it('refuses a note saved over a newer version, with both texts, and keeps the newer one', async () => {
    const p = await project('note-conflict');
    const a = client(p, 'tab:a');
    const b = client(p, 'tab:b');
    const articleId = p.articleIds[0]!;
    // Both tabs open the article: no note yet.
    const seenByA = await a.call('getArticleNote', { articleId });
    const seenByB = await b.call('getArticleNote', { articleId });
    expect(seenByA).toBeNull();

    const saved = await a.call('saveArticleNote', { articleId, body: 'A 的笔记', baseUpdatedAt: seenByA?.updatedAt ?? null });
    const error = await b.failure('saveArticleNote', { articleId, body: 'B 的笔记', baseUpdatedAt: seenByB?.updatedAt ?? null });
    expect(error.code).toBe('NOTE_CONFLICT');
    expect(error.detail).toMatchObject({
      articleId,
      yours: { body: 'B 的笔记' },
      theirs: { body: 'A 的笔记', updatedAt: saved!.updatedAt },
    });
    expect((await b.call('getArticleNote', { articleId }))?.body).toBe('A 的笔记');

    // B chose to keep its text over the version it has now seen: saved.
    const kept = await b.call('saveArticleNote', { articleId, body: 'B 的笔记', baseUpdatedAt: saved!.updatedAt });
    expect(kept?.body).toBe('B 的笔记');
    expect(kept!.updatedAt > saved!.updatedAt).toBe(true);
    // A's next autosave, from its old version, is refused in turn.
    expect((await a.failure('saveArticleNote', { articleId, body: 'A 又改', baseUpdatedAt: saved!.updatedAt })).code).toBe(
      'NOTE_CONFLICT',
    );
  });

  it('gives every save of a note its own version, even within one millisecond', async () => {
    const p = await project('note-versions');
    const articleId = p.articleIds[1]!;
    let base: string | null = null;
    const versions = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const note: Note | null = await p.call('saveArticleNote', { articleId, body: `第 ${i} 稿`, baseUpdatedAt: base });
      const version: string = note!.updatedAt;
      versions.add(version);
      base = version;
    }
    expect(versions.size).toBe(20);
  });

  it('announces a saved note to every client', async () => {
    const p = await project('note-event');
    await client(p, 'tab:a').call('saveArticleNote', { articleId: p.articleIds[0], body: '笔记' });
    expect(p.lastEvent('notesChanged')).toEqual({ articleIds: [p.articleIds[0]], memos: false });
  });
});

describe('two clients, one memo', () => {
  it('refuses a memo saved over a newer version, and lets the same text through', async () => {
    const p = await project('memo-conflict');
    const a = client(p, 'tab:a');
    const b = client(p, 'tab:b');
    const memo = await a.call('saveMemo', { title: '思路', body: '初稿' });
    const fromA = await a.call('saveMemo', { id: memo.id, title: '思路', body: 'A 改过', baseUpdatedAt: memo.updatedAt });
    const error = await b.failure('saveMemo', { id: memo.id, title: '思路', body: 'B 改过', baseUpdatedAt: memo.updatedAt });
    expect(error.code).toBe('NOTE_CONFLICT');
    expect(error.detail).toMatchObject({
      memoId: memo.id,
      yours: { title: '思路', body: 'B 改过' },
      theirs: { title: '思路', body: 'A 改过', updatedAt: fromA.updatedAt },
    });
    // Saving exactly what is stored is no conflict.
    await b.call('saveMemo', { id: memo.id, title: '思路', body: 'A 改过', baseUpdatedAt: memo.updatedAt });
    expect(p.lastEvent('notesChanged')).toEqual({ articleIds: [], memos: true });
  });
});

describe('undo per client', () => {
  it('undoes your own last step, never the other client’s', async () => {
    const p = await project('undo-per-client');
    const a = client(p, 'tab:a');
    const b = client(p, 'tab:b');
    const [first, second] = p.articleIds as [number, number];
    await a.call('tagArticles', { articleIds: [first], tags: ['A的标签'] });
    await b.call('tagArticles', { articleIds: [second], tags: ['B的标签'] });

    expect(await b.call('getUndoState')).toMatchObject({ canUndo: true, undoLabel: 'tag-articles' });
    await a.call('undo');
    expect((await p.call('listTags')).map((tag) => tag.name)).toEqual(['B的标签']);
    expect(await a.call('getUndoState')).toMatchObject({ canUndo: false, canRedo: true });
    expect(await b.call('getUndoState')).toMatchObject({ canUndo: true, canRedo: false });
    expect((await a.failure('undo')).code).toBe('NOTHING_TO_UNDO');
    await a.call('redo');
    expect((await p.call('listTags')).map((tag) => tag.name).sort()).toEqual(['A的标签', 'B的标签'].sort());
  });

  it('tells only the client concerned about its undo state, and everyone about the change', async () => {
    const p = await project('undo-events');
    await client(p, 'window:3').call('createCode', { name: '甲' });
    const undoEvents = p.events.filter((event) => event.name === 'undoChanged');
    expect(undoEvents).toEqual([
      { name: 'undoChanged', payload: expect.objectContaining({ undoLabel: 'create-code' }), target: 'window:3' },
    ]);
    const change = p.events.find((event) => event.name === 'annotationsChanged');
    expect(change?.target).toBeUndefined();
  });

  it('refuses to undo over another client’s later change of the same items, and keeps both', async () => {
    const p = await project('undo-conflict');
    const a = client(p, 'tab:a');
    const b = client(p, 'tab:b');
    const memo = await a.call('saveMemo', { title: '甲', body: 'A 写的' });
    await b.call('saveMemo', { id: memo.id, title: '甲', body: 'B 接着写', baseUpdatedAt: memo.updatedAt });
    const error = await a.failure('undo');
    expect(error.code).toBe('UNDO_CONFLICT');
    expect((await p.call('listMemos')).map((m) => m.body)).toEqual(['B 接着写']);
    // The step that collided is gone from A's history; B's own step is still B's to undo.
    expect(await a.call('getUndoState')).toMatchObject({ canUndo: false });
    await b.call('undo');
    expect((await p.call('listMemos')).map((m) => m.body)).toEqual(['A 写的']);
  });

  it('undoing a memo announces the memos changed, so every panel can reload them', async () => {
    const p = await project('undo-memo-event');
    await p.call('saveMemo', { title: '备忘', body: '内容' });
    p.events.length = 0;
    await p.call('undo');
    expect(await p.call('listMemos')).toEqual([]);
    expect(p.lastEvent('notesChanged')).toEqual({ articleIds: [], memos: true });
  });
});
