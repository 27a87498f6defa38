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
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('zhiyan CLI', () => {
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
});
