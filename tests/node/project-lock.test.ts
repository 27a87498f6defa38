// The project lock across processes: exclusive and atomic, naming its holder, and taken over only
// from a process that provably died.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-main/common/api/errors';
import { acquireProjectLock, lockPathFor, setLockHolderApp } from '../../src-main/node/db/project-lock';
import { buildNodeEntry } from './support/build-entry';
import { makeTempDir } from './support/temp-project';

let childFile = '';
beforeAll(async () => {
  childFile = await buildNodeEntry('tests/node/fixtures/lock-child.ts', 'lock-child');
});

function failureOf(fn: () => unknown): ApiFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** A pid that is surely not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

const project = (label: string) => path.join(makeTempDir(label), '衢州研究.zhiyan');

describe('the project lock', { timeout: 120_000 }, () => {
  it('names its holder (app, user, host, pid, time) to whoever is refused', () => {
    const file = project('lock-holder');
    setLockHolderApp('zhiyan CLI');
    const release = acquireProjectLock(file);
    try {
      const holder = JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as Record<string, unknown>;
      expect(holder).toMatchObject({ app: 'zhiyan CLI', host: os.hostname(), pid: process.pid });
      expect(Date.parse(String(holder.since))).toBeGreaterThan(Date.now() - 60_000);

      const failure = failureOf(() => acquireProjectLock(file));
      expect(failure.code).toBe('PROJECT_LOCKED');
      expect(failure.message).toContain('zhiyan CLI');
      expect(failure.message).toContain(`pid ${process.pid}`);
      expect(failure.message).toContain(String(holder.since));
      expect(failure.detail?.holder).toMatchObject({ app: 'zhiyan CLI', pid: process.pid });
    } finally {
      release();
      setLockHolderApp('Zhiyan');
    }
  });

  it('treats a fresh empty lock file as held, not as stale', () => {
    const file = project('lock-empty');
    fs.writeFileSync(lockPathFor(file), '');
    expect(failureOf(() => acquireProjectLock(file)).code).toBe('PROJECT_LOCKED');
    expect(fs.readFileSync(lockPathFor(file), 'utf8')).toBe(''); // left for its writer
  });

  it('takes over an empty lock file only once it is old (left by a crash)', () => {
    const file = project('lock-empty-old');
    fs.writeFileSync(lockPathFor(file), '');
    const old = new Date(Date.now() - 5 * 60_000);
    fs.utimesSync(lockPathFor(file), old, old);
    acquireProjectLock(file)();
  });

  it('takes over the lock of a dead process on this host, never of a live one or another host', async () => {
    const file = project('lock-stale');
    const lock = lockPathFor(file);
    const holder = { app: 'Zhiyan app', user: 'x', host: os.hostname(), since: new Date().toISOString() };
    fs.writeFileSync(lock, JSON.stringify({ ...holder, pid: await deadPid() }));
    const release = acquireProjectLock(file);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    release();

    fs.writeFileSync(lock, JSON.stringify({ ...holder, pid: process.ppid }));
    expect(failureOf(() => acquireProjectLock(file)).code).toBe('PROJECT_LOCKED');
    fs.writeFileSync(lock, JSON.stringify({ ...holder, host: 'another-machine', pid: await deadPid() }));
    expect(failureOf(() => acquireProjectLock(file)).code).toBe('PROJECT_LOCKED');
  });

  it('lets exactly one of many processes racing for a stale lock win', async () => {
    const file = project('lock-race');
    for (let round = 0; round < 3; round++) {
      const holder = { app: 'Zhiyan app', user: 'x', host: os.hostname(), since: '' };
      fs.writeFileSync(lockPathFor(file), JSON.stringify({ ...holder, pid: await deadPid() }));
      const startAt = Date.now() + 600;
      const outcomes = await Promise.all(
        Array.from({ length: 6 }, () => {
          const child = spawn(process.execPath, [childFile, file, String(startAt), '800']);
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          return new Promise<string>((resolve) => child.on('exit', () => resolve(out.trim())));
        }),
      );
      expect(
        outcomes.filter((o) => o === 'won'),
        outcomes.join('\n'),
      ).toHaveLength(1);
      expect(fs.existsSync(lockPathFor(file))).toBe(false); // the winner released it
    }
  });
});
