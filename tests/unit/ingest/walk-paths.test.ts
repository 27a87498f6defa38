import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkImportPaths } from '../../../src-main/node/ingest/walk-paths';

let root = '';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhiyan-walk-'));
  await mkdir(join(root, 'b', 'deep'), { recursive: true });
  await mkdir(join(root, '_meta'));
  await mkdir(join(root, '.git'));
  for (const file of [
    'a.txt',
    'b/c.md',
    'b/deep/d.HTML',
    'b/e.htm',
    'b/f.markdown',
    'b/g.pdf',
    '_truth.jsonl',
    '_skip.txt',
    '.hidden.md',
    '_meta/x.txt',
    '.git/y.txt',
    'README.md',
    'b/readme.txt',
  ]) {
    await writeFile(join(root, file), '文');
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('walkImportPaths', () => {
  it('walks folders recursively, keeps importable files, skips "_" and "." names and READMEs, sorts', async () => {
    const { files, missing } = await walkImportPaths([root]);
    expect(files).toEqual(
      ['a.txt', 'b/c.md', 'b/deep/d.HTML', 'b/e.htm', 'b/f.markdown'].map((f) => join(root, f)),
    );
    expect(missing).toEqual([]);
  });

  it('reports missing paths, takes files named directly and lists each file once', async () => {
    const gone = join(root, 'nope');
    const { files, missing } = await walkImportPaths([
      join(root, 'b'),
      join(root, 'b', 'c.md'),
      join(root, '_skip.txt'),
      gone,
    ]);
    expect(missing).toEqual([gone]);
    expect(files).toEqual([
      join(root, '_skip.txt'),
      ...['b/c.md', 'b/deep/d.HTML', 'b/e.htm', 'b/f.markdown'].map((f) => join(root, f)),
    ]);
  });

  it('does not loop on a symbolic link to a parent folder, and reports it', async () => {
    await symlink(root, join(root, 'b', 'loop'));
    const { files, problems } = await walkImportPaths([root]);
    expect(files).toHaveLength(5);
    expect(problems).toEqual([{ file: join(root, 'b', 'loop'), code: 'link-loop', detail: root }]);
  });

  it('does not follow links out of the chosen folder, and reports them with broken links', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'zhiyan-outside-'));
    try {
      await writeFile(join(outside, 'secret.txt'), '机密');
      await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
      await symlink(outside, join(root, 'elsewhere'));
      await symlink('/proc/self/environ', join(root, 'environ.txt'));
      await symlink(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));
      await symlink(join(root, 'self-a.txt'), join(root, 'self-b.txt'));
      await symlink(join(root, 'self-b.txt'), join(root, 'self-a.txt'));
      // A link that stays inside is followed: its file is imported once, by its real path.
      await symlink(join(root, 'a.txt'), join(root, 'b', 'same-as-a.txt'));
      const { files, problems } = await walkImportPaths([root]);
      expect(files).toEqual(
        ['a.txt', 'b/c.md', 'b/deep/d.HTML', 'b/e.htm', 'b/f.markdown'].map((f) => join(root, f)),
      );
      const byFile = Object.fromEntries(problems.map((p) => [p.file.slice(root.length + 1), p.code]));
      expect(byFile).toEqual({
        'secret.txt': 'link-outside',
        elsewhere: 'link-outside',
        'environ.txt': 'link-outside',
        'dangling.txt': 'link-dangling',
        'self-a.txt': 'link-loop',
        'self-b.txt': 'link-loop',
      });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('counts files of unsupported types by extension and ignored names, with examples', async () => {
    for (let i = 0; i < 12; i += 1) await writeFile(join(root, `report-${i}.pdf`), '%PDF');
    for (const name of ['x.docx', 'y.DOCX', 'z.docx', 'photo.jpg', 'Makefile'])
      await writeFile(join(root, name), 'x');
    const { leftOut } = await walkImportPaths([root]);
    const counts = Object.fromEntries(
      leftOut.map((group) => [`${group.reason} ${group.extension ?? ''}`, group.count]),
    );
    expect(counts).toEqual({
      'unsupported-type .pdf': 13, // b/g.pdf too
      'unsupported-type .docx': 3,
      'unsupported-type .jpg': 1,
      'unsupported-type ': 1,
      // _truth.jsonl, _skip.txt, .hidden.md, _meta, .git, README.md, b/readme.txt
      'ignored-name ': 7,
    });
    const pdf = leftOut.find((group) => group.extension === '.pdf');
    expect(pdf?.examples).toHaveLength(3);
    expect(pdf?.examples.every((path) => path.endsWith('.pdf'))).toBe(true);
  });

  it('reports a folder it may not list and a pipe it must not read, and goes on', async () => {
    await mkdir(join(root, 'locked'));
    await writeFile(join(root, 'locked', 'inside.txt'), '文');
    await chmod(join(root, 'locked'), 0o000);
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    try {
      const { files, problems } = await walkImportPaths([root]);
      // root may read any folder: the permission check only holds for ordinary users.
      const isRoot = process.getuid?.() === 0;
      expect(files).toHaveLength(isRoot ? 6 : 5);
      const codes = Object.fromEntries(problems.map((p) => [p.file.slice(root.length + 1), p.code]));
      expect(codes['pipe.txt']).toBe('not-a-file');
      if (!isRoot) expect(codes['locked']).toBe('unreadable');
    } finally {
      await chmod(join(root, 'locked'), 0o755);
    }
  });

  it('reports files over the size limit instead of reading them', async () => {
    const big = join(root, 'huge.txt');
    await writeFile(big, '');
    await import('node:fs/promises').then((fs) => fs.truncate(big, 17 * 1024 * 1024));
    const { files, problems } = await walkImportPaths([root]);
    expect(files).not.toContain(big);
    expect(problems).toEqual([{ file: big, code: 'too-large', detail: '17.0 MB > 16.0 MB' }]);
  });
});
