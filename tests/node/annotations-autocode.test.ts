import { afterEach, describe, expect, it } from 'vitest';
import { passagesOf, unitAround } from '../../src-main/node/services/annotations/autocode';
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

const exacts = async (p: AnnotationProject, articleId: number) =>
  (await p.call('listHighlights', { articleId })).map((h) => h.exact);

describe('auto-coding', () => {
  it('takes the sentence around a hit, closing quotes included, never a line break', () => {
    const text = '市长表示：“这是新能源产业的里程碑。”下一句。\n第二段没有句号';
    const at = text.indexOf('新能源');
    expect(text.slice(...unitAround(text, at, at + 3, 'sentence'))).toBe('市长表示：“这是新能源产业的里程碑。”');
    const next = text.indexOf('下一句');
    expect(text.slice(...unitAround(text, next, next + 1, 'sentence'))).toBe('下一句。');
    const last = text.indexOf('句号');
    expect(text.slice(...unitAround(text, last, last + 2, 'sentence'))).toBe('第二段没有句号');
    expect(text.slice(...unitAround(text, at, at + 3, 'paragraph'))).toBe('市长表示：“这是新能源产业的里程碑。”下一句。');
    // Two hits in one sentence make one passage.
    expect(passagesOf('甲乙丙。甲丁。', ['甲'], 'sentence')).toEqual([
      [0, 4],
      [4, 7],
    ]);
    expect(passagesOf('甲乙丙。甲丁。', ['甲'], 'paragraph')).toEqual([[0, 7]]);
  });

  it('codes every hit of the search with its sentence, folding traditional characters, in one undo step', async () => {
    const p = await project('autocode');
    const [a, b, c] = p.articleIds as [number, number, number];
    const code = await p.call('createCode', { name: '锂电' });
    const result = await p.call('autocode', { query: '锂电', codeId: code.id });
    expect(result).toEqual({ created: 3, alreadyCoded: 0, articles: 3 });
    expect(await exacts(p, a)).toEqual(['衢州智造新城签约锂电新材料项目，总投资50亿元。']);
    expect(await exacts(p, b)).toEqual(['锂电池产能同步扩大。']);
    expect(await exacts(p, c)).toEqual(['宜宾推進動力電池產業發展，鋰電項目密集落地。']);
    expect((await p.call('listCodes'))[0]?.passageCount).toBe(3);
    expect(p.lastEvent('annotationsChanged')).toEqual({ articleIds: [a, b, c], codebook: true });

    const again = await p.call('autocode', { query: '锂电', codeId: code.id });
    expect(again).toEqual({ created: 0, alreadyCoded: 3, articles: 0 });
    expect((await p.call('getUndoState')).undoLabel).toBe('autocode');
    await p.call('undo');
    expect(await exacts(p, a)).toEqual([]);
    expect(await exacts(p, c)).toEqual([]);
    await p.call('redo');
    expect((await p.call('listCodes'))[0]?.passageCount).toBe(3);
  });

  it('takes paragraphs, keeps to the filters, and skips passages the code already covers', async () => {
    const p = await project('autocode-para');
    const [a, b] = p.articleIds as [number, number];
    const code = await p.call('createCode', { name: '新能源' });
    const text = (await p.call('getArticle', { id: a })).cleanText;
    const covered = text.indexOf('当地');
    await p.call('createHighlight', { articleId: a, start: covered, end: covered + 2, codeIds: [code.id] });
    await p.call('tagArticles', { articleIds: [a], tags: ['选中'] });
    const result = await p.call('autocode', { query: '新能源', codeId: code.id, unit: 'paragraph', filters: { tags: ['选中'] } });
    expect(result).toEqual({ created: 1, alreadyCoded: 1, articles: 1 });
    expect(await exacts(p, a)).toEqual(['项目建成后年产值预计超过百亿元！市长表示：“这是衢州新能源产业的里程碑。”', '当地']);
    expect(await exacts(p, b)).toEqual([]);
    expect(await p.errorCode('autocode', { query: '新能源', codeId: 999 })).toBe('CODE_NOT_FOUND');
    expect(await p.call('autocode', { query: '不存在的词', codeId: code.id })).toEqual({ created: 0, alreadyCoded: 0, articles: 0 });
  });
});
