// Undo, redo, deletion and durability: the work survives a restart and a crash (journal replay).
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationProject, reopen, type AnnotationProject } from './support/annotation-project';
import { copyAsCrashed } from './support/temp-project';

let open: { engine: AnnotationProject['engine'] }[] = [];
afterEach(async () => {
  for (const p of open) await p.engine.shutdown();
  open = [];
});
const project = async (label: string) => {
  const p = await annotationProject(label);
  open.push(p);
  return p;
};

/** Everything a researcher added, in a comparable form. */
async function snapshot(p: Pick<AnnotationProject, 'call'>, articleIds: number[]) {
  const highlights = [];
  for (const articleId of articleIds) highlights.push(...(await p.call('listHighlights', { articleId })));
  return {
    codes: await p.call('listCodes'),
    highlights,
    tags: await p.call('listTags'),
    memos: await p.call('listMemos'),
    articles: (await p.call('listArticles', { limit: 1000 })).items,
  };
}

describe('undo, deletion and durability', () => {
  it('starts with nothing to undo, and a new action clears what could be redone', async () => {
    const p = await project('undo-basics');
    expect(await p.call('getUndoState')).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    expect(await p.errorCode('undo')).toBe('NOTHING_TO_UNDO');
    await p.call('createCode', { name: 'A' });
    await p.call('undo');
    expect(p.lastEvent('undoChanged')).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'create-code' });
    await p.call('createCode', { name: 'B' });
    expect(await p.call('getUndoState')).toMatchObject({ canRedo: false, undoLabel: 'create-code' });
    expect((await p.call('listCodes')).map((c) => c.name)).toEqual(['B']);
  });

  it('deletes articles with their highlights, tags and notes; undo restores them, searchable again', async () => {
    const p = await project('delete-articles');
    const [a, b] = p.articleIds as [number, number];
    const code = await p.call('createCode', { name: '锂电' });
    await p.call('createHighlight', { articleId: a, start: 0, end: 4, codeIds: [code.id], note: 'n' });
    await p.call('tagArticles', { articleIds: [a, b], tags: ['共有', '独有'] });
    await p.call('untagArticles', { articleIds: [b], tags: ['独有'] });
    await p.call('saveArticleNote', { articleId: a, body: '笔记' });
    const before = await snapshot(p, p.articleIds);
    expect((await p.call('search', { query: '智造新城' })).total).toBe(1);

    expect(await p.call('deleteArticles', { ids: [a] })).toEqual({ deleted: 1 });
    expect(p.lastEvent('libraryChanged')).toEqual({ reason: 'delete' });
    expect(p.lastEvent('annotationsChanged')).toEqual({ articleIds: [a], codebook: true });
    expect((await p.call('search', { query: '智造新城' })).total).toBe(0);
    expect(await p.errorCode('getArticle', { id: a })).toBe('ARTICLE_NOT_FOUND');
    expect(await p.call('listTags')).toEqual([{ name: '共有', count: 1 }]);
    expect((await p.call('listCodes'))[0]?.passageCount).toBe(0);
    expect((await p.call('getAppState')).project?.articleCount).toBe(2);

    await p.call('undo');
    expect(await snapshot(p, p.articleIds)).toEqual(before);
    expect((await p.call('search', { query: '智造新城' })).hits.map((h) => h.id)).toEqual([a]);
    expect((await p.call('getArticleNote', { articleId: a }))?.body).toBe('笔记');
    await p.call('redo');
    expect((await p.call('search', { query: '智造新城' })).total).toBe(0);
    expect(await p.errorCode('deleteArticles', { ids: [a] })).toBe('ARTICLE_NOT_FOUND');
  });

  it('keeps the work after closing and reopening the project', async () => {
    const p = await project('durable');
    const code = await p.call('createCode', { name: '新能源' });
    await p.call('createHighlight', { articleId: p.articleIds[0], start: 0, end: 3, codeIds: [code.id] });
    await p.call('tagArticles', { articleIds: p.articleIds, tags: ['已读'] });
    await p.call('saveMemo', { title: '备忘', body: '内容' });
    await p.call('deleteArticles', { ids: [p.articleIds[2]!] });
    await p.call('undo');
    const before = await snapshot(p, p.articleIds);
    await p.call('closeProject');
    const again = await reopen(p.projectPath);
    open.push(again);
    expect(await snapshot(again, p.articleIds)).toEqual(before);
    // The history belongs to the session: a reopened project starts with nothing to undo.
    expect((await again.call('getUndoState')).canUndo).toBe(false);
    expect((await again.call('search', { query: '宜宾' })).total).toBe(1);
  });

  it('replays every acknowledged change, undo included, after a crash', async () => {
    const p = await project('crash');
    const code = await p.call('createCode', { name: '产业' });
    await p.call('createHighlight', { articleId: p.articleIds[1], start: 2, end: 6, codeIds: [code.id] });
    await p.call('tagArticles', { articleIds: [p.articleIds[0]!], tags: ['标签'] });
    await p.call('deleteArticles', { ids: [p.articleIds[0]!] });
    await p.call('undo');
    await p.call('deleteArticles', { ids: [p.articleIds[2]!] });
    const before = await snapshot(p, p.articleIds.slice(0, 2));
    expect(fs.statSync(`${p.projectPath}.journal`).size).toBeGreaterThan(0);
    const crashed = copyAsCrashed(p.projectPath, 'crash-copy');
    const again = await reopen(crashed);
    open.push(again);
    expect(await snapshot(again, p.articleIds.slice(0, 2))).toEqual(before);
    // The restored article was re-indexed on open (the index is derived, rebuilt where missing).
    expect((await again.call('search', { query: '智造新城' })).hits.map((h) => h.id)).toEqual([p.articleIds[0]]);
    expect((await again.call('search', { query: '宜宾' })).total).toBe(0);
  });

  it('caps the history at 200 steps', async () => {
    const p = await project('cap');
    const code = await p.call('createCode', { name: 'A' });
    for (let i = 0; i < 205; i++) await p.call('updateCode', { id: code.id, description: String(i) });
    let undone = 0;
    while ((await p.call('getUndoState')).canUndo) {
      await p.call('undo');
      undone++;
    }
    expect(undone).toBe(200);
    expect((await p.call('listCodes'))[0]?.description).toBe('4');
  });
});
