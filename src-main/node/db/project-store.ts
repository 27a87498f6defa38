// A project is one SQLite file held in memory by sql.js. Durability is ours to build:
// - every write runs in a transaction whose statements are appended to the journal and fsynced
//   before the transaction commits and the caller is told it is done (write-ahead);
// - now and then the whole database is snapshotted: exported, written to a temporary file, fsynced
//   and renamed over the project file; then the journal is emptied;
// - opening replays the journal records newer than the snapshot (the snapshot stores the sequence
//   number of the last record it holds, so a crash between rename and emptying replays nothing twice).
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'sql.js';
import { ApiFailure } from '../../common/api/errors';
import { rotateBackupQuietly, writeBackup } from '../durability/backups';
import { writeFileAtomic } from '../durability/atomic-write';
import { JournalWriter, readJournal } from '../durability/journal';
import { assertNotNewer, runMigrations, schemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { acquireProjectLock } from './project-lock';
import {
  readQuery,
  runStatement,
  StatementCache,
  writeQuery,
  type ReadQuery,
  type WriteLog,
  type WriteQuery,
} from './query';
import { loadSqlJs } from './sqljs';
import { APP_ID, asWriteFailure, openVerified, replayJournal } from './open-project-file';
import { settleJournalDamage } from './journal-recovery';
import type { JournalDamageInfo } from '../../common/model/project';
import { log } from '../log/logger';

export const PROJECT_EXTENSION = '.zhiyan';

export interface StoreOptions {
  migrations?: readonly Migration[];
  /** Snapshot once the journal holds this many records... */
  snapshotAfterRecords?: number;
  /** ...or this many bytes. */
  snapshotAfterBytes?: number;
  /** Snapshot this long after the last write (0: never on a timer). */
  idleSnapshotMs?: number;
}

const DEFAULTS = { snapshotAfterRecords: 2000, snapshotAfterBytes: 32 * 1024 * 1024, idleSnapshotMs: 20_000 };

export function journalPathFor(projectPath: string): string {
  return `${projectPath}.journal`;
}

export class ProjectStore {
  private readonly cache: StatementCache;
  private readonly reader: ReadQuery;
  private seq: number;
  private idleTimer: NodeJS.Timeout | null = null;
  private snapshotsDeferred = 0;
  private closed = false;
  private writes = 0;
  /** Derived data (the search index) written since the last snapshot: not in the journal. */
  private derivedUnsaved = false;
  /** Set when opening migrated the project; the pre-migration copy is kept there. */
  migratedFromBackup: string | null = null;
  /** Set when opening found a damaged line in the middle of the journal (journal-recovery.ts). */
  journalDamage: JournalDamageInfo | null = null;

  private constructor(
    readonly path: string,
    private readonly db: Database,
    private readonly journal: JournalWriter,
    private readonly releaseLock: () => void,
    private readonly options: Required<Omit<StoreOptions, 'migrations'>>,
  ) {
    this.cache = new StatementCache(db);
    this.reader = readQuery(this.cache);
    this.seq = Number(
      this.reader.get<{ value: string }>("SELECT value FROM meta WHERE key = 'journal_seq'")?.value ?? 0,
    );
  }

  static async create(projectPath: string, options: StoreOptions = {}): Promise<ProjectStore> {
    const target = path.resolve(projectPath);
    if (fs.existsSync(target)) {
      throw new ApiFailure('PROJECT_ALREADY_EXISTS', `A file already exists at ${target}.`, { path: target });
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    // Articles carry two texts (clean and original, ~20 KB together): with 16 KiB pages a row needs
    // one or two overflow pages instead of five, which makes imports and snapshots cheaper.
    db.exec('PRAGMA page_size = 16384');
    runMigrations(db, options.migrations ?? MIGRATIONS);
    const now = new Date().toISOString();
    db.run("INSERT INTO meta (key, value) VALUES ('app', ?), ('created_at', ?), ('journal_seq', '0')", [
      APP_ID,
      now,
    ]);
    writeFileAtomic(target, db.export());
    const release = acquireProjectLock(target);
    try {
      fs.rmSync(journalPathFor(target), { force: true });
      return ProjectStore.assemble(
        target,
        db,
        new JournalWriter(journalPathFor(target), 0, 0),
        release,
        options,
      );
    } catch (error) {
      release();
      throw error;
    }
  }

  static async open(projectPath: string, options: StoreOptions = {}): Promise<ProjectStore> {
    const target = path.resolve(projectPath);
    if (!fs.existsSync(target)) {
      throw new ApiFailure('PROJECT_NOT_FOUND', `No project file at ${target}.`, { path: target });
    }
    const release = acquireProjectLock(target);
    let db: Database | null = null;
    try {
      const bytes = fs.readFileSync(target);
      db = await openVerified(target, bytes);
      const migrations = options.migrations ?? MIGRATIONS;
      assertNotNewer(db, migrations);

      const journalPath = journalPathFor(target);
      const journal = readJournal(journalPath);
      let replayed = replayJournal(db, journal.records, target);
      const journalDamage = journal.damage ? settleJournalDamage(db, target, journal.damage) : null;
      if (journalDamage) replayed += journalDamage.recordsReplayed;

      let migratedFromBackup: string | null = null;
      const from = schemaVersion(db);
      if (from < migrations[migrations.length - 1]!.version) {
        migratedFromBackup = writeBackup(target, `pre-migration-v${from}`, db.export());
        db.exec('PRAGMA foreign_keys = ON');
        runMigrations(db, migrations);
      }
      // A damaged journal is kept whole until the snapshot below holds what was replayed from it.
      const keep = journalDamage ? fs.statSync(journalPath).size : journal.validLength;
      const writer = new JournalWriter(journalPath, keep, journal.records.length);
      const store = ProjectStore.assemble(target, db, writer, release, options);
      store.migratedFromBackup = migratedFromBackup;
      store.journalDamage = journalDamage;
      // Fold a replayed journal or a migration into the file now, so the file alone is current.
      if (migratedFromBackup || journalDamage) store.snapshot({ force: true });
      // A plain replay may stay in the journal if the disk is full: it is still the record of truth.
      else if (replayed > 0 || journal.records.length > 0) store.snapshotQuietly({ force: true });
      rotateBackupQuietly(target);
      return store;
    } catch (error) {
      db?.close();
      release();
      throw asWriteFailure(error, target);
    }
  }

  private static assemble(
    target: string,
    db: Database,
    journal: JournalWriter,
    release: () => void,
    options: StoreOptions,
  ): ProjectStore {
    applyConnectionSettings(db);
    return new ProjectStore(target, db, journal, release, {
      snapshotAfterRecords: options.snapshotAfterRecords ?? DEFAULTS.snapshotAfterRecords,
      snapshotAfterBytes: options.snapshotAfterBytes ?? DEFAULTS.snapshotAfterBytes,
      idleSnapshotMs: options.idleSnapshotMs ?? DEFAULTS.idleSnapshotMs,
    });
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  get journalRecords(): number {
    return this.journal.recordCount;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Counts writes that changed something: caches of derived data compare it to know they are stale. */
  get revision(): number {
    return this.writes;
  }

  read<T>(fn: (query: ReadQuery) => T): T {
    this.assertOpen();
    return fn(this.reader);
  }

  /**
   * Runs `fn` in a transaction. When this returns, the change is on disk (in the journal) and in
   * memory; if writing the journal fails, the transaction is rolled back and nothing changed.
   */
  write<T>(fn: (query: WriteQuery) => T): T {
    this.assertOpen();
    const log: WriteLog = { ops: [], derived: false };
    const { ops } = log;
    this.db.exec('BEGIN');
    let result: T;
    try {
      result = fn(writeQuery(this.db, this.cache, log));
      if (ops.length > 0) {
        const seq = this.seq + 1;
        runStatement(this.db, this.cache, "UPDATE meta SET value = ? WHERE key = 'journal_seq'", [
          String(seq),
        ]);
        try {
          this.journal.append({ seq, ops });
        } catch (error) {
          throw new ApiFailure(
            'PROJECT_WRITE_FAILED',
            `Could not save the change: ${(error as Error).message}`,
            {
              path: this.path,
            },
          );
        }
        this.seq = seq;
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    if (ops.length > 0 || log.derived) {
      this.writes++;
      if (log.derived) this.derivedUnsaved = true;
      this.afterWrite();
    }
    return result;
  }

  /** Holds threshold snapshots back during bulk work (an import), then takes one at the end. */
  async withSnapshotsDeferred<T>(fn: () => Promise<T>): Promise<T> {
    this.snapshotsDeferred++;
    try {
      return await fn();
    } finally {
      this.snapshotsDeferred--;
      if (this.snapshotsDeferred === 0 && !this.closed) this.snapshot();
    }
  }

  /** Writes the whole database over the project file and empties the journal. */
  snapshot({ force = false } = {}): void {
    this.assertOpen();
    if (!force && this.journal.recordCount === 0 && !this.derivedUnsaved) return;
    this.clearIdleTimer();
    writeFileAtomic(this.path, this.exportBytes());
    this.journal.reset();
    this.derivedUnsaved = false;
  }

  /** The database as SQLite file bytes (for a snapshot, a copy or a backup). */
  exportBytes(): Uint8Array {
    // export() frees prepared statements and resets PRAGMAs: forget the former, re-apply the latter.
    const bytes = this.db.export();
    this.cache.forget();
    applyConnectionSettings(this.db);
    return bytes;
  }

  /** Writes a consistent copy of the project elsewhere; the open project stays as it is. */
  saveCopy(target: string): void {
    writeFileAtomic(path.resolve(target), this.exportBytes());
  }

  backupBeforeImport(): string {
    return writeBackup(this.path, 'pre-import', this.exportBytes());
  }

  close(): void {
    if (this.closed) return;
    try {
      // A full disk must not make closing fail: the journal keeps every edit for the next open.
      this.snapshotQuietly();
    } finally {
      this.closed = true;
      this.clearIdleTimer();
      this.cache.freeAll();
      this.journal.close();
      this.db.close();
      this.releaseLock();
    }
  }

  private afterWrite(): void {
    if (this.snapshotsDeferred > 0) return;
    const { snapshotAfterRecords, snapshotAfterBytes, idleSnapshotMs } = this.options;
    if (this.journal.recordCount >= snapshotAfterRecords || this.journal.sizeBytes >= snapshotAfterBytes) {
      this.snapshotQuietly();
      return;
    }
    if (idleSnapshotMs > 0) {
      this.clearIdleTimer();
      this.idleTimer = setTimeout(() => this.snapshotQuietly(), idleSnapshotMs);
      this.idleTimer.unref();
    }
  }

  /** A failed snapshot loses nothing (the journal still holds every edit); try again later. */
  private snapshotQuietly(options: { force?: boolean } = {}): void {
    if (this.closed) return;
    try {
      this.snapshot(options);
    } catch (error) {
      log.error(`snapshot of ${this.path} failed; edits stay in the journal`, error);
    }
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('ProjectStore used after close');
  }
}

/**
 * Settings of the open connection, which sql.js drops whenever it exports the file. Exclusive
 * locking: the project is this process's alone (see project-lock.ts), and without it SQLite takes
 * and drops a lock and checks its page cache against the file for every statement, which made an
 * index lookup ~5x slower.
 */
function applyConnectionSettings(db: Database): void {
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA locking_mode = EXCLUSIVE');
}

