// One undoable action as data: per table, each row it touched as it was before and after (keyed by
// primary key; null: the row did not exist). Undo writes "before" back, redo "after". One mechanism
// for every action, cascades included: an action watches every row it may change (its own and the
// ones a foreign key cascade will delete), and the recorder reads them again when it is done.
import {
  deleteRow,
  keyColumns,
  rowExists,
  rowKey,
  selectRows,
  selectRowsIn,
  selfReference,
  TRACKED_TABLES,
  upsertRow,
  type Row,
  type TrackedTable,
} from '../../db/repositories/rows-repo';
import type { ReadQuery, SqlParam, WriteQuery } from '../../db/query';
import { indexArticles } from '../../search/search-index';
import { ApiFailure } from '../../../common/api/errors';
import { unindexRetitled } from '../article-edits/retitled-articles';

export interface RowChange {
  before: Row | null;
  after: Row | null;
}

export type ChangeSet = Map<TrackedTable, Map<string, RowChange>>;

type Selector = { table: TrackedTable; where: string; params: SqlParam[] } | { table: TrackedTable; column: string; values: SqlParam[] };

export class ChangeRecorder {
  private readonly selectors: Selector[] = [];
  private readonly before = new Map<TrackedTable, Map<string, Row>>();

  constructor(private readonly q: WriteQuery) {}

  /** Remembers the rows matching `where` as they are now; call before changing them. */
  watch(table: TrackedTable, where: string, params: SqlParam[] = []): void {
    this.remember({ table, where, params }, true);
  }

  /** Like watch, for rows whose `column` is one of `values` (any number of values). */
  watchIn(table: TrackedTable, column: string, values: readonly SqlParam[]): void {
    if (values.length > 0) this.remember({ table, column, values: [...values] }, true);
  }

  /** Rows the action has just created (they did not exist before), e.g. `id = ?` of a new row. */
  added(table: TrackedTable, where: string, params: SqlParam[] = []): void {
    this.remember({ table, where, params }, false);
  }

  addedIn(table: TrackedTable, column: string, values: readonly SqlParam[]): void {
    if (values.length > 0) this.remember({ table, column, values: [...values] }, false);
  }

  /** Reads every watched row again and keeps the rows that changed. */
  finish(): ChangeSet {
    const after = new Map<TrackedTable, Map<string, Row>>();
    for (const selector of this.selectors) {
      const rows = after.get(selector.table) ?? new Map<string, Row>();
      after.set(selector.table, rows);
      for (const row of this.read(selector)) rows.set(rowKey(selector.table, row), row);
    }
    const changes: ChangeSet = new Map();
    for (const table of TRACKED_TABLES) {
      const beforeRows = this.before.get(table) ?? new Map<string, Row>();
      const afterRows = after.get(table) ?? new Map<string, Row>();
      // A row the selectors no longer find may still exist, changed so that it no longer matches
      // (a reprint whose duplicate_of was set to NULL): look for those by primary key.
      const missing = [...beforeRows].filter(([key]) => !afterRows.has(key)).map(([, row]) => row);
      for (const row of this.readByKey(table, missing)) afterRows.set(rowKey(table, row), row);
      const tableChanges = new Map<string, RowChange>();
      for (const key of new Set([...beforeRows.keys(), ...afterRows.keys()])) {
        const change = { before: beforeRows.get(key) ?? null, after: afterRows.get(key) ?? null };
        if (!sameRow(change.before, change.after)) tableChanges.set(key, change);
      }
      if (tableChanges.size > 0) changes.set(table, tableChanges);
    }
    return changes;
  }

  private remember(selector: Selector, readNow: boolean): void {
    this.selectors.push(selector);
    if (!readNow) return;
    const rows = this.before.get(selector.table) ?? new Map<string, Row>();
    this.before.set(selector.table, rows);
    for (const row of this.read(selector)) {
      const key = rowKey(selector.table, row);
      if (!rows.has(key)) rows.set(key, row);
    }
  }

  private readByKey(table: TrackedTable, rows: Row[]): Row[] {
    return readRowsByKey(this.q, table, rows);
  }

  private read(selector: Selector): Row[] {
    return 'where' in selector
      ? selectRows(this.q, selector.table, selector.where, selector.params)
      : selectRowsIn(this.q, selector.table, selector.column, selector.values);
  }
}

function sameRow(a: Row | null, b: Row | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function isEmptyChangeSet(changes: ChangeSet): boolean {
  return changes.size === 0;
}

/**
 * Puts the rows of `changes` into their `side` state in one transaction, in an order that never
 * breaks a foreign key nor lets a cascade take a row that should stay: first the rows to re-create
 * (parents first; within a table, a row pointing at another row of the set after it), then the
 * rows to change (e.g. sub-codes moved back from a code about to be deleted), then the rows to
 * delete (children first). Articles that come back are indexed for search again, last (see
 * indexArticles). A row to re-create whose id is taken meanwhile by something else means the
 * project changed under the history: nothing is written.
 */
export function applyChangeSet(q: WriteQuery, changes: ChangeSet, side: 'before' | 'after'): void {
  const other = side === 'before' ? 'after' : 'before';
  const revived: Row[] = [];
  for (const table of TRACKED_TABLES) {
    const rows: Row[] = [];
    for (const change of changes.get(table)?.values() ?? []) {
      const row = change[side];
      if (row === null || change[other] !== null) continue;
      if (keyColumns(table).join() === 'id' && rowExists(q, table, row)) {
        throw new ApiFailure('NOTHING_TO_UNDO', `The project changed since: ${table} ${rowKey(table, row)} is taken.`);
      }
      if (table === 'articles') revived.push(row);
      rows.push(row);
    }
    for (const row of parentsFirst(table, rows)) upsertRow(q, table, row);
  }
  for (const table of TRACKED_TABLES) {
    const rows: Row[] = [];
    for (const change of changes.get(table)?.values() ?? []) {
      if (change[side] !== null && change[other] !== null) rows.push(change[side]);
    }
    for (const row of parentsFirst(table, rows)) upsertRow(q, table, row);
  }
  for (const table of [...TRACKED_TABLES].reverse()) {
    for (const change of changes.get(table)?.values() ?? []) {
      if (change[side] === null && change[other] !== null) deleteRow(q, table, change[other]);
    }
  }
  // An article that came back with its search_docs row is in the index again; the others are
  // indexed now (last, see indexArticles).
  const indexed = new Set(
    [...(changes.get('search_docs')?.values() ?? [])].flatMap((change) => (change[side] ? [Number(change[side].article_id)] : [])),
  );
  const toIndex = [
    ...revived.filter((row) => !indexed.has(Number(row.id))),
    // An edited title or document number put back: indexed again (article-edits/retitled-articles.ts).
    ...unindexRetitled(q, changes, side),
  ];
  if (toIndex.length > 0) {
    indexArticles(
      q,
      toIndex.map((row) => ({
        id: Number(row.id),
        title: String(row.title),
        docNumber: (row.doc_number as string | null | undefined) ?? null,
        cleanText: String(row.clean_text),
      })),
    );
  }
}

/**
 * Whether any row of `changes` is no longer as the step left it (another client changed or
 * removed it since): putting the rows into their `side` state would then overwrite that work.
 * Derived rows (the search index's) are not compared: they follow the articles.
 */
export function changedSince(q: ReadQuery, changes: ChangeSet, side: 'before' | 'after'): boolean {
  const expectedSide = side === 'before' ? 'after' : 'before';
  for (const [table, tableChanges] of changes) {
    if (table === 'search_docs') continue;
    const expected = [...tableChanges.values()].map((change) => change[expectedSide]);
    const probes = [...tableChanges.values()].map((change) => (change.before ?? change.after)!);
    const current = new Map(readRowsByKey(q, table, probes).map((row) => [rowKey(table, row), row]));
    for (const [i, probe] of probes.entries()) {
      if (!sameRow(current.get(rowKey(table, probe)) ?? null, expected[i] ?? null)) return true;
    }
  }
  return false;
}

/** The rows with the primary keys of `rows`, as they are now (absent ones are left out). */
function readRowsByKey(q: ReadQuery, table: TrackedTable, rows: Row[]): Row[] {
  if (rows.length === 0) return [];
  const key = keyColumns(table);
  if (key.length === 1) return selectRowsIn(q, table, key[0]!, rows.map((row) => row[key[0]!] ?? null));
  return rows.flatMap((row) =>
    selectRows(q, table, key.map((c) => `${c} = ?`).join(' AND '), key.map((c) => row[c] ?? null)),
  );
}

/** Orders rows so that a row whose self-reference points into the set comes after the row it points at. */
function parentsFirst(table: TrackedTable, rows: Row[]): Row[] {
  const ref = selfReference(table);
  if (!ref || rows.length < 2) return rows;
  const pending = new Map(rows.map((row) => [Number(row.id), row]));
  const ordered: Row[] = [];
  const visit = (row: Row, depth: number): void => {
    const id = Number(row.id);
    if (!pending.has(id)) return;
    pending.delete(id);
    const parent = row[ref];
    if (parent !== null && parent !== undefined && depth < rows.length) {
      const parentRow = pending.get(Number(parent));
      if (parentRow) visit(parentRow, depth + 1);
    }
    ordered.push(row);
  };
  for (const row of rows) visit(row, 0);
  return ordered;
}

/** Which articles' annotations a change set touches, whether it touches the codebook, and deletions. */
export function describeChangeSet(changes: ChangeSet): {
  articleIds: number[];
  codebook: boolean;
  articlesDeleted: boolean;
  articlesRestored: boolean;
} {
  const articleIds = new Set<number>();
  for (const table of ['highlights', 'article_tags', 'notes'] as const) {
    for (const change of changes.get(table)?.values() ?? []) {
      for (const row of [change.before, change.after]) {
        if (row && row.article_id !== null && row.article_id !== undefined) articleIds.add(Number(row.article_id));
      }
    }
  }
  let articlesDeleted = false;
  let articlesRestored = false;
  for (const change of changes.get('articles')?.values() ?? []) {
    const row = change.before ?? change.after;
    if (row) articleIds.add(Number(row.id));
    if (change.before && !change.after) articlesDeleted = true;
    if (!change.before && change.after) articlesRestored = true;
  }
  return {
    articleIds: [...articleIds].sort((a, b) => a - b),
    codebook: changes.has('codes') || changes.has('highlight_codes'),
    articlesDeleted,
    articlesRestored,
  };
}

/** Rough size in bytes, to keep the history's memory bounded (deleted articles carry their texts). */
export function changeSetBytes(changes: ChangeSet): number {
  let bytes = 0;
  for (const table of changes.values()) {
    for (const change of table.values()) {
      for (const row of [change.before, change.after]) {
        if (!row) continue;
        for (const value of Object.values(row)) bytes += typeof value === 'string' ? value.length * 2 : 8;
      }
    }
  }
  return bytes;
}
