// `zhiyan codes --import` as a user runs it: a real process, the fixtures of other QDA programs,
// what it prints (a sentence, or JSON with --json), and the precise refusal with exit code 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNodeEntry } from './support/build-entry';
import { makeTempDir } from './support/temp-project';

const FIXTURES = path.resolve(__dirname, '../fixtures/codebooks');
let cli = '';
beforeAll(async () => {
  cli = await buildNodeEntry('src-main/cli/index.ts', 'cli');
});

function zhiyan(locale: string, ...args: string[]) {
  const env = { ...process.env, LC_ALL: locale, LC_MESSAGES: '', LANG: '', LANGUAGE: '' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
/** A new project with one article (`zhiyan import` creates the project file). */
function newProject(label: string): string {
  const folder = makeTempDir(`${label}-text`);
  fs.writeFileSync(path.join(folder, '衢州.txt'), '衢州智造新城\n\n衢州智造新城今年新签约项目40个。\n');
  const project = path.join(makeTempDir(label), 'p.zhiyan');
  expect(en('import', folder, '--project', project, '--json').code).toBe(0);
  return project;
}
const en = (...args: string[]) => zhiyan('en_US.UTF-8', ...args);
const zh = (...args: string[]) => zhiyan('zh_CN.UTF-8', ...args);

describe('zhiyan codes --import', { timeout: 120_000 }, () => {
  it('merges an ATLAS.ti .qdc and an NVivo .qdpx into a new project, and says how many codes', () => {
    const project = newProject('cli-codebook');

    const atlas = en('codes', '--import', path.join(FIXTURES, 'atlasti-win.qdc'), '--project', project);
    expect(atlas.code).toBe(0);
    expect(atlas.stdout).toMatch(/3 codes added, 0 already there/);

    const again = en(
      'codes',
      '--import',
      path.join(FIXTURES, 'atlasti-win.qdc'),
      '--project',
      project,
      '--json',
    );
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      path: path.join(FIXTURES, 'atlasti-win.qdc'),
      created: 0,
      existing: 3,
    });

    const nvivo = zh('codes', '--import', path.join(FIXTURES, 'nvivo-win.qdpx'), '--project', project);
    expect(nvivo.code).toBe(0);
    expect(nvivo.stdout).toContain('新增 3 个编码，0 个已存在');

    const codes = JSON.parse(en('codes', '--project', project).stdout) as { path: string; color: string }[];
    expect(codes.map((c) => c.path)).toEqual([
      '营商环境',
      '营商环境/一网通办',
      '招商引资',
      '财政支持',
      '财政支持/专项资金',
      '园区建设',
    ]);
    expect(codes[0]!.color).toBe('#46aa00');
  });

  it('refuses what is not a codebook with the precise reason, in English and Chinese', () => {
    const project = newProject('cli-codebook-bad');
    const noQde = path.join(FIXTURES, 'no-project.qdpx');
    const refusedEn = en('codes', '--import', noQde, '--project', project);
    expect(refusedEn.code).toBe(1);
    expect(refusedEn.stderr).toContain(`${noQde} is a ZIP file without project.qde inside`);
    expect(refusedEn.stderr).toContain('[CODEBOOK_INVALID]');
    expect(zh('codes', '--import', noQde, '--project', project).stderr).toContain(
      '是一个 ZIP 文件，但里面没有 project.qde',
    );

    const broken = zh('codes', '--import', path.join(FIXTURES, 'broken-line12.qdc'), '--project', project);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('第 12 行遇到了 </Codes>，但第 10 行开始的 <Code> 还没有结束');
    const foreign = zh('codes', '--import', path.join(FIXTURES, 'not-refi.xml'), '--project', project);
    expect(foreign.stderr).toContain('根元素是 <Foo>，不是 REFI-QDA 的 <CodeBook> 或 <Project>');

    expect(en('codes', '--import', '', '--project', project).code).toBe(2);
    expect(JSON.parse(en('codes', '--project', project).stdout)).toEqual([]);
  });
});
