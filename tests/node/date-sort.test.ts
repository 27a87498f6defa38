// Sorting by date when some dates are partial: the library (SQL), search results (in memory), coded
// passages and reports give the same order, full dates by date, a month or a year after the full dates within it in
// either direction, month-days without a year after every dated article, undated last.
import { afterEach, describe, expect, it } from 'vitest';
import { compareArticleDates } from '../../src-main/common/model/article-date';
import { annotationProject, type AnnotationProject } from './support/annotation-project';

let open: AnnotationProject[] = [];
afterEach(async () => {
  for (const p of open) await p.engine.shutdown();
  open = [];
});

// Distinct texts (identical ones would be stored once).
const TEXTS = Array.from({ length: 8 }, (_, i) => ({
  title: `第${i + 1}篇：衢州产业项目进展`,
  body: `这是第${i + 1}篇测试文章的正文，讲衢州第${i + 1}个项目的进展。\n第二段说明项目${i + 1}的投资。`,
}));

// What each article's date becomes, and the orders a reader expects (as labels).
const DATES: Record<string, string | null> = {
  may8: '2023-05-08',
  may20: '2023-05-20',
  may: '2023-05',
  year2023: '2023',
  jan2024: '2024-01-02',
  noYearMar: '--03-01',
  noYearDec: '--12-25',
  none: null,
};
const ASC = ['may8', 'may20', 'may', 'year2023', 'jan2024', 'noYearMar', 'noYearDec', 'none'];
const DESC = ['jan2024', 'may20', 'may8', 'may', 'year2023', 'noYearDec', 'noYearMar', 'none'];

describe('sorting by partial dates', () => {
  it('orders the library and search results alike, partial dates after the full ones they span', async () => {
    const p = await annotationProject('date-sort', TEXTS);
    open.push(p);
    const labels = Object.keys(DATES);
    const byId = new Map<number, string>();
    for (const [index, id] of p.articleIds.entries()) {
      const label = labels[index]!;
      byId.set(id, label);
      await p.call('editArticle', { id, date: DATES[label] });
    }
    const asLabels = (ids: number[]) => ids.map((id) => byId.get(id));
    const library = async (sort: string) =>
      asLabels((await p.call('listArticles', { sort })).items.map((x) => x.id));
    const search = async (sort: string) =>
      asLabels((await p.call('search', { query: '', sort })).hits.map((x) => x.id));

    expect(await library('date-asc')).toEqual(ASC);
    expect(await library('date-desc')).toEqual(DESC);
    expect(await search('date-asc')).toEqual(ASC);
    expect(await search('date-desc')).toEqual(DESC);

    // Coded passages and reports list articles oldest first, in the same order.
    const code = await p.call('createCode', { name: '项目' });
    for (const id of p.articleIds) await p.call('createHighlight', { articleId: id, start: 0, end: 2, codeIds: [code.id] });
    const passages = await p.call('listCodedPassages', { codeId: code.id });
    expect(asLabels(passages.items.map((item) => item.articleId))).toEqual(ASC);
    const report = await p.call('previewReport', { report: { organise: 'article' } });
    const titles = [...report.html.matchAll(/第(\d)篇：衢州产业项目进展/g)].map((m) => Number(m[1]));
    const reportOrder = [...new Set(titles)].map((n) => labels[n - 1]);
    expect(reportOrder).toEqual(ASC);
  });

  it('compares dates the same way in memory', () => {
    const sorted = (direction: 'asc' | 'desc') =>
      // Reversed first, so the expected order cannot come from the order the keys were written in.
      Object.keys(DATES)
        .reverse()
        .sort((a, b) => compareArticleDates(DATES[a]!, DATES[b]!, direction));
    expect(sorted('asc')).toEqual(ASC);
    expect(sorted('desc')).toEqual(DESC);
    expect(compareArticleDates('2023-05', '2023-05-31', 'asc')).toBeGreaterThan(0);
    expect(compareArticleDates('2023-05', '2023-05-01', 'desc')).toBeGreaterThan(0);
    expect(compareArticleDates('--01-01', '1999', 'asc')).toBeGreaterThan(0);
    expect(compareArticleDates(null, '--01-01', 'desc')).toBeGreaterThan(0);
  });
});
