// Correcting article metadata by hand: every field, the edited marks with what the importer found,
// undo and redo (single and bulk), and that search, sorting and re-import all see the corrections.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationProject, type AnnotationProject } from './support/annotation-project';
import { makeTempDir } from './support/temp-project';

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

const searchIds = async (p: AnnotationProject, query: string, filters: Record<string, unknown> = {}) =>
  (await p.call('search', { query, filters })).hits.map((hit) => hit.id);

describe('editing an article by hand', () => {
  it('sets each field, marks it edited with what the importer found, and says so to the library', async () => {
    const p = await project('edit-fields');
    const [a] = p.articleIds as [number];
    const imported = await p.call('getArticle', { id: a });
    expect(imported.edited).toEqual({});
    expect(imported.docNumber).toBeNull();

    const edited = await p.call('editArticle', {
      id: a,
      title: '  衢州市人民政府办公室关于加快锂电产业发展的通知 ',
      date: '2023-05',
      source: '衢州市人民政府办公室',
      author: '市政府办公室',
      docNumber: '衢政办发〔2023〕9号',
      places: ['衢州市', ' 智造新城 ', '衢州市', ''],
    });
    expect(edited).toMatchObject({
      title: '衢州市人民政府办公室关于加快锂电产业发展的通知',
      date: '2023-05',
      source: '衢州市人民政府办公室',
      author: '市政府办公室',
      docNumber: '衢政办发〔2023〕9号',
      places: ['衢州市', '智造新城'],
    });
    expect(edited.edited).toEqual({
      title: imported.title,
      date: { date: imported.date, precision: 'day' },
      source: imported.source,
      author: imported.author,
      docNumber: null,
      places: imported.places,
    });
    expect(p.lastEvent('libraryChanged')).toEqual({ reason: 'edit' });
    // The library lists the corrected values.
    const row = (await p.call('listArticles', {})).items.find((item) => item.id === a)!;
    expect(row).toMatchObject({ title: edited.title, date: '2023-05', docNumber: '衢政办发〔2023〕9号' });
  });

  it('accepts every date precision, and refuses a date that does not exist', async () => {
    const p = await project('edit-dates');
    const [a] = p.articleIds as [number];
    for (const date of ['2023-05-08', '2023-05', '2023', '--02-29', null]) {
      expect((await p.call('editArticle', { id: a, date })).date).toBe(date);
    }
    for (const date of ['2023-02-30', '2023-13', '23-05-08', '--13-01', '2023年5月']) {
      expect(await p.errorCode('editArticle', { id: a, date })).toBe('INVALID_ARGUMENT');
    }
    expect(await p.errorCode('editArticle', { id: a, title: '   ' })).toBe('INVALID_ARGUMENT');
    expect(await p.errorCode('editArticle', { id: 999, title: '无' })).toBe('ARTICLE_NOT_FOUND');
  });

  it('clears the mark when a field is set back to what the importer found, or restored', async () => {
    const p = await project('edit-restore');
    const [a] = p.articleIds as [number];
    const imported = await p.call('getArticle', { id: a });
    await p.call('editArticle', { id: a, title: '改过的标题', source: '改过的来源' });
    await p.call('editArticle', { id: a, title: '再改一次' });
    let now = await p.call('getArticle', { id: a });
    // The importer's value is kept through several edits.
    expect(now.edited).toEqual({ title: imported.title, source: imported.source });
    now = await p.call('editArticle', { id: a, title: imported.title });
    expect(now.edited).toEqual({ source: imported.source });
    now = await p.call('editArticle', { id: a, restore: ['source'] });
    expect(now).toMatchObject({ title: imported.title, source: imported.source, edited: {} });
    // Nothing changed: no undo step.
    const steps = p.events.filter((e) => e.name === 'undoChanged').length;
    await p.call('editArticle', { id: a, title: imported.title });
    expect(p.events.filter((e) => e.name === 'undoChanged').length).toBe(steps);
  });

  it('undoes and redoes an edit with its marks, and search follows the title both ways', async () => {
    const p = await project('edit-undo');
    const [a] = p.articleIds as [number];
    const imported = await p.call('getArticle', { id: a });
    expect(await searchIds(p, '锂电产业再添')).toEqual([a]);
    await p.call('editArticle', { id: a, title: '智造新城签约纪实', docNumber: '衢政办发〔2023〕9号' });
    expect(await p.call('getUndoState')).toMatchObject({ canUndo: true, undoLabel: 'edit-article' });
    expect(await searchIds(p, '锂电产业再添')).toEqual([]);
    expect(await searchIds(p, '签约纪实')).toEqual([a]);

    await p.call('undo');
    const undone = await p.call('getArticle', { id: a });
    expect(undone).toMatchObject({ title: imported.title, docNumber: null, edited: {} });
    expect(await searchIds(p, '锂电产业再添')).toEqual([a]);
    expect(await searchIds(p, '签约纪实')).toEqual([]);
    expect(await searchIds(p, '衢政办发')).toEqual([]);

    await p.call('redo');
    const redone = await p.call('getArticle', { id: a });
    expect(redone).toMatchObject({ title: '智造新城签约纪实', docNumber: '衢政办发〔2023〕9号' });
    expect(Object.keys(redone.edited).sort()).toEqual(['docNumber', 'title']);
    expect(await searchIds(p, '签约纪实')).toEqual([a]);
    expect(await searchIds(p, '衢政办发')).toEqual([a]);
  });

  it('sets the source and date of several articles as one undo step', async () => {
    const p = await project('edit-bulk');
    const [a, b, c] = p.articleIds as [number, number, number];
    const before = (await p.call('listArticles', {})).items;
    expect(await p.call('editArticles', { ids: [a, b], source: '浙江日报', date: '2024' })).toEqual({
      changed: 2,
    });
    expect(await p.call('getUndoState')).toMatchObject({ undoLabel: 'edit-articles' });
    const after = (await p.call('listArticles', {})).items;
    expect(after.filter((x) => x.source === '浙江日报' && x.date === '2024').map((x) => x.id)).toEqual([
      a,
      b,
    ]);
    expect(after.find((x) => x.id === c)).toEqual(before.find((x) => x.id === c));
    expect((await p.call('getArticle', { id: b })).edited).toEqual({
      source: '测试日报',
      date: { date: '2023-12-02', precision: 'day' },
    });
    expect(await searchIds(p, '', { sources: ['浙江日报'] })).toEqual([a, b]);

    await p.call('undo');
    expect((await p.call('listArticles', {})).items).toEqual(before);
    expect((await p.call('getArticle', { id: a })).edited).toEqual({});
    await p.call('redo');
    expect((await p.call('getArticle', { id: a })).source).toBe('浙江日报');
    expect(await p.errorCode('editArticles', { ids: [a, 999], source: 'x' })).toBe('ARTICLE_NOT_FOUND');
  });
});

describe('what uses the corrected values', () => {
  it('sorts and filters by partial dates: a year after the month within it, no-year dates last', async () => {
    const p = await project('edit-date-order');
    const [a, b, c] = p.articleIds as [number, number, number];
    await p.call('editArticle', { id: a, date: '2023-05' });
    await p.call('editArticle', { id: b, date: '2023' });
    await p.call('editArticle', { id: c, date: '--05-20' });
    const library = async (sort: string) => (await p.call('listArticles', { sort })).items.map((x) => x.id);
    // A partial date sorts after the dates it spans, either way (tests/node/date-sort.test.ts).
    expect(await library('date-asc')).toEqual([a, b, c]);
    expect(await library('date-desc')).toEqual([a, b, c]);
    const search = async (sort: string, filters = {}) =>
      (await p.call('search', { query: '', sort, filters })).hits.map((x) => x.id);
    expect(await search('date-asc')).toEqual([a, b, c]);
    expect(await search('date-desc')).toEqual([a, b, c]);
    // 2023-05 meets a range in May; the year 2023 meets any range within 2023; --05-20 none.
    expect(await search('date-asc', { dateFrom: '2023-05-10', dateTo: '2023-05-31' })).toEqual([a, b]);
    expect(await search('date-asc', { dateFrom: '2023-06-01', dateTo: '2023-12-31' })).toEqual([b]);
    expect(await search('date-asc', { dateFrom: '2024-01-01' })).toEqual([]);
  });

  it('finds a document by its number or part of it, and filters by it', async () => {
    const p = await project('edit-doc-number');
    const [a, b] = p.articleIds as [number, number];
    await p.call('editArticle', { id: a, docNumber: '衢政办发〔2023〕9号' });
    await p.call('editArticle', { id: b, docNumber: '合政〔2024〕12号' });
    expect(await searchIds(p, '衢政办发〔2023〕9号')).toEqual([a]);
    expect(await searchIds(p, '衢政办发')).toEqual([a]);
    expect(await searchIds(p, '"〔2024〕12号"')).toEqual([b]);
    expect(await searchIds(p, '', { docNumber: '政办发' })).toEqual([a]);
    expect(await searchIds(p, '', { docNumber: '〔2024〕' })).toEqual([b]);
    expect(await searchIds(p, '新能源', { docNumber: '合政' })).toEqual([b]);
  });

  it('keeps edited fields through a re-import that changes the text, and records the new findings', async () => {
    const p = await project('edit-reimport');
    const folder = makeTempDir('edit-reimport-files');
    const file = path.join(folder, 'notice.txt');
    const write = (date: string, extra: string) =>
      fs.writeFileSync(
        file,
        `关于加快新能源产业发展的通知\n\n发布时间：${date} 09:00:00 来源：衢州发布\n\n各县（市、区）人民政府，市政府各部门：为加快新能源产业发展，现通知如下。${extra}\n一、加快锂电新材料项目建设，做强产业链。\n`,
      );
    write('2023-05-08', '');
    await p.call('importPaths', { paths: [folder] });
    const id = (await p.call('listArticles', {})).items.find((x) => x.filePath === file)!.id;
    await p.call('editArticle', {
      id,
      title: '衢州市关于加快新能源产业发展的通知',
      docNumber: '衢政办发〔2023〕9号',
    });

    write('2023-05-09', '（此段为新增）');
    const report = await p.call('importPaths', { paths: [folder] });
    expect(report.updated).toBe(1);
    const after = await p.call('getArticle', { id });
    expect(after.cleanText).toContain('此段为新增');
    expect(after).toMatchObject({
      title: '衢州市关于加快新能源产业发展的通知',
      docNumber: '衢政办发〔2023〕9号',
      // Not edited: the new finding.
      date: '2023-05-09',
      source: '衢州发布',
    });
    expect(after.edited).toEqual({ title: '关于加快新能源产业发展的通知', docNumber: null });
    // Indexed under the kept title and number.
    expect(await searchIds(p, '衢州市关于加快')).toEqual([id]);
    expect(await searchIds(p, '衢政办发')).toEqual([id]);
  });

  it('stores the document number the importer reads, finds it, and keeps it through a re-import', async () => {
    const p = await project('edit-reimport-docnumber');
    const folder = makeTempDir('edit-reimport-docnumber-files');
    const file = path.join(folder, 'notice.txt');
    const write = (extra: string) =>
      fs.writeFileSync(
        file,
        `关于促进储能产业发展的意见\n\n衢政发〔2024〕5号\n\n发布时间：2024-03-01 09:00:00 来源：衢州发布\n\n为促进储能产业高质量发展，提出如下意见。${extra}\n一、支持新型储能项目建设。\n`,
      );
    write('');
    await p.call('importPaths', { paths: [folder] });
    const id = (await p.call('listArticles', {})).items.find((x) => x.filePath === file)!.id;
    expect(await p.call('getArticle', { id })).toMatchObject({ docNumber: '衢政发〔2024〕5号', edited: {} });

    write('（新增一句）');
    expect((await p.call('importPaths', { paths: [folder] })).updated).toBe(1);
    expect(await p.call('getArticle', { id })).toMatchObject({ docNumber: '衢政发〔2024〕5号', edited: {} });
    expect(await searchIds(p, '衢政发〔2024〕5号')).toEqual([id]);
  });
});
