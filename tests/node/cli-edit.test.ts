// `zhiyan edit` as a user runs it: a real process on a real project; the article it prints is what the
// project now holds, and an article stored with a document number is found by it after a reopen.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src-main/common/model/article';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { annotationProject } from './support/annotation-project';
import { buildNodeEntry } from './support/build-entry';
import { makeTempDir, sampleArticle } from './support/temp-project';

let cli = '';
let projectPath = '';
let ids: number[] = [];
beforeAll(async () => {
  cli = await buildNodeEntry('src-main/cli/index.ts', 'cli-edit');
  const p = await annotationProject('cli-edit');
  projectPath = p.projectPath;
  ids = p.articleIds;
  await p.engine.shutdown();
});

function zhiyan(...args: string[]) {
  // In English, so the sentences below read as written (the CLI speaks Chinese by default).
  const env = { ...process.env, LC_ALL: 'en_US.UTF-8' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('zhiyan edit', () => {
  it('is in the help; wrong usage exits 2 with the reason', () => {
    expect(zhiyan('--help').stdout).toContain('zhiyan edit ID [--title T] [--date D]');
    const nothing = zhiyan('edit', String(ids[0]), '--project', projectPath);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('at least one of');
    const badDate = zhiyan('edit', String(ids[0]), '--date', '2023-02-30', '--project', projectPath);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('not a date');
  });

  it('edits the fields given and prints the article as JSON, its edits marked', () => {
    const run = zhiyan(
      'edit',
      String(ids[0]),
      '--title',
      '关于加快锂电产业发展的通知',
      '--date',
      '2023年5月',
      '--source',
      '衢州市人民政府办公室',
      '--author',
      '',
      '--doc-number',
      '衢政办发〔2023〕9号',
      '--places',
      '衢州市，智造新城',
      '--project',
      projectPath,
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout) as Article;
    expect(article).toMatchObject({
      id: ids[0],
      title: '关于加快锂电产业发展的通知',
      date: '2023-05',
      source: '衢州市人民政府办公室',
      author: null,
      docNumber: '衢政办发〔2023〕9号',
      places: ['衢州市', '智造新城'],
    });
    expect(Object.keys(article.edited).sort()).toEqual(['date', 'docNumber', 'places', 'source', 'title']);

    const shown = zhiyan('show', String(ids[0]), '--project', projectPath, '--json');
    expect(JSON.parse(shown.stdout)).toMatchObject({ title: '关于加快锂电产业发展的通知', date: '2023-05' });
    const found = zhiyan('search', '衢政办发', '--project', projectPath, '--json');
    expect((JSON.parse(found.stdout) as { hits: { id: number }[] }).hits.map((h) => h.id)).toEqual([ids[0]]);

    const plain = zhiyan('edit', String(ids[1]), '--date', '5月8日', '--project', projectPath);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('* date       --05-08');
    expect(plain.stdout).toContain('  title      合肥新能源汽车产业链加速集聚');
  });

  it('finds an article stored with a document number once the project is indexed on open', async () => {
    const dir = makeTempDir('cli-edit-docnumber');
    const file = path.join(dir, 'p.zhiyan');
    const store = await ProjectStore.create(file);
    store.write((q) =>
      insertArticle(q, sampleArticle(1, { docNumber: '浙政发〔2024〕3号' }), '2026-01-01T00:00:00.000Z'),
    );
    store.close();
    const found = zhiyan('search', '浙政发〔2024〕3号', '--project', file, '--json');
    expect((JSON.parse(found.stdout) as { total: number }).total).toBe(1);
    const shown = JSON.parse(zhiyan('show', '1', '--project', file, '--json').stdout) as Article;
    expect(shown.docNumber).toBe('浙政发〔2024〕3号');
  });
});
