// One engine at a time may write a project: two writers would interleave journal records and
// overwrite each other's snapshots. The lock file names the owning process; a lock left by a
// process that no longer runs (a crash, kill -9) is taken over.
import fs from 'node:fs';
import os from 'node:os';
import { ApiFailure } from '../../common/api/errors';

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireProjectLock(projectPath: string): () => void {
  const lockPath = lockPathFor(projectPath);
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, mine, { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: { pid?: number; host?: string } = {};
    try {
      owner = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as typeof owner;
    } catch {
      // An unreadable or half-written lock file cannot belong to a running engine.
    }
    const sameHost = owner.host === undefined || owner.host === os.hostname();
    if (sameHost && typeof owner.pid === 'number' && processAlive(owner.pid)) {
      throw new ApiFailure(
        'PROJECT_LOCKED',
        `The project is open in another Zhiyan window or process (pid ${owner.pid}).`,
        {
          path: projectPath,
          pid: owner.pid,
        },
      );
    }
    fs.rmSync(lockPath, { force: true });
  }
  throw new ApiFailure('PROJECT_LOCKED', 'Could not take the project lock.', { path: projectPath });
}
