import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-main/common/api/errors';
import { listBackups } from '../../src-main/node/durability/backups';
import { encodeRecord } from '../../src-main/node/durability/journal';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src-main/node/db/migrations';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { getArticleNote, saveArticleNote } from '../../src-main/node/db/repositories/notes-repo';
import { countArticles } from '../../src-main/node/db/repositories/articles-repo';
import { loadSqlJs } from '../../src-main/node/db/sqljs';
import { addArticles, copyAsCrashed, makeTempDir } from './support/temp-project';

const open: ProjectStore[] = [];
const track = (store: ProjectStore) => (open.push(store), store);
afterEach(() => {
  for (const store of open.splice(0)) store.close();
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

async function newProject(label: string) {
  const file = path.join(makeTempDir(label), '衢州研究.zhiyan');
  const store = await ProjectStore.create(file, { idleSnapshotMs: 0 });
  const ids = addArticles(store, 5);
  return { file, store, ids };
}

describe('ProjectStore', () => {
  it('keeps an acknowledged edit that only the journal holds when the process dies', async () => {
    const { file, store, ids } = await newProject('journal');
    store.write((q) => saveArticleNote(q, ids[0]!, '锂电产业链的笔记', NOW));
    expect(fs.statSync(`${file}.journal`).size).toBeGreaterThan(0);

    // Open the files exactly as they are now, without closing (no final snapshot).
    const reopened = track(await ProjectStore.open(copyAsCrashed(file, 'journal-copy')));
    expect(noteOf(reopened, ids[0]!)).toBe('锂电产业链的笔记');
    expect(reopened.read(countArticles)).toBe(5);
    store.close();
  });

  it('ignores a torn last journal record and appends after the last whole one', async () => {
    const { file, store, ids } = await newProject('torn');
    store.write((q) => saveArticleNote(q, ids[1]!, '第一条', NOW));
    const crashed = copyAsCrashed(file, 'torn-copy');
    store.close();
    const torn = encodeRecord({ seq: 999, ops: [["UPDATE notes SET body = 'never acknowledged'", []]] });
    fs.appendFileSync(`${crashed}.journal`, torn.subarray(0, torn.length - 7));

    const reopened = track(await ProjectStore.open(crashed));
    expect(noteOf(reopened, ids[1]!)).toBe('第一条');
    reopened.write((q) => saveArticleNote(q, ids[1]!, '第二条', NOW));
    const copy = copyAsCrashed(crashed, 'torn-again');
    expect(noteOf(track(await ProjectStore.open(copy)), ids[1]!)).toBe('第二条');
  });

  it('never applies a journal record twice when a crash came between snapshot and emptying the journal', async () => {
    const { file, store, ids } = await newProject('twice');
    store.write((q) => saveArticleNote(q, ids[0]!, 'A', NOW));
    store.write((q) => q.run('DELETE FROM articles WHERE id = ?', [ids[4]!]));
    const journalBefore = fs.readFileSync(`${file}.journal`);
    store.snapshot();
    store.close();
    fs.writeFileSync(`${file}.journal`, journalBefore); // the journal as it was before the snapshot

    const reopened = track(await ProjectStore.open(file));
    expect(noteOf(reopened, ids[0]!)).toBe('A');
    expect(reopened.read(countArticles)).toBe(4);
  });

  it('rolls back a write that fails midway and keeps the project usable', async () => {
    const { store, ids } = await newProject('rollback');
    expect(() =>
      store.write((q) => {
        saveArticleNote(q, ids[0]!, 'half', NOW);
        q.run('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)', [
          999,
          'x',
          NOW,
          NOW,
        ]);
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(noteOf(store, ids[0]!)).toBeNull();
    store.write((q) => saveArticleNote(q, ids[0]!, 'whole', NOW));
    expect(noteOf(store, ids[0]!)).toBe('whole');
    store.close();
  });

  it('refuses a damaged file with PROJECT_DAMAGED and names the backups to restore', async () => {
    const { file, store } = await newProject('damaged');
    store.close();
    track(await ProjectStore.open(file)).close(); // opening takes a rotating backup
    open.pop();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 1024, bytes.length); // wipe every page but the first
    fs.writeFileSync(file, bytes);

    const failure = await failureOf(ProjectStore.open(file));
    expect(failure.code).toBe('PROJECT_DAMAGED');
    const backups = failure.detail?.backups as { path: string; reason: string }[];
    expect(backups.length).toBeGreaterThan(0);
    expect(backups[0]!.reason).toBe('rotating');
    expect(fs.existsSync(backups[0]!.path)).toBe(true);
  });

  it('refuses files that are not Zhiyan projects', async () => {
    const dir = makeTempDir('foreign');
    const text = path.join(dir, 'notes.zhiyan');
    fs.writeFileSync(text, '这不是一个项目文件'.repeat(100));
    expect((await failureOf(ProjectStore.open(text))).code).toBe('PROJECT_NOT_A_PROJECT');

    const SQL = await loadSqlJs();
    const other = new SQL.Database();
    other.run('CREATE TABLE t (x)');
    const sqlite = path.join(dir, 'other.zhiyan');
    fs.writeFileSync(sqlite, other.export());
    expect((await failureOf(ProjectStore.open(sqlite))).code).toBe('PROJECT_NOT_A_PROJECT');
    expect((await failureOf(ProjectStore.open(path.join(dir, 'missing.zhiyan')))).code).toBe(
      'PROJECT_NOT_FOUND',
    );
  });

  it('refuses a project written by a newer version of the app, leaving it untouched', async () => {
    const { file, store } = await newProject('newer');
    store.close();
    const SQL = await loadSqlJs();
    const db = new SQL.Database(fs.readFileSync(file));
    db.exec('PRAGMA user_version = 99');
    fs.writeFileSync(file, db.export());
    const before = fs.readFileSync(file);
    const failure = await failureOf(ProjectStore.open(file));
    expect(failure.code).toBe('PROJECT_NEWER_THAN_APP');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('migrates an older project forward, keeping a copy of the file as it was', async () => {
    const { file, store, ids } = await newProject('migrate');
    store.write((q) => saveArticleNote(q, ids[2]!, '迁移前的笔记', NOW));
    store.close();
    const next = [
      ...MIGRATIONS,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'test-add-column',
        sql: 'ALTER TABLE articles ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;',
      },
    ];

    const migrated = track(await ProjectStore.open(file, { migrations: next }));
    expect(migrated.schemaVersion).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(noteOf(migrated, ids[2]!)).toBe('迁移前的笔记');
    expect(
      migrated.read((q) => q.get<{ reviewed: number }>('SELECT reviewed FROM articles LIMIT 1'))?.reviewed,
    ).toBe(0);
    const preMigration = listBackups(file).find((b) => b.reason === 'pre-migration');
    expect(preMigration?.path).toBe(migrated.migratedFromBackup);

    const SQL = await loadSqlJs();
    const old = new SQL.Database(fs.readFileSync(preMigration!.path));
    expect(old.exec('PRAGMA user_version')[0]!.values[0]![0]).toBe(LATEST_SCHEMA_VERSION);
  });

  it('lets only one engine write a project at a time', async () => {
    const { file, store } = await newProject('lock');
    expect((await failureOf(ProjectStore.open(file))).code).toBe('PROJECT_LOCKED');
    store.close();
    track(await ProjectStore.open(file));
  });

  it('keeps at most three rotating backups', async () => {
    const { file, store } = await newProject('rotate');
    store.close();
    const { rotateBackupIfDue } = await import('../../src-main/node/durability/backups');
    let now = Date.now();
    for (let i = 0; i < 5; i++) {
      now += 7 * 60 * 60 * 1000;
      rotateBackupIfDue(file, now);
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct time stamps in the names
    }
    expect(listBackups(file).filter((b) => b.reason === 'rotating')).toHaveLength(3);
  });
});
