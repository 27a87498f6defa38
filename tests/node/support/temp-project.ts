// Real temporary folders and real sql.js projects for the engine tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertArticle, type NewArticle } from '../../../src-main/node/db/repositories/articles-repo';
import type { ProjectStore } from '../../../src-main/node/db/project-store';

export function makeTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `zhiyan-${label}-`));
}

export function sampleArticle(n: number, overrides: Partial<NewArticle> = {}): NewArticle {
  const cleanText = `衢州智造新城第${n}个项目签约落地。\n项目总投资${n * 3}亿元,主要生产锂电新材料。`;
  return {
    filePath: `/corpus/article-${n}.txt`,
    contentHash: `hash-${n}`,
    layout: 'plain',
    encoding: 'utf-8',
    title: `衢州项目${n}`,
    date: '2023-12-29',
    datePrecision: 'day',
    source: '衢州日报',
    author: null,
    places: ['浙江省', '衢州市'],
    url: null,
    cleanText,
    originalText: cleanText,
    duplicateOf: null,
    importBatch: null,
    ...overrides,
  };
}

export function addArticles(store: ProjectStore, count: number): number[] {
  return store.write((q) =>
    Array.from({ length: count }, (_, i) =>
      insertArticle(q, sampleArticle(i + 1), '2026-01-01T00:00:00.000Z'),
    ),
  );
}

/** Copies a project and its journal, as a crash would have left them, to a new place. */
export function copyAsCrashed(projectPath: string, label: string): string {
  const dir = makeTempDir(label);
  const target = path.join(dir, path.basename(projectPath));
  fs.copyFileSync(projectPath, target);
  if (fs.existsSync(`${projectPath}.journal`)) fs.copyFileSync(`${projectPath}.journal`, `${target}.journal`);
  return target;
}
