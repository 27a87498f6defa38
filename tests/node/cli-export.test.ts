// `zhiyan export` as a user runs it: a real process on an annotated project, real files out.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNodeEntry } from './support/build-entry';
import { buildAnnotatedProject, type AnnotatedProject } from './support/report-fixture';
import { makeTempDir } from './support/temp-project';

let cli = '';
let project: AnnotatedProject;
let out = '';
beforeAll(async () => {
  cli = await buildNodeEntry('src-main/cli/index.ts', 'cli-export');
  project = await buildAnnotatedProject();
  out = makeTempDir('cli-export');
});

function zhiyan(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('zhiyan export', () => {
  it('is in the help, and wrong usage exits 2 with the reason', () => {
    expect(zhiyan('--help').stdout).toContain('zhiyan export --project FILE --format FMT --out PATH');
    const noFormat = zhiyan('export', '--project', project.projectPath, '--out', path.join(out, 'x'));
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('--format');
    const both = zhiyan(
      'export',
      '--project',
      project.projectPath,
      '--format',
      'md',
      '--out',
      path.join(out, 'x.md'),
      '--tag',
      'a',
      '--query',
      'b',
    );
    expect(both.code).toBe(2);
  });

  it('writes a by-code DOCX of one code and reports what it wrote', () => {
    const target = path.join(out, '产业.docx');
    const run = zhiyan(
      'export',
      '--project',
      project.projectPath,
      '--format',
      'docx',
      '--out',
      target,
      '--by',
      'code',
      '--code',
      String(project.codes.industry),
      '--json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ path: target, articles: 2, passages: 3 });
    const document = strFromU8(unzipSync(fs.readFileSync(target))['word/document.xml']!);
    expect(document).toContain('三个配套项目落地');
    expect(document).toContain('产业/锂电');
    expect(document).not.toContain('&lt;script&gt;');
  });

  it('takes --paper and --notes comments for Word, and refuses a paper it does not know', () => {
    const target = path.join(out, 'letter.docx');
    const run = zhiyan(
      'export',
      '--project',
      project.projectPath,
      '--format',
      'docx',
      '--out',
      target,
      '--paper',
      'letter',
      '--notes',
      'comments',
    );
    expect(run.code).toBe(0);
    const zip = unzipSync(fs.readFileSync(target));
    expect(strFromU8(zip['word/document.xml']!)).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(strFromU8(zip['word/comments.xml']!)).toContain('重点项目，值得跟踪');
    const wrong = zhiyan('export', '--project', project.projectPath, '--format', 'pdf', '--out', target, '--paper', 'b5');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--paper');
  });

  it('takes a code by its path, and writes Web Annotation JSON', () => {
    const target = path.join(out, 'battery.json');
    const run = zhiyan(
      'export',
      '--project',
      project.projectPath,
      '--format',
      'json',
      '--out',
      target,
      '--code',
      '产业/锂电',
    );
    expect(run.code).toBe(0);
    const collection = JSON.parse(fs.readFileSync(target, 'utf8')) as { total: number };
    expect(collection.total).toBe(1);
    expect(
      zhiyan(
        'export',
        '--project',
        project.projectPath,
        '--format',
        'json',
        '--out',
        target,
        '--code',
        '不存在',
      ).code,
    ).toBe(2);
  });

  it('writes the CSV of a search', () => {
    const target = path.join(out, 'hefei.csv');
    const run = zhiyan(
      'export',
      '--project',
      project.projectPath,
      '--format',
      'csv',
      '--out',
      target,
      '--query',
      '合肥',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 articles, 1 passages');
    const text = fs.readFileSync(target, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('三个配套项目落地');
    expect(text).not.toContain('衢州');
  });

  it('exits 1 with EXPORT_WRITE_FAILED when the folder does not exist', () => {
    const run = zhiyan(
      'export',
      '--project',
      project.projectPath,
      '--format',
      'html',
      '--out',
      path.join(out, 'nope', 'r.html'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('EXPORT_WRITE_FAILED');
  });
});
