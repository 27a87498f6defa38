import type { Note } from '../../../common/model/article';
import type { ReadQuery, WriteQuery } from '../query';

interface NoteRow {
  id: number;
  article_id: number | null;
  body: string;
  updated_at: string;
}

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  articleId: row.article_id,
  body: row.body,
  updatedAt: row.updated_at,
});

export function getArticleNote(q: ReadQuery, articleId: number): Note | null {
  const row = q.get<NoteRow>('SELECT id, article_id, body, updated_at FROM notes WHERE article_id = ?', [
    articleId,
  ]);
  return row ? toNote(row) : null;
}

/** Creates, replaces or (with an empty body) deletes the article's note. */
export function saveArticleNote(q: WriteQuery, articleId: number, body: string, now: string): Note | null {
  if (body.length === 0) {
    q.run('DELETE FROM notes WHERE article_id = ?', [articleId]);
    return null;
  }
  q.run(
    `INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id) WHERE article_id IS NOT NULL DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    [articleId, body, now, now],
  );
  return getArticleNote(q, articleId);
}

export function insertMemo(q: WriteQuery, title: string, body: string, now: string): number {
  return q.run(
    'INSERT INTO notes (article_id, title, body, created_at, updated_at) VALUES (NULL, ?, ?, ?, ?)',
    [title, body, now, now],
  ).lastInsertRowid;
}

export function listMemoBodies(q: ReadQuery): string[] {
  return q
    .all<{ body: string }>('SELECT body FROM notes WHERE article_id IS NULL ORDER BY id')
    .map((r) => r.body);
}
