// The disk fills up while a project is being edited: on a small tmpfs when this process may mount
// one (root on Linux), else on a temporary folder where fs writes fail with ENOSPC past a budget
// (ZHIYAN_BENCH_NO_TMPFS=1 forces the latter).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../../../src-main/common/api/errors';
import { ProjectStore } from '../../../src-main/node/db/project-store';
import { getArticleNote, saveArticleNote } from '../../../src-main/node/db/repositories/notes-repo';
import { addArticles } from '../../node/support/temp-project';

const DISK_BYTES = 8 * 1024 * 1024;
const NOW = '2026-01-01T00:00:00.000Z';

function tryMountTmpfs(dir: string): boolean {
  if (process.platform !== 'linux' || process.env.ZHIYAN_BENCH_NO_TMPFS) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Makes fs.writeSync fail with ENOSPC once `budget` bytes were written in total; returns the off switch. */
function injectEnospc(budget: number): () => void {
  const original = fs.writeSync;
  let written = 0;
  const patched = (...args: unknown[]) => {
    const data = args[1] as Uint8Array | string;
    const length = typeof args[3] === 'number' ? args[3] : data.length;
    if (written + length > budget)
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    written += length;
    return (original as (...a: unknown[]) => number)(...args);
  };
  (fs as { writeSync: unknown }).writeSync = patched;
  return () => ((fs as { writeSync: unknown }).writeSync = original);
}

export async function diskFullScenario(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-full-'));
  const mounted = tryMountTmpfs(dir);
  const file = path.join(dir, '满盘.zhiyan');
  const store = await ProjectStore.create(file, { idleSnapshotMs: 0, snapshotAfterRecords: 4 });
  // Each edit a note on another article, so the project grows until the disk is full.
  const ids = addArticles(store, 400);
  // Something else on the disk that the user can delete once told it is full.
  const filler = path.join(dir, 'other-files.bin');
  if (mounted) fs.writeFileSync(filler, Buffer.alloc(DISK_BYTES / 2));
  const stopInjecting = mounted ? () => {} : injectEnospc(DISK_BYTES);
  const acked = new Map<number, string>();
  const errors: string[] = [];
  for (let n = 0; errors.length < 5 && n < ids.length; n++) {
    const id = ids[n % ids.length]!;
    const body = `第${n}次编辑 ${'衢州锂电产业'.repeat(6000)}`;
    try {
      store.write((q) => saveArticleNote(q, id, body, NOW));
      acked.set(id, body);
    } catch (error) {
      errors.push(
        error instanceof ApiFailure ? `${error.code}: ${error.message}` : `UNEXPECTED ${String(error)}`,
      );
    }
  }
  store.close(); // its snapshot may fail on the full disk: the journal keeps the edits
  const whileFull = await openAndCount(file, acked);
  stopInjecting();
  if (mounted) fs.rmSync(filler);
  const afterFreeing = await openAndCount(file, acked);
  if (mounted) execFileSync('umount', [dir]);
  fs.rmSync(dir, { recursive: true, force: true });

  const clear =
    errors.length > 0 && errors.every((e) => e.startsWith('PROJECT_WRITE_FAILED') && e.includes('ENOSPC'));
  console.log(
    `disk full (${mounted ? `tmpfs of ${DISK_BYTES / 1024 / 1024} MB` : 'ENOSPC injected: no tmpfs could be mounted'}): ` +
      `${acked.size} notes acknowledged before the disk filled, ${errors.length} refused saves ` +
      `(${clear ? 'each PROJECT_WRITE_FAILED naming ENOSPC' : `UNCLEAR: ${errors[0]}`}); ` +
      `open while full: ${whileFull.summary}; open after freeing space: ${afterFreeing.summary}`,
  );
  if (errors[0]) console.log(`  first refusal: ${errors[0].slice(0, 200)}`);
  return (
    clear && afterFreeing.opened && afterFreeing.lost === 0 && (whileFull.lost === 0 || !whileFull.opened)
  );
}

async function openAndCount(file: string, acked: Map<number, string>) {
  try {
    const store = await ProjectStore.open(file, { idleSnapshotMs: 0 });
    try {
      const integrity = store.read((q) => q.all<{ integrity_check: string }>('PRAGMA integrity_check'));
      let lost = 0;
      for (const [id, body] of acked) if (store.read((q) => getArticleNote(q, id))?.body !== body) lost++;
      const ok = integrity.map((r) => r.integrity_check).join() === 'ok';
      return {
        opened: true,
        lost,
        summary: `opened, ${lost} of ${acked.size} lost, integrity ${ok ? 'ok' : 'FAILED'}`,
      };
    } finally {
      store.close();
    }
  } catch (error) {
    const code = error instanceof ApiFailure ? error.code : 'UNEXPECTED';
    return {
      opened: false,
      lost: 0,
      summary: `refused (${code}: ${(error as Error).message.slice(0, 120)})`,
    };
  }
}
