// A small annotated project for the report tests: three imported articles (fixture files written
// here), a codebook of three codes, highlights with notes, an article note and a memo.
// Codes and highlights are inserted with SQL until the engine's createCode/createHighlight land.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod, ApiResults } from '../../../src-main/common/api/contract';
import { ProjectStore } from '../../../src-main/node/db/project-store';
import type { WriteQuery } from '../../../src-main/node/db/query';
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

function insertCode(
  q: WriteQuery,
  parent: number | null,
  name: string,
  color: string,
  order: number,
): number {
  return q.run(
    'INSERT INTO codes (parent_id, name, color, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    [parent, name, color, order, NOW, NOW],
  ).lastInsertRowid;
}

export function insertHighlight(
  q: WriteQuery,
  articleId: number,
  text: string,
  exact: string,
  codeIds: number[],
  note = '',
  occurrence = 0,
): number {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" is not in the article`);
  const id = q.run(
    `INSERT INTO highlights (article_id, note, start_offset, end_offset, exact, prefix, suffix, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      articleId,
      note,
      start,
      start + exact.length,
      exact,
      text.slice(Math.max(0, start - 20), start),
      text.slice(start + exact.length, start + exact.length + 20),
      NOW,
      NOW,
    ],
  ).lastInsertRowid;
  for (const codeId of codeIds)
    q.run('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)', [id, codeId]);
  return id;
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
  await value(engine, 'createProject', { path: projectPath });
  await value(engine, 'importPaths', { paths: [dir] });
  await engine.shutdown();

  const store = await ProjectStore.open(projectPath);
  try {
    return store.write((q) => {
      const rows = q.all<{ id: number; file_path: string; clean_text: string }>(
        'SELECT id, file_path, clean_text FROM articles',
      );
      const byFile = (file: string) => rows.find((r) => path.basename(r.file_path) === file)!;
      const ids = Object.fromEntries(ARTICLES.map((a) => [a.file, byFile(a.file).id]));
      const policy = insertCode(q, null, '政策', '#4caf50', 0);
      const industry = insertCode(q, null, '产业', '#ff9800', 1);
      const battery = insertCode(q, industry, '锂电', '#e91e63', 0);
      const qz = byFile('quzhou.txt');
      const hf = byFile('hefei.txt');
      const tr = byFile('tricky.txt');
      // A scraped title with markup in it (the importer may clean titles; the report must not trust it).
      q.run('UPDATE articles SET title = ? WHERE id = ?', ['标题含<b>标签</b>与&符号', tr.id]);
      insertHighlight(q, qz.id, qz.clean_text, '签约锂电新材料项目', [battery], '重点项目，值得跟踪');
      insertHighlight(q, qz.id, qz.clean_text, '总投资50亿元', [industry, policy]);
      insertHighlight(q, hf.id, hf.clean_text, '三个配套项目落地', [industry], '配套链条');
      insertHighlight(q, tr.id, tr.clean_text, '<script>alert(1)</script>', [policy], '注释含<i>标签</i>');
      insertHighlight(q, tr.id, tr.clean_text, '=SUM(A1:A2)', [policy], '+危险');
      q.run('INSERT INTO notes (article_id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
        qz.id,
        '',
        '这篇需要复核',
        NOW,
        NOW,
      ]);
      q.run('INSERT INTO notes (article_id, title, body, created_at, updated_at) VALUES (NULL, ?, ?, ?, ?)', [
        '研究备忘',
        '锂电项目集中在浙江',
        NOW,
        NOW,
      ]);
      return { projectPath, dataDir, ids, codes: { policy, industry, battery } };
    });
  } finally {
    store.close();
  }
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
