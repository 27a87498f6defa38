import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src-main/node/engine/engine';
import { HIGHLIGHT_TINT, tint } from '../../src-main/common/model/highlight-tint';
import { splitRuns } from '../../src-main/node/report/text-runs';
import { reportDate, type ReportPassage } from '../../src-main/node/report/report-model';
import { buildAnnotatedProject, openEngine, value, type AnnotatedProject } from './support/report-fixture';

let project: AnnotatedProject;
let engine: Engine;

beforeAll(async () => {
  project = await buildAnnotatedProject();
  engine = await openEngine(project);
});
afterAll(async () => engine?.shutdown());

const passage = (start: number, end: number, id: number): ReportPassage => ({
  highlightId: id,
  articleId: 1,
  start,
  end,
  exact: '',
  note: '',
  codeIds: [],
  color: '#ffd54f',
  orphaned: false,
});

describe('splitRuns', () => {
  it('cuts at every boundary of overlapping passages and keeps the whole text', () => {
    const runs = splitRuns('abcdefghij', [passage(2, 6, 1), passage(4, 8, 2)]);
    expect(runs.map((r) => r.text)).toEqual(['ab', 'cd', 'ef', 'gh', 'ij']);
    expect(runs.map((r) => r.passages.map((p) => p.highlightId))).toEqual([[], [1], [1, 2], [2], []]);
    expect(runs[2]!.ending.map((p) => p.highlightId)).toEqual([1]);
  });

  it('ignores an orphaned passage or one beyond the text', () => {
    const runs = splitRuns('abc', [{ ...passage(0, 2, 1), orphaned: true }, passage(1, 9, 2)]);
    expect(runs.map((r) => r.text)).toEqual(['abc']);
  });
});

describe('previewReport', () => {
  it('covers every article and passage for scope "all", marking passages in their code colour', async () => {
    const preview = await value(engine, 'previewReport', { report: { title: '测试报告' } });
    expect(preview.articles).toBe(3);
    expect(preview.passages).toBe(5);
    expect(preview.html).toContain('<mark');
    // The code's colour as the app's light tint, not at full strength behind black text.
    expect(preview.html).toContain(tint('#e91e63', HIGHLIGHT_TINT));
    expect(preview.html).toContain('签约锂电新材料项目');
    expect(preview.html).toContain('测试报告');
  });

  it('limits to a tag, a code (with its descendants), chosen articles and search results', async () => {
    const byCode = await value(engine, 'previewReport', {
      report: { scope: { kind: 'code', codeId: project.codes.industry }, organise: 'code' },
    });
    expect(byCode.articles).toBe(2);
    expect(byCode.passages).toBe(3);
    expect(byCode.html).toContain('产业/锂电');
    expect(byCode.html).not.toContain('<h2><span class="swatch" style="background:#4caf50"></span>政策');

    const chosen = await value(engine, 'previewReport', {
      report: { scope: { kind: 'articles', articleIds: [project.ids['hefei.txt']] } },
    });
    expect(chosen.articles).toBe(1);
    expect(chosen.passages).toBe(1);

    const found = await value(engine, 'previewReport', {
      report: { scope: { kind: 'search', query: '合肥', filters: {} } },
    });
    expect(found.articles).toBe(1);
    expect(found.html).toContain('合肥新能源汽车产业链加速集聚');

    const tagged = await value(engine, 'previewReport', {
      report: { scope: { kind: 'tag', tag: '没有这个标签' } },
    });
    expect(tagged.articles).toBe(0);
  });

  it('orders a by-code report in codebook order and cites every passage', async () => {
    const { html } = await value(engine, 'previewReport', { report: { organise: 'code' } });
    const order = ['政策', '产业', '产业/锂电'].map((name) => html.indexOf(`</span>${name} <span`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('衢州日报，2023-12-29，《衢州锂电产业再添新项目》（quzhou.txt）');
  });

  it('writes no script and escapes imported text and notes', async () => {
    const { html } = await value(engine, 'previewReport', { report: { includeMemos: true } });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('标题含&lt;b&gt;标签&lt;/b&gt;与&amp;符号');
    expect(html).toContain('注释含&lt;i&gt;标签&lt;/i&gt;');
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).toContain('锂电项目集中在浙江');
  });

  it('puts notes inline when asked', async () => {
    const { html } = await value(engine, 'previewReport', { report: { notes: 'inline' } });
    expect(html).toContain('<span class="inline-note">重点项目，值得跟踪</span>');
    expect(html).not.toContain('<sup class="fn">');
  });
});

describe('dates in reports', () => {
  it('say that a page gave no year instead of showing the stored --MM-DD form', () => {
    expect(reportDate('2023-12-29')).toBe('2023-12-29');
    expect(reportDate('--03-08')).toBe('3月8日（未注明年份）');
    expect(reportDate(null)).toBeNull();
  });
});
