// What building and writing a report reads: the articles' clean texts (most of a report's bytes)
// only when a layout uses them (a by-code Word, HTML or Markdown report never does), and each code's passages from
// one pass over the model, in the order a by-code report lists them.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { buildReportModel } from '../../src-main/node/report/build-report-model';
import { passagesOfCode } from '../../src-main/node/report/report-model';
import { writeDocx } from '../../src-main/node/report/write-docx';
import { writeHtml } from '../../src-main/node/report/write-html';
import { writeMarkdown } from '../../src-main/node/report/write-markdown';
import { SearchCatalogue } from '../../src-main/node/search/search-catalogue';
import { buildAnnotatedProject, type AnnotatedProject } from './support/report-fixture';

let project: AnnotatedProject;
let store: ProjectStore;

beforeAll(async () => {
  project = await buildAnnotatedProject();
  store = await ProjectStore.open(project.projectPath);
});
afterAll(() => store?.close());

const options = {
  scope: { kind: 'all' as const },
  organise: 'code' as const,
  notes: 'footnotes' as const,
  includeMemos: false,
  title: '',
  author: '',
};

describe('clean texts in the report model', () => {
  it('writes a by-code HTML, Markdown and Word report without reading any clean text, and reads them all once when asked', async () => {
    const read = vi.spyOn(store, 'read');
    const model = buildReportModel(store, new SearchCatalogue(store), options);
    const readsToBuild = read.mock.calls.length;
    expect(writeHtml(model)).toContain('签约锂电新材料项目');
    expect(writeMarkdown(model)).toContain('签约锂电新材料项目');
    expect((await writeDocx(model)).length).toBeGreaterThan(0);
    expect(read.mock.calls.length).toBe(readsToBuild);

    const quzhou = model.articleById.get(project.ids['quzhou.txt']!)!;
    expect(quzhou.cleanText).toContain('签约锂电新材料项目');
    const hefei = model.articleById.get(project.ids['hefei.txt']!)!;
    expect(hefei.cleanText).toContain('三个配套项目落地');
    expect(hefei.cleanText).not.toContain('签约锂电新材料项目');
    // One read for all the texts, however many articles ask.
    expect(read.mock.calls.length).toBe(readsToBuild + 1);
    for (const passage of quzhou.passages)
      expect(quzhou.cleanText.slice(passage.start, passage.end)).toBe(passage.exact);
    read.mockRestore();
  });

  it('copies like a plain object (the text is an ordinary enumerable property)', () => {
    const model = buildReportModel(store, new SearchCatalogue(store), { ...options, organise: 'article' });
    const copy = { ...model.articles[0]! };
    expect(Object.keys(copy)).toContain('cleanText');
    expect(copy.cleanText.length).toBeGreaterThan(0);
  });
});

describe('passages of a code', () => {
  it("lists each code's passages in article then text order, once each, and a fresh list every call", () => {
    const model = buildReportModel(store, new SearchCatalogue(store), options);
    const naive = (codeId: number) =>
      model.articles.flatMap((article) =>
        article.passages.filter((p) => p.codeIds.includes(codeId)).map((passage) => passage.highlightId),
      );
    for (const code of model.codes)
      expect(passagesOfCode(model, code.id).map((item) => item.passage.highlightId)).toEqual(naive(code.id));
    expect(passagesOfCode(model, project.codes.policy).map((item) => item.passage.exact)).toEqual([
      '总投资50亿元',
      '<script>alert(1)</script>',
      '=SUM(A1:A2)',
    ]);
    passagesOfCode(model, project.codes.policy).pop();
    expect(passagesOfCode(model, project.codes.policy)).toHaveLength(3);
    expect(passagesOfCode(model, 99_999)).toEqual([]);
  });
});
