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

describe('codebook', () => {
  it('lists codes depth first with paths, palette colours and passage counts', async () => {
    const p = await project('codes');
    const industry = await p.call('createCode', { name: ' 产业 ' });
    const energy = await p.call('createCode', { name: '新能源', parentId: industry.id, description: '风光储' });
    const policy = await p.call('createCode', { name: '政策', color: '#123ABC' });
    const battery = await p.call('createCode', { name: '锂电', parentId: energy.id });
    expect(industry.name).toBe('产业');
    expect(industry.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(energy.color).not.toBe(industry.color);
    expect(policy.color).toBe('#123abc');
    expect(battery.path).toBe('产业/新能源/锂电');
    await p.call('createHighlight', { articleId: p.articleIds[0], start: 0, end: 4, codeIds: [battery.id, energy.id] });
    const codes = await p.call('listCodes');
    expect(codes.map((c) => c.path)).toEqual(['产业', '产业/新能源', '产业/新能源/锂电', '政策']);
    expect(codes.find((c) => c.id === battery.id)?.passageCount).toBe(1);
    expect(codes.find((c) => c.id === industry.id)?.passageCount).toBe(0);
    expect(p.lastEvent('annotationsChanged')?.codebook).toBe(true);
  });

  it('refuses a duplicate name among siblings, an unknown parent and a move under itself', async () => {
    const p = await project('codes-errors');
    const a = await p.call('createCode', { name: '产业' });
    const b = await p.call('createCode', { name: '新能源', parentId: a.id });
    expect(await p.errorCode('createCode', { name: '产业' })).toBe('CODE_NAME_TAKEN');
    await p.call('createCode', { name: '产业', parentId: b.id }); // same name, other level: fine
    expect(await p.errorCode('createCode', { name: 'x', parentId: 999 })).toBe('CODE_NOT_FOUND');
    expect(await p.errorCode('updateCode', { id: 999, name: 'y' })).toBe('CODE_NOT_FOUND');
    expect(await p.errorCode('updateCode', { id: a.id, parentId: b.id })).toBe('CODE_MOVE_INVALID');
    expect(await p.errorCode('updateCode', { id: a.id, parentId: a.id })).toBe('CODE_MOVE_INVALID');
    const c = await p.call('createCode', { name: '新能源' });
    expect(await p.errorCode('updateCode', { id: c.id, parentId: a.id })).toBe('CODE_NAME_TAKEN');
  });

  it('renames, recolours, moves and reorders, each undoable', async () => {
    const p = await project('codes-update');
    const a = await p.call('createCode', { name: 'A' });
    const b = await p.call('createCode', { name: 'B' });
    const c = await p.call('createCode', { name: 'C' });
    const renamed = await p.call('updateCode', { id: a.id, name: 'A2', color: '#00FF00', description: 'd' });
    expect(renamed).toMatchObject({ name: 'A2', color: '#00ff00', description: 'd' });
    await p.call('updateCode', { id: c.id, sortOrder: 0 });
    expect((await p.call('listCodes')).map((x) => x.name)).toEqual(['C', 'A2', 'B']);
    await p.call('updateCode', { id: b.id, parentId: c.id });
    expect((await p.call('listCodes')).map((x) => x.path)).toEqual(['C', 'C/B', 'A2']);
    await p.call('updateCode', { id: b.id, parentId: null, sortOrder: 1 });
    expect((await p.call('listCodes')).map((x) => x.path)).toEqual(['C', 'B', 'A2']);
    expect((await p.call('getUndoState')).undoLabel).toBe('update-code');
    await p.call('undo');
    expect((await p.call('listCodes')).map((x) => x.path)).toEqual(['C', 'C/B', 'A2']);
    await p.call('undo');
    await p.call('undo');
    await p.call('undo');
    expect((await p.call('listCodes')).map((x) => x.name)).toEqual(['A', 'B', 'C']);
    await p.call('redo');
    expect((await p.call('listCodes')).map((x) => x.name)).toEqual(['A2', 'B', 'C']);
  });

  it('merges a code into another without duplicate codings, moving its sub-codes; undo restores both', async () => {
    const p = await project('codes-merge');
    const [first, second] = p.articleIds;
    const source = await p.call('createCode', { name: '新能源' });
    const target = await p.call('createCode', { name: '能源' });
    const child = await p.call('createCode', { name: '锂电', parentId: source.id });
    const h1 = await p.call('createHighlight', { articleId: first, start: 0, end: 4, codeIds: [source.id, target.id] });
    const h2 = await p.call('createHighlight', { articleId: second, start: 2, end: 6, codeIds: [source.id] });
    const merged = await p.call('mergeCodes', { sourceId: source.id, targetId: target.id });
    expect(merged.passageCount).toBe(2);
    const codes = await p.call('listCodes');
    expect(codes.map((c) => c.path)).toEqual(['能源', '能源/锂电']);
    expect((await p.call('listHighlights', { articleId: first })).find((h) => h.id === h1.id)?.codeIds).toEqual([target.id]);
    expect((await p.call('listHighlights', { articleId: second }))[0]?.codeIds).toEqual([target.id]);
    expect(await p.errorCode('mergeCodes', { sourceId: target.id, targetId: child.id })).toBe('CODE_MOVE_INVALID');
    expect(await p.errorCode('mergeCodes', { sourceId: 999, targetId: target.id })).toBe('CODE_NOT_FOUND');
    await p.call('undo');
    const restored = await p.call('listCodes');
    expect(restored.map((c) => c.path)).toEqual(['新能源', '新能源/锂电', '能源']);
    expect((await p.call('listHighlights', { articleId: second }))[0]?.codeIds).toEqual([source.id]);
    expect(h2.codeIds).toEqual([source.id]);
    await p.call('redo');
    expect((await p.call('listCodes')).map((c) => c.path)).toEqual(['能源', '能源/锂电']);
  });

  it('deletes a code with its sub-codes; passages keep their other codes or stay as plain highlights', async () => {
    const p = await project('codes-delete');
    const a = await p.call('createCode', { name: '产业' });
    const sub = await p.call('createCode', { name: '新能源', parentId: a.id });
    const other = await p.call('createCode', { name: '政策' });
    const article = p.articleIds[0]!;
    await p.call('createHighlight', { articleId: article, start: 0, end: 4, codeIds: [sub.id, other.id] });
    await p.call('createHighlight', { articleId: article, start: 5, end: 8, codeIds: [a.id] });
    await p.call('deleteCode', { id: a.id });
    expect((await p.call('listCodes')).map((c) => c.name)).toEqual(['政策']);
    const highlights = await p.call('listHighlights', { articleId: article });
    expect(highlights.map((h) => h.codeIds)).toEqual([[other.id], []]);
    expect(await p.errorCode('deleteCode', { id: a.id })).toBe('CODE_NOT_FOUND');
    await p.call('undo');
    expect((await p.call('listCodes')).map((c) => c.path)).toEqual(['产业', '产业/新能源', '政策']);
    expect((await p.call('listHighlights', { articleId: article })).map((h) => h.codeIds)).toEqual([
      [sub.id, other.id].sort((x, y) => x - y),
      [a.id],
    ]);
  });

  it('lists coded passages of a code and its descendants, by article date then position', async () => {
    const p = await project('codes-passages');
    const a = await p.call('createCode', { name: '产业' });
    const sub = await p.call('createCode', { name: '新能源', parentId: a.id });
    const [first, second] = p.articleIds as [number, number];
    await p.call('createHighlight', { articleId: second, start: 0, end: 3, codeIds: [sub.id], note: '注' });
    await p.call('createHighlight', { articleId: first, start: 5, end: 9, codeIds: [a.id] });
    await p.call('createHighlight', { articleId: first, start: 0, end: 2, codeIds: [sub.id] });
    const all = await p.call('listCodedPassages', { codeId: a.id });
    expect(all.total).toBe(3);
    expect(all.items.map((i) => [i.articleId, i.start])).toEqual([
      [first, 0],
      [first, 5],
      [second, 0],
    ]);
    expect(all.items[2]).toMatchObject({ note: '注', articleSource: '测试日报', articleDate: '2023-12-02' });
    expect(all.items[0]?.articleTitle).toBe('衢州锂电产业再添新项目');
    const own = await p.call('listCodedPassages', { codeId: a.id, includeDescendants: false });
    expect(own.total).toBe(1);
    const page = await p.call('listCodedPassages', { codeId: a.id, offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1 });
    expect(page.items.map((i) => i.start)).toEqual([5]);
  });
});
