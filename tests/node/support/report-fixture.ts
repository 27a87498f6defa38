// A small annotated project for the report tests: three imported articles (fixture files written
// here), a codebook of three codes, highlights with notes, an article note and a memo.
// Codes, highlights, notes, the memo and a tag are made through the engine, as the app makes them.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod, ApiResults } from '../../../src-main/common/api/contract';
import { ProjectStore } from '../../../src-main/node/db/project-store';
import { createEngine, type Engine } from '../../../src-main/node/engine/engine';
import { makeTempDir } from './temp-project';

export const NOW = '2026-01-01T00:00:00.000Z';

export async function value<M extends ApiMethod>(
  engine: Engine,
  method: M,
  args: unknown = {},
): Promise<ApiResults[M]> {
  const result = await engine.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ApiResults[M];
}

export const ARTICLES = [
  {
    file: 'quzhou.txt',
    title: '衢州锂电产业再添新项目',
    date: '2023-12-29',
    source: '衢州日报',
    body: '衢州智造新城签约锂电新材料项目，总投资50亿元。\n项目建成后年产值预计超过百亿元。',
  },
  {
    file: 'hefei.txt',
    title: '合肥新能源汽车产业链加速集聚',
    date: '2024-01-05',
    source: '合肥晚报',
    body: '合肥市新能源汽车产业链又有三个配套项目落地。\n这些项目将补齐电驱系统短板。',
  },
  {
    file: 'tricky.txt',
    title: '标题含<b>标签</b>与&符号',
    date: '2024-02-01',
    source: '测试来源',
    body: '正文里有<script>alert(1)</script>这样的文字。\n=SUM(A1:A2) 不应成为公式。',
  },
];

export interface AnnotatedProject {
  projectPath: string;
  dataDir: string;
  ids: Record<string, number>;
  codes: { policy: number; industry: number; battery: number };
}

/** [start, end) of the n-th occurrence of `exact` in `text`. */
function rangeOf(text: string, exact: string): { start: number; end: number } {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the article`);
  return { start, end: start + exact.length };
}

export async function buildAnnotatedProject(): Promise<AnnotatedProject> {
  const dir = makeTempDir('report-src');
  for (const a of ARTICLES)
    fs.writeFileSync(
      path.join(dir, a.file),
      `${a.title}\n\n发布时间:${a.date} 10:00:00 来源:${a.source}\n\n${a.body}\n`,
    );
  const dataDir = makeTempDir('report-data');
  const projectPath = path.join(makeTempDir('report-project'), 'report.zhiyan');
  const engine = createEngine({
    dataDir,
    resourcesDir: path.resolve('resources'),
    host: 'browser',
    appVersion: 'test',
  });
  let ids: Record<string, number>;
  let codes: AnnotatedProject['codes'];
  try {
    await value(engine, 'createProject', { path: projectPath });
    await value(engine, 'importPaths', { paths: [dir] });
    const page = await value(engine, 'listArticles', {});
    const texts: Record<string, string> = {};
    ids = {};
    for (const item of page.items) {
      const article = await value(engine, 'getArticle', { id: item.id });
      const file = path.basename(article.filePath);
      ids[file] = article.id;
      texts[file] = article.cleanText;
    }
    const code = async (name: string, color: string, parentId: number | null = null) =>
      (await value(engine, 'createCode', { name, color, parentId })).id;
    const policy = await code('政策', '#4caf50');
    const industry = await code('产业', '#ff9800');
    const battery = await code('锂电', '#e91e63', industry);
    codes = { policy, industry, battery };
    const highlight = async (file: string, exact: string, codeIds: number[], note = '') =>
      value(engine, 'createHighlight', {
        articleId: ids[file],
        ...rangeOf(texts[file]!, exact),
        codeIds,
        note,
      });
    await highlight('quzhou.txt', '签约锂电新材料项目', [battery], '重点项目，值得跟踪');
    await highlight('quzhou.txt', '总投资50亿元', [industry, policy]);
    await highlight('hefei.txt', '三个配套项目落地', [industry], '配套链条');
    await highlight('tricky.txt', '<script>alert(1)</script>', [policy], '注释含<i>标签</i>');
    await highlight('tricky.txt', '=SUM(A1:A2)', [policy], '+危险');
    await value(engine, 'saveArticleNote', { articleId: ids['quzhou.txt'], body: '这篇需要复核' });
    await value(engine, 'saveMemo', { title: '研究备忘', body: '锂电项目集中在浙江' });
    await value(engine, 'tagArticles', { articleIds: [ids['hefei.txt']], tags: ['合肥'] });
  } finally {
    await engine.shutdown();
  }

  // A scraped title with markup in it (the importer cleans titles; the report must not trust them).
  const store = await ProjectStore.open(projectPath);
  try {
    store.write((q) =>
      q.run('UPDATE articles SET title = ?, updated_at = ? WHERE id = ?', [
        '标题含<b>标签</b>与&符号',
        NOW,
        ids['tricky.txt']!,
      ]),
    );
  } finally {
    store.close();
  }
  return { projectPath, dataDir, ids, codes };
}

export async function openEngine(project: AnnotatedProject): Promise<Engine> {
  const engine = createEngine({
    dataDir: project.dataDir,
    resourcesDir: path.resolve('resources'),
    host: 'browser',
    appVersion: 'test',
  });
  await value(engine, 'openProject', { path: project.projectPath });
  return engine;
}
