// Re-anchoring a highlight after its article's text changed on re-import: the new position with the
// quote and context found there (highlights-repo's setHighlightAnchor moves the position only, for
// the reader's on-the-fly anchoring). Not a researcher's edit, so updated_at stays.
import type { Selectors } from '../../../common/anchoring';
import type { WriteQuery } from '../query';

export function reanchorHighlightRow(q: WriteQuery, id: number, selectors: Selectors): void {
  q.run(
    `UPDATE highlights SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?, orphaned = 0
     WHERE id = ?`,
    [selectors.start, selectors.end, selectors.exact, selectors.prefix, selectors.suffix, id],
  );
}
