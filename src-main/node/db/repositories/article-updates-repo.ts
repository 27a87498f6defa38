// Replacing an article's text and metadata in place, when its file is imported again and cleans to
// different text (see services/update-article.ts). Creation lives in articles-repo.ts.
import type { ReadQuery, WriteQuery } from '../query';
import { contentColumnValues, type NewArticle } from './articles-repo';

/** The ids of the articles stored from `filePath` (the absolute path given at import). */
export function articleIdsAtPath(q: ReadQuery, filePath: string): number[] {
  return q
    .all<{ id: number }>('SELECT id FROM articles WHERE file_path = ?', [filePath])
    .map((row) => row.id);
}

/** Whether the article is in a reprint group: it reprints one, or one reprints it. */
export function isInReprintGroup(q: ReadQuery, articleId: number): boolean {
  return (
    q.get(
      `SELECT 1 AS one FROM articles WHERE (id = ? AND duplicate_of IS NOT NULL)
       UNION ALL SELECT 1 FROM articles WHERE duplicate_of = ? LIMIT 1`,
      [articleId, articleId],
    ) !== undefined
  );
}

/** New text and metadata; id, file path, reprint link, import batch and creation time stay. */
export function updateArticleContent(
  q: WriteQuery,
  articleId: number,
  article: NewArticle,
  now: string,
): void {
  // Column names come from a constant list, never from input.
  const { columns, values } = contentColumnValues(article);
  q.run(`UPDATE articles SET ${columns.map((column) => `${column} = ?`).join(', ')}, updated_at = ? WHERE id = ?`, [
    ...values,
    now,
    articleId,
  ]);
}

export function deleteFingerprint(q: WriteQuery, articleId: number): void {
  q.run('DELETE FROM article_fingerprints WHERE article_id = ?', [articleId]);
}

/**
 * Detaches the article from its search postings (a docid without a search_docs row is ignored, and
 * the next segment merge drops its entries), so it can be indexed again under a new docid.
 * Journaled, unlike the index itself: after a crash the replay drops the old mapping and the
 * open-time check indexes the article's new text, instead of leaving its old text searchable.
 */
export function unindexArticle(q: WriteQuery, articleId: number): void {
  q.run('DELETE FROM search_docs WHERE article_id = ?', [articleId]);
}
