import type { Database } from 'sql.js';
import { ApiFailure } from '../../common/api/errors';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
}

/** Throws PROJECT_NEWER_THAN_APP before touching anything if the project is ahead of this app. */
export function assertNotNewer(db: Database, migrations: readonly Migration[]): void {
  const version = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (version > latest) {
    throw new ApiFailure(
      'PROJECT_NEWER_THAN_APP',
      `The project uses schema version ${version}; this app knows up to ${latest}. Update Zhiyan to open it.`,
      { projectVersion: version, appVersion: latest },
    );
  }
}

/**
 * Runs every migration above the project's version, each in its own transaction together with the
 * user_version bump, so a failure leaves the database at the last completed version.
 */
export function runMigrations(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  assertNotNewer(db, migrations);
  const from = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(db)) continue;
    db.exec('BEGIN');
    try {
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return { from, to: schemaVersion(db) };
}
