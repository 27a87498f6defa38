// The only way repositories touch SQL: named queries with bound parameters, rows as plain objects.
import type { Database, Statement } from 'sql.js';
import type { JournalOp, SqlParam } from '../durability/journal';

export type { SqlParam };
/** Derived data is never journaled (as JSON), so it may also bind blobs: the search postings. */
export type DerivedParam = SqlParam | Uint8Array;

export interface ReadQuery {
  all<T>(sql: string, params?: SqlParam[]): T[];
  get<T>(sql: string, params?: SqlParam[]): T | undefined;
  /** Rows as arrays, without building an object per row: for hot paths over thousands of rows. */
  each(sql: string, params: SqlParam[], row: (values: unknown[]) => void): void;
}

export interface WriteQuery extends ReadQuery {
  run(sql: string, params?: SqlParam[]): { changes: number; lastInsertRowid: number };
  /**
   * A write of derived data that is not journaled: it commits with the transaction, but a crash
   * before the next snapshot loses it, so it must be rebuildable from journaled data (the search
   * index is: any article without its index rows is indexed again on open).
   */
  runDerived(sql: string, params?: DerivedParam[]): { changes: number; lastInsertRowid: number };
}

/** Prepared statements, reused by SQL text. Must be cleared whenever db.export() frees them. */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** After db.export() the statements are already freed by sql.js; just forget them. */
  forget(): void {
    this.statements.clear();
  }

  freeAll(): void {
    for (const statement of this.statements.values()) statement.free();
    this.statements.clear();
  }
}

export function readQuery(cache: StatementCache): ReadQuery {
  const all = <T>(sql: string, params: SqlParam[] = []): T[] => {
    const statement = cache.get(sql);
    try {
      statement.bind(params);
      const rows: T[] = [];
      while (statement.step()) rows.push(statement.getAsObject() as T);
      return rows;
    } finally {
      statement.reset();
    }
  };
  return {
    all,
    each(sql, params, row) {
      const statement = cache.get(sql);
      try {
        statement.bind(params);
        while (statement.step()) row(statement.get());
      } finally {
        statement.reset();
      }
    },
    get: <T>(sql: string, params: SqlParam[] = []) => {
      const statement = cache.get(sql);
      try {
        statement.bind(params);
        return statement.step() ? (statement.getAsObject() as T) : undefined;
      } finally {
        statement.reset();
      }
    },
  };
}

/** Runs a write and records it, so the same statements can be replayed from the journal. */
export function runStatement(db: Database, cache: StatementCache, sql: string, params: DerivedParam[]) {
  const statement = cache.get(sql);
  try {
    statement.run(params);
  } finally {
    statement.reset();
  }
  const changes = db.getRowsModified();
  const rowid = cache.get('SELECT last_insert_rowid()');
  try {
    rowid.step();
    return { changes, lastInsertRowid: Number(rowid.get()[0] ?? 0) };
  } finally {
    rowid.reset();
  }
}

/** What a write transaction did: the journaled statements, and whether it wrote derived data. */
export interface WriteLog {
  ops: JournalOp[];
  derived: boolean;
}

export function writeQuery(db: Database, cache: StatementCache, log: WriteLog): WriteQuery {
  return {
    ...readQuery(cache),
    run(sql, params = []) {
      const result = runStatement(db, cache, sql, params);
      log.ops.push([sql, params]);
      return result;
    },
    runDerived(sql, params = []) {
      log.derived = true;
      return runStatement(db, cache, sql, params);
    },
  };
}
