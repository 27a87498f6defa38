import type { ReadQuery, WriteQuery } from '../query';

export function insertFingerprint(q: WriteQuery, articleId: number, buckets: string[]): void {
  q.run('INSERT INTO article_fingerprints (article_id, buckets) VALUES (?, ?)', [
    articleId,
    buckets.join(','),
  ]);
}

export function allFingerprints(q: ReadQuery): { articleId: number; buckets: string[] }[] {
  return q
    .all<{ article_id: number; buckets: string }>('SELECT article_id, buckets FROM article_fingerprints')
    .map((row) => ({ articleId: row.article_id, buckets: row.buckets === '' ? [] : row.buckets.split(',') }));
}

/** Articles stored before fingerprints existed (a project from schema version 1). */
export function articlesWithoutFingerprints(q: ReadQuery): { id: number; clean_text: string }[] {
  return q.all(
    `SELECT a.id, a.clean_text FROM articles a
     WHERE NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)`,
  );
}
