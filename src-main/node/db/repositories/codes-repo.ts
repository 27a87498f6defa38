// The codebook: codes and the passages coded with them (highlight_codes).
import type { ReadQuery, WriteQuery } from '../query';

export interface CodeRow {
  id: number;
  parent_id: number | null;
  name: string;
  color: string;
  description: string;
  sort_order: number;
  passage_count: number;
}

export function allCodeRows(q: ReadQuery): CodeRow[] {
  return q.all<CodeRow>(
    `SELECT c.id, c.parent_id, c.name, c.color, c.description, c.sort_order,
       (SELECT COUNT(*) FROM highlight_codes hc WHERE hc.code_id = c.id) AS passage_count
     FROM codes c ORDER BY c.sort_order, c.id`,
  );
}

export function getCodeRow(q: ReadQuery, id: number): CodeRow | undefined {
  return q.get<CodeRow>(
    `SELECT c.id, c.parent_id, c.name, c.color, c.description, c.sort_order,
       (SELECT COUNT(*) FROM highlight_codes hc WHERE hc.code_id = c.id) AS passage_count
     FROM codes c WHERE c.id = ?`,
    [id],
  );
}

/** Sibling codes (same parent; null: the top level), in codebook order. */
export function siblingRows(q: ReadQuery, parentId: number | null): { id: number; name: string; sort_order: number }[] {
  return q.all(
    'SELECT id, name, sort_order FROM codes WHERE parent_id IS ? ORDER BY sort_order, id',
    [parentId],
  );
}

export function usedColours(q: ReadQuery): string[] {
  return q.all<{ color: string }>('SELECT DISTINCT lower(color) AS color FROM codes').map((r) => r.color);
}

export function countCodes(q: ReadQuery): number {
  return q.get<{ n: number }>('SELECT COUNT(*) AS n FROM codes')?.n ?? 0;
}

export interface NewCode {
  parentId: number | null;
  name: string;
  color: string;
  description: string;
  sortOrder: number;
}

export function insertCode(q: WriteQuery, code: NewCode, now: string): number {
  return q.run(
    `INSERT INTO codes (parent_id, name, color, description, sort_order, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [code.parentId, code.name, code.color, code.description, code.sortOrder, now, now],
  ).lastInsertRowid;
}

export function updateCodeFields(
  q: WriteQuery,
  id: number,
  fields: { name: string; color: string; description: string; parentId: number | null },
  now: string,
): void {
  q.run('UPDATE codes SET name = ?, color = ?, description = ?, parent_id = ?, updated_at = ? WHERE id = ?', [
    fields.name,
    fields.color,
    fields.description,
    fields.parentId,
    now,
    id,
  ]);
}

export function setCodeSortOrder(q: WriteQuery, id: number, sortOrder: number): void {
  q.run('UPDATE codes SET sort_order = ? WHERE id = ? AND sort_order IS NOT ?', [sortOrder, id, sortOrder]);
}

export function setCodeParent(q: WriteQuery, id: number, parentId: number | null, sortOrder: number, now: string): void {
  q.run('UPDATE codes SET parent_id = ?, sort_order = ?, updated_at = ? WHERE id = ?', [parentId, sortOrder, now, id]);
}

/** Deletes the code; its sub-codes and highlight_codes rows go with it (ON DELETE CASCADE). */
export function deleteCodeRow(q: WriteQuery, id: number): void {
  q.run('DELETE FROM codes WHERE id = ?', [id]);
}

/** Adds `targetId` to every highlight coded with `sourceId` that does not have it yet. */
export function copyCodings(q: WriteQuery, sourceId: number, targetId: number): void {
  q.run(
    `INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id)
     SELECT highlight_id, ? FROM highlight_codes WHERE code_id = ?`,
    [targetId, sourceId],
  );
}

export function codeExists(q: ReadQuery, id: number): boolean {
  return q.get('SELECT 1 AS one FROM codes WHERE id = ?', [id]) !== undefined;
}
