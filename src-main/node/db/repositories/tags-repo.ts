// Tags and which articles carry them.
import type { TagCount } from '../../../common/model/annotation';
import type { ReadQuery, WriteQuery } from '../query';

export function tagCounts(q: ReadQuery): TagCount[] {
  return q.all<TagCount>(
    `SELECT t.name AS name, COUNT(at.article_id) AS count FROM tags t
     LEFT JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.name`,
  );
}

export function tagIdOf(q: ReadQuery, name: string): number | undefined {
  return q.get<{ id: number }>('SELECT id FROM tags WHERE name = ?', [name])?.id;
}

/** The id of the tag called `name`, created if needed. */
export function ensureTag(q: WriteQuery, name: string): number {
  const existing = tagIdOf(q, name);
  if (existing !== undefined) return existing;
  return q.run('INSERT INTO tags (name) VALUES (?)', [name]).lastInsertRowid;
}

/** 1 when the article did not have the tag yet. */
export function addArticleTag(q: WriteQuery, articleId: number, tagId: number): number {
  return q.run('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)', [articleId, tagId]).changes;
}

export function removeArticleTag(q: WriteQuery, articleId: number, tagId: number): number {
  return q.run('DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?', [articleId, tagId]).changes;
}

/** Deletes the tag if no article carries it any more. */
export function deleteTagIfUnused(q: WriteQuery, tagId: number): void {
  q.run('DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = ?)', [tagId, tagId]);
}

/** Deletes every tag no article carries. */
export function deleteUnusedTags(q: WriteQuery): void {
  q.run('DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = tags.id)');
}

export function unusedTagIds(q: ReadQuery): number[] {
  return q
    .all<{ id: number }>('SELECT id FROM tags t WHERE NOT EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id)')
    .map((r) => r.id);
}
