import { afterEach, describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../src-main/common/anchoring';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { annotationProject, reopen, type AnnotationProject } from './support/annotation-project';

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

describe('highlights', () => {
  it('creates a highlight with its quote selectors, codes, note and colour', async () => {
    const p = await project('hl-create');
    const articleId = p.articleIds[0]!;
    const article = await p.call('getArticle', { id: articleId });
    const code = await p.call('createCode', { name: '锂电' });
    const start = article.cleanText.indexOf('锂电新材料');
    const highlight = await p.call('createHighlight', {
      articleId,
      start,
      end: start + 5,
      codeIds: [code.id],
      note: '重点项目',
    });
    expect(highlight).toMatchObject({ articleId, start, end: start + 5, exact: '锂电新材料', codeIds: [code.id], note: '重点项目', color: null, orphaned: false });
    expect(p.lastEvent('annotationsChanged')).toEqual({ articleIds: [articleId], codebook: true });
    expect(p.lastEvent('undoChanged')).toMatchObject({ canUndo: true, undoLabel: 'create-highlight' });
    const plain = await p.call('createHighlight', { articleId, start: 0, end: 2, color: '#FFEE00' });
    expect(plain).toMatchObject({ codeIds: [], color: '#ffee00' });
    expect(p.lastEvent('annotationsChanged')).toEqual({ articleIds: [articleId], codebook: false });
    const listed = await p.call('listHighlights', { articleId });
    expect(listed.map((h) => h.id)).toEqual([plain.id, highlight.id]);
    const summary = (await p.call('listArticles', {})).items.find((a) => a.id === articleId);
    expect(summary?.highlightCount).toBe(2);
  });

  it('refuses ranges outside the text, empty ranges, split surrogate pairs, unknown articles and codes', async () => {
    const p = await project('hl-errors');
    const articleId = p.articleIds[0]!;
    const { cleanText } = await p.call('getArticle', { id: articleId });
    const args = (start: number, end: number) => ({ articleId, start, end });
    expect(await p.errorCode('createHighlight', args(0, cleanText.length + 1))).toBe('HIGHLIGHT_RANGE_INVALID');
    expect(await p.errorCode('createHighlight', args(3, 3))).toBe('HIGHLIGHT_RANGE_INVALID');
    expect(await p.errorCode('createHighlight', args(5, 3))).toBe('HIGHLIGHT_RANGE_INVALID');
    expect(await p.errorCode('createHighlight', { articleId: 9999, start: 0, end: 1 })).toBe('ARTICLE_NOT_FOUND');
    expect(await p.errorCode('createHighlight', { ...args(0, 2), codeIds: [42] })).toBe('CODE_NOT_FOUND');
    const third = p.articleIds[2]!;
    const text = (await p.call('getArticle', { id: third })).cleanText;
    const at = text.indexOf('𠮷');
    expect(at).toBeGreaterThan(0);
    expect(await p.errorCode('createHighlight', { articleId: third, start: at + 1, end: at + 4 })).toBe('HIGHLIGHT_RANGE_INVALID');
    expect(await p.errorCode('createHighlight', { articleId: third, start: at - 1, end: at + 1 })).toBe('HIGHLIGHT_RANGE_INVALID');
    const whole = await p.call('createHighlight', { articleId: third, start: at, end: at + 3 });
    expect(whole.exact).toBe('𠮷野');
    expect(await p.call('listHighlights', { articleId })).toEqual([]);
  });

  it('updates codes, note and colour, deletes, and undoes and redoes each', async () => {
    const p = await project('hl-update');
    const articleId = p.articleIds[1]!;
    const a = await p.call('createCode', { name: 'A' });
    const b = await p.call('createCode', { name: 'B' });
    const h = await p.call('createHighlight', { articleId, start: 0, end: 5, codeIds: [a.id] });
    const updated = await p.call('updateHighlight', { id: h.id, codeIds: [b.id, a.id], note: '备注' });
    expect(updated).toMatchObject({ codeIds: [a.id, b.id].sort((x, y) => x - y), note: '备注' });
    const recoloured = await p.call('updateHighlight', { id: h.id, color: '#AABBCC' });
    expect(recoloured.color).toBe('#aabbcc');
    expect(recoloured.note).toBe('备注');
    expect(await p.errorCode('updateHighlight', { id: 999, note: 'x' })).toBe('HIGHLIGHT_NOT_FOUND');
    expect(await p.errorCode('updateHighlight', { id: h.id, codeIds: [999] })).toBe('CODE_NOT_FOUND');
    await p.call('deleteHighlight', { id: h.id });
    expect(await p.call('listHighlights', { articleId })).toEqual([]);
    expect(await p.errorCode('deleteHighlight', { id: h.id })).toBe('HIGHLIGHT_NOT_FOUND');

    expect((await p.call('undo')).undoLabel).toBe('update-highlight');
    expect(await p.call('listHighlights', { articleId })).toEqual([recoloured]);
    await p.call('undo');
    expect((await p.call('listHighlights', { articleId }))[0]).toEqual(updated);
    await p.call('undo');
    expect((await p.call('listHighlights', { articleId }))[0]).toEqual(h);
    const state = await p.call('undo');
    expect(state).toMatchObject({ canRedo: true, redoLabel: 'create-highlight', undoLabel: 'create-code' });
    expect(await p.call('listHighlights', { articleId })).toEqual([]);
    await p.call('redo');
    await p.call('redo');
    expect(await p.call('listHighlights', { articleId })).toEqual([updated]);
    await p.call('redo');
    await p.call('redo');
    expect(await p.call('listHighlights', { articleId })).toEqual([]);
    expect(await p.errorCode('redo')).toBe('NOTHING_TO_UNDO');
  });

  it('re-anchors against changed text: found passages follow, lost ones are orphaned and kept', async () => {
    const p = await project('hl-anchor');
    const articleId = p.articleIds[0]!;
    const { cleanText } = await p.call('getArticle', { id: articleId });
    const start = cleanText.indexOf('年产值');
    const moved = await p.call('createHighlight', { articleId, start, end: start + 3 });
    const lostStart = cleanText.indexOf('里程碑');
    const lost = await p.call('createHighlight', { articleId, start: lostStart, end: lostStart + 3 });
    const code = await p.call('createCode', { name: '产值' });
    await p.call('updateHighlight', { id: moved.id, codeIds: [code.id] });
    await p.engine.shutdown();
    open = open.filter((x) => x !== p);
    // The article's text changes under the highlights (as a re-import with better cleaning does).
    const changed = `前言。\n${cleanText.replace('里程碑', '新起点')}`;
    const store = await ProjectStore.open(p.projectPath);
    store.write((q) => q.run('UPDATE articles SET clean_text = ? WHERE id = ?', [changed, articleId]));
    store.close();

    const again = await reopen(p.projectPath);
    try {
      const listed = await again.call('listHighlights', { articleId });
      expect(listed.map((h) => h.id).sort()).toEqual([moved.id, lost.id].sort());
      for (const before of [moved, lost]) {
        const now = listed.find((h) => h.id === before.id)!;
        const anchor = anchorSelectors(changed, before);
        if (anchor) {
          expect(now).toMatchObject({ ...anchor, orphaned: false });
          expect(changed.slice(now.start, now.end)).toBe(before.exact);
        } else {
          expect(now).toMatchObject({ start: before.start, end: before.end, exact: before.exact, orphaned: true });
        }
      }
      expect(listed.find((h) => h.id === lost.id)?.orphaned).toBe(true);
      // What re-anchoring found is stored: the passage list, which does not anchor, shows the same.
      const passages = await again.call('listCodedPassages', { codeId: code.id });
      const shown = listed.find((h) => h.id === moved.id)!;
      expect(passages.items[0]).toMatchObject({ start: shown.start, end: shown.end, orphaned: shown.orphaned });
    } finally {
      await again.engine.shutdown();
    }
  });
});
