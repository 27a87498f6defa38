import { afterEach, describe, expect, it } from 'vitest';
import { annotationProject, type AnnotationProject } from './support/annotation-project';

let open: AnnotationProject[] = [];
afterEach(async () => {
  for (const p of open) await p.engine.shutdown();
  open = [];
});
const project = async (label: string) => {
  const p = await annotationProject(label);
  open.push(p);
  return p;
};

describe('tags and memos', () => {
  it('tags and untags many articles, trims names, counts, and drops a tag nobody carries', async () => {
    const p = await project('tags');
    const [a, b, c] = p.articleIds as [number, number, number];
    expect(await p.call('tagArticles', { articleIds: [a, b], tags: [' 锂电 ', '衢州', '锂电'] })).toEqual({ changed: 2 });
    expect(p.lastEvent('annotationsChanged')).toEqual({ articleIds: [a, b], codebook: false });
    expect(await p.call('tagArticles', { articleIds: [b, c], tags: ['锂电'] })).toEqual({ changed: 1 });
    expect(await p.call('listTags')).toEqual([
      { name: '衢州', count: 2 },
      { name: '锂电', count: 3 },
    ].sort((x, y) => (x.name < y.name ? -1 : 1)));
    const page = await p.call('listArticles', { tags: ['锂电', '衢州'] });
    expect(page.items.map((i) => i.id)).toEqual([a, b]);
    expect(page.items[0]?.tags).toEqual(['衢州', '锂电'].sort());
    expect(await p.call('untagArticles', { articleIds: [a], tags: ['衢州', '不存在'] })).toEqual({ changed: 1 });
    expect((await p.call('listTags')).map((t) => t.name).sort()).toEqual(['衢州', '锂电'].sort());
    expect(await p.call('untagArticles', { articleIds: [a, b], tags: ['衢州'] })).toEqual({ changed: 1 });
    expect((await p.call('listTags')).map((t) => t.name)).toEqual(['锂电']);
    expect(await p.errorCode('tagArticles', { articleIds: [a, 9999], tags: ['x'] })).toBe('ARTICLE_NOT_FOUND');
    expect(await p.errorCode('tagArticles', { articleIds: [a], tags: ['  '] })).toBe('INVALID_ARGUMENT');

    expect((await p.call('undo')).redoLabel).toBe('untag-articles');
    expect((await p.call('listTags')).map((t) => t.name).sort()).toEqual(['衢州', '锂电'].sort());
    await p.call('undo');
    await p.call('undo');
    await p.call('undo');
    expect(await p.call('listTags')).toEqual([]);
    await p.call('redo');
    expect((await p.call('listTags')).find((t) => t.name === '锂电')?.count).toBe(2);
  });

  it('tags 10,000 ids in one step (the same articles many times over)', async () => {
    const p = await project('tags-many');
    const ids = Array.from({ length: 10_000 }, (_, i) => p.articleIds[i % p.articleIds.length]!);
    expect(await p.call('tagArticles', { articleIds: ids, tags: ['批量'] })).toEqual({ changed: 3 });
    expect(await p.call('untagArticles', { articleIds: ids, tags: ['批量'] })).toEqual({ changed: 3 });
    await p.call('undo');
    expect(await p.call('listTags')).toEqual([{ name: '批量', count: 3 }]);
  });

  it('saves, lists and deletes memos, undoably, leaving article notes alone', async () => {
    const p = await project('memos');
    await p.call('saveArticleNote', { articleId: p.articleIds[0], body: '文章笔记' });
    const memo = await p.call('saveMemo', { title: '研究问题', body: '# 问题\n产业转移' });
    expect(memo).toMatchObject({ title: '研究问题', body: '# 问题\n产业转移' });
    const edited = await p.call('saveMemo', { id: memo.id, title: '研究问题（二）', body: '改' });
    const second = await p.call('saveMemo', { body: '无题' });
    expect((await p.call('listMemos')).map((m) => m.id)).toEqual([second.id, edited.id]);
    expect(await p.errorCode('saveMemo', { id: 999, body: 'x' })).toBe('MEMO_NOT_FOUND');
    await p.call('deleteMemo', { id: memo.id });
    expect(await p.errorCode('deleteMemo', { id: memo.id })).toBe('MEMO_NOT_FOUND');
    expect((await p.call('listMemos')).map((m) => m.id)).toEqual([second.id]);
    expect((await p.call('getUndoState')).undoLabel).toBe('delete-memo');
    await p.call('undo');
    expect((await p.call('listMemos')).find((m) => m.id === memo.id)?.title).toBe('研究问题（二）');
    await p.call('undo');
    await p.call('undo');
    expect((await p.call('listMemos')).map((m) => m.title)).toEqual(['研究问题']);
    expect((await p.call('getArticleNote', { articleId: p.articleIds[0] }))?.body).toBe('文章笔记');
  });
});
