// Whole rows of the annotation tables, read and written back as they were: what undo and redo are
// made of (services/annotations/undo-history.ts). Table and column names come from the closed list
// below, never from a caller's text; values are always bound.
import type { ReadQuery, SqlParam, WriteQuery } from '../query';

/** Tables an undoable action may change, parents before children (the order rows are restored in). */
export const TRACKED_TABLES = [
  'articles',
  'search_docs',
  'article_fingerprints',
  'codes',
  'tags',
  'highlights',
  'highlight_codes',
  'article_tags',
  'notes',
] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

export type Row = Record<string, SqlParam>;

/** Primary key columns, and the column of the same table a row may point at (restored first). */
const KEYS: Record<TrackedTable, { key: string[]; selfRef?: string; derived?: boolean }> = {
  articles: { key: ['id'], selfRef: 'duplicate_of' },
  // Derived (not journaled, see search-index.ts): an article deleted and brought back by undo gets
  // its old docid back, whose index entries are still there, instead of being tokenised again.
  search_docs: { key: ['docid'], derived: true },
  article_fingerprints: { key: ['article_id'] },
  codes: { key: ['id'], selfRef: 'parent_id' },
  tags: { key: ['id'] },
  highlights: { key: ['id'] },
  highlight_codes: { key: ['highlight_id', 'code_id'] },
  article_tags: { key: ['article_id', 'tag_id'] },
  notes: { key: ['id'] },
};

export const keyColumns = (table: TrackedTable): string[] => KEYS[table].key;
export const selfReference = (table: TrackedTable): string | undefined => KEYS[table].selfRef;

/** A stable string for a row's primary key. */
export const rowKey = (table: TrackedTable, row: Row): string =>
  KEYS[table].key.map((column) => String(row[column])).join(':');

// IN lists are padded to one of a few sizes (repeating the last value changes nothing), so the
// statement cache holds a handful of statements, not one per list length.
const LIST_SIZES = [1, 8, 64, 500];

/** Splits `values` into padded chunks, each with the `(?, ?, ...)` placeholder list of its size. */
export function inChunks(values: readonly SqlParam[]): { placeholders: string; params: SqlParam[] }[] {
  const chunks: { placeholders: string; params: SqlParam[] }[] = [];
  const max = LIST_SIZES[LIST_SIZES.length - 1]!;
  for (let i = 0; i < values.length; i += max) {
    const part = values.slice(i, i + max);
    const size = LIST_SIZES.find((n) => n >= part.length)!;
    const params = [...part];
    while (params.length < size) params.push(part[part.length - 1]!);
    chunks.push({ placeholders: `(${params.map(() => '?').join(', ')})`, params });
  }
  return chunks;
}

/**
 * Rows of `table` matching `where` (a fixed SQL condition written by a service, e.g.
 * `highlight_id IN (?, ?)`), every column.
 */
export function selectRows(q: ReadQuery, table: TrackedTable, where: string, params: SqlParam[]): Row[] {
  return q.all<Row>(`SELECT * FROM ${table} WHERE ${where}`, params);
}

/** Rows of `table` whose `column` is one of `values`, in chunks. */
export function selectRowsIn(q: ReadQuery, table: TrackedTable, column: string, values: readonly SqlParam[]): Row[] {
  return inChunks(values).flatMap((chunk) => selectRows(q, table, `${column} IN ${chunk.placeholders}`, chunk.params));
}

export function rowExists(q: ReadQuery, table: TrackedTable, row: Row): boolean {
  const key = KEYS[table].key;
  return (
    q.get(`SELECT 1 AS one FROM ${table} WHERE ${key.map((c) => `${c} = ?`).join(' AND ')}`, key.map((c) => row[c] ?? null)) !==
    undefined
  );
}

/** Derived tables are written without journaling, like the search index they belong to. */
const writer = (q: WriteQuery, table: TrackedTable) => (sql: string, params: SqlParam[]) =>
  KEYS[table].derived ? q.runDerived(sql, params) : q.run(sql, params);

/** Writes `row` back: inserted, or updated in place (never REPLACE, which would cascade deletes). */
export function upsertRow(q: WriteQuery, table: TrackedTable, row: Row): void {
  const columns = Object.keys(row);
  const key = KEYS[table].key;
  const others = columns.filter((c) => !key.includes(c));
  const conflict =
    others.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${others.map((c) => `${c} = excluded.${c}`).join(', ')}`;
  const run = writer(q, table);
  run(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (${key.join(', ')}) ${conflict}`,
    columns.map((c) => row[c] ?? null),
  );
}

export function deleteRow(q: WriteQuery, table: TrackedTable, row: Row): void {
  const key = KEYS[table].key;
  const run = writer(q, table);
  run(`DELETE FROM ${table} WHERE ${key.map((c) => `${c} = ?`).join(' AND ')}`, key.map((c) => row[c] ?? null));
}

/** Which of `ids` are ids of rows of `table` (any number of ids). */
export function existingIds(q: ReadQuery, table: TrackedTable, ids: readonly number[]): Set<number> {
  const found = new Set<number>();
  for (const chunk of inChunks(ids)) {
    q.each(`SELECT id FROM ${table} WHERE id IN ${chunk.placeholders}`, chunk.params, ([id]) => found.add(id as number));
  }
  return found;
}
