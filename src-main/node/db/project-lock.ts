// One engine at a time may write a project: two writers would interleave journal records and
// overwrite each other's snapshots. The lock file `<project>.lock` names its holder (app or CLI,
// user, host, pid, since when), for the PROJECT_LOCKED message.
//
// Taking it is atomic: the holder's record is written whole to a private temporary file, which is
// then hard-linked to the lock's name. link() fails if the name exists, so exactly one process wins
// and nobody ever sees a lock file half written or empty.
//
// A lock is stale only when it provably belongs to no running process: same host and its pid no
// longer alive. An unreadable lock (left empty by an older Zhiyan that crashed mid-write) is stale
// only once it is older than EMPTY_LOCK_GRACE_MS; before that it may be a writer still filling it.
// Removing a stale lock is done under a second, short-lived guard file, and the lock is read again
// under it, so two processes that both found the same stale lock cannot both remove it and win.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../../common/api/errors';

export interface LockHolder {
  /** Which kind of Zhiyan holds it: the desktop app, the browser host, the command line. */
  app: string;
  user: string;
  host: string;
  pid: number;
  /** ISO time the lock was taken. */
  since: string;
}

export const EMPTY_LOCK_GRACE_MS = 30_000;
const GUARD_STALE_MS = 10_000;

let holderApp = process.versions.electron ? 'Zhiyan app' : 'Zhiyan';

/** Names this process in the locks it takes (the CLI's engine is created with "zhiyan CLI"). */
export function setLockHolderApp(name: string): void {
  holderApp = name;
}

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '?';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates `target` holding `content`, or fails with EEXIST; never visible partly written. */
export function createExclusiveWhole(target: string, content: string): void {
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temp, content, { flag: 'wx' });
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    // FAT/exFAT drives have no hard links: there, create-exclusive and write in one call, which
    // leaves a (short) window where the file is empty; judge() treats a young empty lock as held.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    fs.writeFileSync(target, content, { flag: 'wx' });
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The holder recorded in a lock file; null when it is missing or unreadable. */
export function readLockHolder(lockPath: string): LockHolder | null {
  try {
    const value = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' ? (value as LockHolder) : null;
  } catch {
    return null;
  }
}

type Verdict = { stale: true } | { stale: false; holder: LockHolder | null };

function judge(lockPath: string, now = Date.now()): Verdict | 'gone' {
  let mtime: number;
  try {
    mtime = fs.statSync(lockPath).mtimeMs;
  } catch {
    return 'gone';
  }
  const holder = readLockHolder(lockPath);
  if (!holder) return now - mtime > EMPTY_LOCK_GRACE_MS ? { stale: true } : { stale: false, holder: null };
  if (holder.host && holder.host !== os.hostname()) return { stale: false, holder };
  return processAlive(holder.pid) ? { stale: false, holder } : { stale: true };
}

/** Removes the lock if it is (still) stale, under a guard; true when it was removed or gone. */
function removeIfStale(lockPath: string): boolean {
  const guard = `${lockPath}.takeover`;
  try {
    createExclusiveWhole(guard, String(process.pid));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is taking over right now; a guard left by a crash is cleared after a while.
    const age = Date.now() - (fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > GUARD_STALE_MS) fs.rmSync(guard, { force: true });
    return false;
  }
  try {
    const verdict = judge(lockPath);
    if (verdict === 'gone') return true;
    if (!verdict.stale) return false;
    fs.rmSync(lockPath, { force: true });
    return true;
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function lockedError(projectPath: string, holder: LockHolder | null): ApiFailure {
  const who = holder
    ? `${holder.app} (user ${holder.user}, host ${holder.host}, pid ${holder.pid}) since ${holder.since}`
    : 'another Zhiyan process that is opening it right now';
  return new ApiFailure('PROJECT_LOCKED', `The project ${projectPath} is open in ${who}.`, {
    path: projectPath,
    ...(holder ? { holder: { ...holder } } : {}),
  });
}

/** Removes temporary lock files left by processes killed between writing and linking them. */
function sweepDeadTemporaries(lockPath: string): void {
  const dir = path.dirname(lockPath);
  const prefix = `${path.basename(lockPath)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^(\d+)\.[a-z0-9]*\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '')?.[1];
    if (pid && !processAlive(Number(pid))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Takes the project's lock or throws PROJECT_LOCKED; returns the function that releases it. */
export function acquireProjectLock(projectPath: string): () => void {
  const lockPath = lockPathFor(projectPath);
  const mine: LockHolder = {
    app: holderApp,
    user: currentUser(),
    host: os.hostname(),
    pid: process.pid,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createExclusiveWhole(lockPath, JSON.stringify(mine));
      sweepDeadTemporaries(lockPath);
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const verdict = judge(lockPath);
    if (verdict !== 'gone' && !verdict.stale) throw lockedError(projectPath, verdict.holder);
    if (verdict !== 'gone' && !removeIfStale(lockPath)) break;
  }
  throw lockedError(projectPath, readLockHolder(lockPath));
}
