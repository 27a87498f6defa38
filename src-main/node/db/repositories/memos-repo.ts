// Project memos: notes rows without an article (article notes are in notes-repo.ts).
import type { Memo } from '../../../common/model/annotation';
import type { ReadQuery, WriteQuery } from '../query';

interface MemoRow {
  id: number;
  title: string;
  body: string;
  updated_at: string;
}

const toMemo = (row: MemoRow): Memo => ({ id: row.id, title: row.title, body: row.body, updatedAt: row.updated_at });

/** Most recently edited first. */
export function listMemoRows(q: ReadQuery): Memo[] {
  return q
    .all<MemoRow>('SELECT id, title, body, updated_at FROM notes WHERE article_id IS NULL ORDER BY updated_at DESC, id DESC')
    .map(toMemo);
}

export function getMemo(q: ReadQuery, id: number): Memo | undefined {
  const row = q.get<MemoRow>('SELECT id, title, body, updated_at FROM notes WHERE id = ? AND article_id IS NULL', [id]);
  return row ? toMemo(row) : undefined;
}

export function updateMemo(q: WriteQuery, id: number, title: string, body: string, now: string): void {
  q.run('UPDATE notes SET title = ?, body = ?, updated_at = ? WHERE id = ? AND article_id IS NULL', [title, body, now, id]);
}

export function deleteMemoRow(q: WriteQuery, id: number): void {
  q.run('DELETE FROM notes WHERE id = ? AND article_id IS NULL', [id]);
}
