import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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

  it('does not loop on a symbolic link to a parent folder', async () => {
    await symlink(root, join(root, 'b', 'loop'));
    const { files } = await walkImportPaths([root]);
    expect(files).toHaveLength(5);
  });
});
