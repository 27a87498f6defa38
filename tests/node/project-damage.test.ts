// Damage must be recognised as damage: a project whose first pages were overwritten is a damaged
// project offered its backups (not "not a project"), and a bad line in the middle of the journal
// never silently drops the acknowledged edits after it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-main/common/api/errors';
import type { ProjectInfo } from '../../src-main/common/model/project';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { listRecoveryFiles } from '../../src-main/node/db/journal-recovery';
import { getArticleNote, saveArticleNote } from '../../src-main/node/db/repositories/notes-repo';
import { createEngine } from '../../src-main/node/engine/engine';
import { addArticles, copyAsCrashed, makeTempDir } from './support/temp-project';

const open: ProjectStore[] = [];
const track = (store: ProjectStore) => (open.push(store), store);
afterEach(() => {
  for (const store of open.splice(0)) if (store.isOpen) store.close();
});

const NOW = '2026-01-01T00:00:00.000Z';
const noteOf = (store: ProjectStore, id: number) => store.read((q) => getArticleNote(q, id))?.body ?? null;

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** A project with 5 articles and `edits` notes that only the journal holds (a crash before any snapshot). */
async function crashedWithJournal(label: string, edits: number) {
  const file = path.join(makeTempDir(label), '衢州研究.zhiyan');
  const store = await ProjectStore.create(file, { idleSnapshotMs: 0, snapshotAfterRecords: 10_000 });
  const ids = addArticles(store, 5);
  store.snapshot();
  for (let n = 0; n < edits; n++) store.write((q) => saveArticleNote(q, ids[n % 5]!, `第${n}次编辑`, NOW));
  const crashed = copyAsCrashed(file, `${label}-crash`);
  store.close();
  return { file: crashed, ids };
}

/** Flips one byte inside the JSON of journal line `line` (1-based), so its checksum fails. */
function damageJournalLine(journal: string, line: number): void {
  const lines = fs.readFileSync(journal, 'utf8').split('\n');
  lines[line - 1] = lines[line - 1]!.replace('第', '弟');
  fs.writeFileSync(journal, lines.join('\n'));
}

describe('a damaged project file', () => {
  it('is PROJECT_DAMAGED with its name, size and backups when random bytes cover its first 4 KB', async () => {
    const file = path.join(makeTempDir('header'), '衢州研究.zhiyan');
    const store = await ProjectStore.create(file);
    addArticles(store, 5);
    store.close();
    track(await ProjectStore.open(file)).close(); // opening takes a rotating backup
    const bytes = fs.readFileSync(file);
    bytes.set(Buffer.from(Array.from({ length: 4096 }, () => Math.floor(Math.random() * 256))), 0);
    fs.writeFileSync(file, bytes);

    const failure = await failureOf(ProjectStore.open(file));
    expect(failure.code).toBe('PROJECT_DAMAGED');
    expect(failure.detail).toMatchObject({ path: file, name: '衢州研究.zhiyan', sizeBytes: bytes.length });
    const backups = failure.detail?.backups as { path: string; reason: string }[];
    expect(backups.map((b) => b.reason)).toContain('rotating');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true); // the damaged file is left as it was
  });

  it('is PROJECT_DAMAGED without backups too, when it is sized like a database', async () => {
    const file = path.join(makeTempDir('header-alone'), 'alone.zhiyan');
    fs.writeFileSync(file, Buffer.alloc(16 * 1024, 0x41));
    const failure = await failureOf(ProjectStore.open(file));
    expect(failure.code).toBe('PROJECT_DAMAGED');
    expect(failure.detail?.backups).toEqual([]);
  });
});

describe('a bad line in the middle of the journal', () => {
  it('keeps the later records in a recovery file, reports it, and applies them on request', async () => {
    const { file, ids } = await crashedWithJournal('journal-middle', 8);
    damageJournalLine(`${file}.journal`, 3); // records 1-2 are good, 3 is bad, 4-8 come after

    const events: string[] = [];
    const engine = createEngine(
      { dataDir: null, resourcesDir: '.', host: 'browser', appVersion: 'test' },
      (name) => events.push(name),
    );
    try {
      const opened = await engine.dispatch('openProject', { path: file });
      expect(opened.ok).toBe(true);
      const info = (opened as { value: ProjectInfo }).value;
      expect(info.journalDamage).toMatchObject({ line: 3, recordsReplayed: 0, recordsKept: 5 });
      const recovery = info.journalDamage!.recoveryFile!;
      expect(path.dirname(recovery)).toBe(path.dirname(file));
      expect(listRecoveryFiles(file)).toEqual([recovery]);

      // Before applying: the edits before the bad line only (edit n went to article n % 5).
      const noteNow = async (id: number) =>
        ((await engine.dispatch('getArticleNote', { articleId: id })) as { value: { body: string } | null })
          .value?.body;
      expect(await noteNow(ids[0]!)).toBe('第0次编辑');
      expect(await noteNow(ids[3]!)).toBeUndefined();

      const applied = await engine.dispatch('applyJournalRecovery', { path: recovery });
      expect(applied).toMatchObject({ ok: true, value: { applied: 5 } });
      expect(await noteNow(ids[3]!)).toBe('第3次编辑');
      expect(await noteNow(ids[0]!)).toBe('第5次编辑');
      expect(await noteNow(ids[2]!)).toBe('第7次编辑');
      expect(listRecoveryFiles(file)).toEqual([]);
    } finally {
      await engine.shutdown();
    }
    // The applied edits are durable: a fresh open has them, and no damage is reported any more.
    const reopened = track(await ProjectStore.open(file));
    expect(noteOf(reopened, ids[2]!)).toBe('第7次编辑');
    expect(reopened.journalDamage).toBeNull();
  });

  it('replays the later records at once when their sequence numbers follow on', async () => {
    const { file, ids } = await crashedWithJournal('journal-garbage', 4);
    const journal = `${file}.journal`;
    const lines = fs.readFileSync(journal, 'utf8').split('\n');
    lines.splice(2, 0, '0badc0de {"seq":3,"ops":[]}'); // a stray bad line between records 2 and 3
    fs.writeFileSync(journal, lines.join('\n'));

    const store = track(await ProjectStore.open(file));
    expect(store.journalDamage).toEqual({ line: 3, recordsReplayed: 2, recordsKept: 0, recoveryFile: null });
    expect(noteOf(store, ids[3]!)).toBe('第3次编辑');
  });

  it('still drops a torn last record silently', async () => {
    const { file, ids } = await crashedWithJournal('journal-torn', 3);
    damageJournalLine(`${file}.journal`, 3);
    const store = track(await ProjectStore.open(file));
    expect(store.journalDamage).toBeNull();
    expect(noteOf(store, ids[1]!)).toBe('第1次编辑');
    expect(noteOf(store, ids[2]!)).toBeNull();
  });
});
