// The anchoring columns of highlights (position and quote selectors, orphaned), read and written when
// an article's text changes. Everything else about highlights is in the annotation repositories.
import type { Selectors } from '../../../common/anchoring';
import type { ReadQuery, WriteQuery } from '../query';

export interface HighlightAnchor extends Selectors {
  id: number;
  orphaned: boolean;
}

export function highlightAnchorsOf(q: ReadQuery, articleId: number): HighlightAnchor[] {
  return q
    .all<{
      id: number;
      start_offset: number;
      end_offset: number;
      exact: string;
      prefix: string;
      suffix: string;
      orphaned: number;
    }>(
      `SELECT id, start_offset, end_offset, exact, prefix, suffix, orphaned FROM highlights
       WHERE article_id = ? ORDER BY id`,
      [articleId],
    )
    .map((row) => ({
      id: row.id,
      start: row.start_offset,
      end: row.end_offset,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      orphaned: row.orphaned === 1,
    }));
}

/** The highlight was found again: its new selectors, and no longer orphaned. */
export function moveHighlight(q: WriteQuery, id: number, selectors: Selectors, now: string): void {
  q.run(
    `UPDATE highlights SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?, orphaned = 0,
       updated_at = ? WHERE id = ?`,
    [selectors.start, selectors.end, selectors.exact, selectors.prefix, selectors.suffix, now, id],
  );
}

/** The passage is gone: the highlight keeps its old selectors (its quote is what the user sees). */
export function orphanHighlight(q: WriteQuery, id: number, now: string): void {
  q.run('UPDATE highlights SET orphaned = 1, updated_at = ? WHERE id = ?', [now, id]);
}
