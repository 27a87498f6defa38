import type { ReadQuery, WriteQuery } from '../query';

export function insertFingerprints(q: WriteQuery, articleId: number, buckets: string[]): void {
  buckets.forEach((bucket, band) =>
    q.run('INSERT OR IGNORE INTO article_fingerprints (band, bucket, article_id) VALUES (?, ?, ?)', [band, bucket, articleId]),
  );
}

/** Articles sharing at least one band bucket: candidates for near-duplicates, to be verified. */
export function articlesSharingBuckets(q: ReadQuery, buckets: string[], limit: number): number[] {
  const found = new Set<number>();
  for (const [band, bucket] of buckets.entries()) {
    for (const row of q.all<{ article_id: number }>(
      'SELECT article_id FROM article_fingerprints WHERE band = ? AND bucket = ?',
      [band, bucket],
    )) {
      found.add(row.article_id);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}

/** Articles stored before fingerprints existed (a project from schema version 1). */
export function articlesWithoutFingerprints(q: ReadQuery): { id: number; clean_text: string }[] {
  return q.all(
    `SELECT a.id, a.clean_text FROM articles a
     WHERE NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)`,
  );
}
