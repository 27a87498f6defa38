// The CLI as a user runs it: a real process, real files, its exit codes and its JSON.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src-main/node/db/migrations';
import { buildNodeEntry } from './support/build-entry';
import { makeTempDir } from './support/temp-project';

let cli = '';
beforeAll(async () => {
  cli = await buildNodeEntry('src-main/cli/index.ts', 'cli');
});

function zhiyan(...args: string[]) {
  // English messages (the CLI speaks Chinese unless the locale is English; see cli-unix.test.ts).
  const env = { ...process.env, LC_ALL: 'en_US.UTF-8' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test runs the built CLI several times in child processes: slow on a busy two-core machine.
describe('zhiyan CLI', { timeout: 120_000 }, () => {
  it('prints help and exits 0, and exits 2 on wrong usage', () => {
    const help = zhiyan('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('zhiyan info --project FILE');
    expect(zhiyan('info').code).toBe(2);
    expect(zhiyan('frobnicate', '--project', 'x.zhiyan').code).toBe(2);
  });

  it('imports a folder, then reports the project with info, list and show as JSON', () => {
    const folder = makeTempDir('cli-folder');
    fs.writeFileSync(
      path.join(folder, '衢州.txt'),
      '衢州智造新城新材料产业发展提速\n\n发布时间:2023-12-29 来源:衢州日报\n\n衢州智造新城今年新签约项目40个。\n',
    );
    const project = path.join(makeTempDir('cli-project'), 'cli.zhiyan');

    const imported = zhiyan('import', folder, '--project', project, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 1, skipped: [] });

    const info = zhiyan('info', '--project', project, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({
      path: project,
      schemaVersion: LATEST_SCHEMA_VERSION,
      articleCount: 1,
    });

    const list = JSON.parse(zhiyan('list', '--project', project, '--json').stdout) as {
      items: { id: number; title: string }[];
    };
    expect(list.items[0]!.title).toBe('衢州智造新城新材料产业发展提速');
    const shown = JSON.parse(
      zhiyan('show', String(list.items[0]!.id), '--project', project, '--json').stdout,
    ) as { cleanText: string };
    expect(shown.cleanText).toContain('衢州智造新城今年新签约项目40个。');

    const found = JSON.parse(zhiyan('search', '新签约', '--project', project, '--json').stdout) as {
      total: number;
      hits: { id: number; title: string; snippet: string; highlights: [number, number][]; score: number }[];
    };
    expect(found.total).toBe(1);
    const [hit] = found.hits;
    expect(hit!.title).toBe('衢州智造新城新材料产业发展提速');
    const [start, end] = hit!.highlights[0]!;
    expect(hit!.snippet.slice(start, end)).toBe('新签约');
    expect(hit!.score).toBeGreaterThan(0);
    expect(JSON.parse(zhiyan('search', '合肥', '--project', project, '--json').stdout)).toMatchObject({
      total: 0,
    });
  });

  it('says plainly why a project cannot be opened, with exit code 1', () => {
    const missing = zhiyan('info', '--project', path.join(makeTempDir('cli-missing'), 'none.zhiyan'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('PROJECT_NOT_FOUND');
    const notProject = path.join(makeTempDir('cli-bad'), 'bad.zhiyan');
    fs.writeFileSync(notProject, 'not a database'.repeat(100));
    const bad = zhiyan('info', '--project', notProject);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('not a Zhiyan project');
  });

  it('codes, tags and auto-codes articles, printing JSON, and shows the codebook with counts', () => {
    const folder = makeTempDir('cli-code-folder');
    fs.writeFileSync(
      path.join(folder, 'a.txt'),
      '衢州锂电产业再添新项目\n\n发布时间:2023-12-29 来源:衢州日报\n\n衢州签约锂电新材料项目。总投资50亿元。\n',
    );
    fs.writeFileSync(
      path.join(folder, 'b.txt'),
      '合肥新能源汽车\n\n发布时间:2023-12-30 来源:合肥日报\n\n合肥鋰電池產能擴大。其他内容。\n',
    );
    const project = path.join(makeTempDir('cli-code-project'), 'code.zhiyan');
    expect(zhiyan('import', folder, '--project', project, '--json').code).toBe(0);
    const list = JSON.parse(zhiyan('list', '--project', project, '--json').stdout) as {
      items: { id: number; title: string }[];
    };
    const a = list.items.find((i) => i.title.startsWith('衢州'))!.id;
    const text = (JSON.parse(zhiyan('show', String(a), '--project', project, '--json').stdout) as { cleanText: string })
      .cleanText;
    const start = text.indexOf('锂电新材料');

    const coded = zhiyan('code', String(a), '--start', String(start), '--end', String(start + 5), '--code', '产业/新能源', '--note', '重点', '--project', project);
    expect(coded.code).toBe(0);
    expect(JSON.parse(coded.stdout)).toMatchObject({ articleId: a, start, end: start + 5, exact: '锂电新材料', note: '重点' });

    const tagged = zhiyan('tag', String(a), '锂电', '衢州', '--project', project);
    expect(tagged.code).toBe(0);
    expect(JSON.parse(tagged.stdout)).toEqual({ articleId: a, changed: 1, tags: ['衢州', '锂电'].sort() });

    const auto = zhiyan('autocode', '锂电', '--code', '产业/锂电', '--unit', 'sentence', '--project', project);
    expect(auto.code).toBe(0);
    expect(JSON.parse(auto.stdout)).toEqual({ created: 2, alreadyCoded: 0, articles: 2 });

    const codes = JSON.parse(zhiyan('codes', '--project', project).stdout) as { path: string; passageCount: number }[];
    expect(codes.map((c) => [c.path, c.passageCount])).toEqual([
      ['产业', 0],
      ['产业/新能源', 1],
      ['产业/锂电', 2],
    ]);

    const wrong = zhiyan('code', String(a), '--start', '0', '--end', '99999', '--code', '产业', '--project', project);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('HIGHLIGHT_RANGE_INVALID');
    expect(zhiyan('code', String(a), '--start', '0', '--project', project).code).toBe(2);
    expect(zhiyan('autocode', '锂电', '--code', '产业', '--unit', 'page', '--project', project).code).toBe(2);
  }, 180_000); // eleven processes, each loading sql.js and opening the project
});
