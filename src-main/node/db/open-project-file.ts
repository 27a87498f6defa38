// What opening a project file checks before it is used, and the journal replay that brings a
// snapshot up to date. See project-store.ts for the storage design.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'sql.js';
import { ApiFailure } from '../../common/api/errors';
import { listBackups } from '../durability/backups';
import type { JournalRecord } from '../durability/journal';
import { runStatement, StatementCache } from './query';
import { loadSqlJs } from './sqljs';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
export const APP_ID = 'zhiyan';

/**
 * A file whose header is not SQLite's is still a damaged project, not a stranger, when it is named
 * like one and either has backups beside it or is sized like a database (whole 512-byte pages):
 * random bytes over the first pages must lead to the backups, not to "not a project".
 */
function looksLikeDamagedProject(target: string, bytes: Buffer): boolean {
  if (!/\.zhiyan$/i.test(target)) return false;
  if (listBackups(target).some((b) => b.reason !== 'damaged')) return true;
  return bytes.length >= 1024 && bytes.length % 512 === 0;
}

/** PROJECT_DAMAGED with what the user needs to choose a backup: name, size, backups beside it. */
export function damagedProject(target: string, sizeBytes: number, why: string): ApiFailure {
  const backups = listBackups(target).filter((b) => b.reason !== 'damaged');
  return new ApiFailure(
    'PROJECT_DAMAGED',
    `The project file ${target} (${sizeBytes} bytes) is damaged (${why}); ${backups.length} backup(s) beside it.`,
    { path: target, name: path.basename(target), sizeBytes, backups },
  );
}

/** Opens the bytes as a database after checking they are a healthy Zhiyan project. */
export async function openVerified(target: string, bytes: Buffer): Promise<Database> {
  const damaged = (why: string) => damagedProject(target, bytes.length, why);
  if (
    bytes.length >= SQLITE_HEADER.length &&
    !bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)
  ) {
    if (looksLikeDamagedProject(target, bytes)) throw damaged('its header is not a database header');
    throw new ApiFailure('PROJECT_NOT_A_PROJECT', `${target} is not a Zhiyan project file.`, {
      path: target,
    });
  }
  if (bytes.length < 512) throw damaged('file too short');
  const SQL = await loadSqlJs();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (error) {
    throw damaged((error as Error).message);
  }
  try {
    const check = db.exec('PRAGMA quick_check');
    const verdict = check[0]?.values.map((row) => String(row[0])) ?? [];
    if (verdict.length !== 1 || verdict[0] !== 'ok')
      throw damaged(verdict.slice(0, 3).join('; ') || 'no answer');
    const app = db.exec("SELECT value FROM meta WHERE key = 'app'")[0]?.values[0]?.[0];
    if (app !== APP_ID) throw new Error('not ours');
    // Replayed statements must cascade exactly as they did when first run.
    db.exec('PRAGMA foreign_keys = ON');
  } catch (error) {
    db.close();
    if (error instanceof ApiFailure) throw error;
    if (/malformed|corrupt|not a database/i.test((error as Error).message))
      throw damaged((error as Error).message);
    throw new ApiFailure('PROJECT_NOT_A_PROJECT', `${target} is an SQLite file but not a Zhiyan project.`, {
      path: target,
    });
  }
  return db;
}

/** Applies the journal records newer than the snapshot; returns how many were applied. */
export function replayJournal(db: Database, records: JournalRecord[], target: string): number {
  const cache = new StatementCache(db);
  const row = db.exec("SELECT value FROM meta WHERE key = 'journal_seq'")[0]?.values[0]?.[0];
  let applied = Number(row ?? 0);
  let count = 0;
  try {
    for (const record of records) {
      if (record.seq <= applied) continue;
      db.exec('BEGIN');
      try {
        for (const [sql, params] of record.ops) runStatement(db, cache, sql, params);
        runStatement(db, cache, "UPDATE meta SET value = ? WHERE key = 'journal_seq'", [String(record.seq)]);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw damagedProject(
          target,
          fs.statSync(target).size,
          `its change journal does not apply at record ${record.seq}: ${(error as Error).message}`,
        );
      }
      applied = record.seq;
      count++;
    }
  } finally {
    cache.freeAll();
  }
  return count;
}

/** A full or read-only disk while opening: a clear PROJECT_WRITE_FAILED instead of an internal error. */
export function asWriteFailure(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof ApiFailure || !['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'].includes(code ?? ''))
    return error;
  return new ApiFailure(
    'PROJECT_WRITE_FAILED',
    `Could not write beside ${target} (${code}): free some disk space or check permissions, then open it again; nothing was lost.`,
    { path: target },
  );
}
