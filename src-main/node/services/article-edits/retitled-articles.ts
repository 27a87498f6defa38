// Undo and redo of a metadata edit write the article row back whole; when that changes what the
// search index holds for the title field (the title or the document number, see indexedTitle), the
// article must be indexed again. Its old docid is not brought back: the entries of a docid whose
// article left it are dropped by the next segment merge, so they may no longer exist.
import type { WriteQuery } from '../../db/query';
import type { Row } from '../../db/repositories/rows-repo';
import { unindexArticle } from '../../db/repositories/article-updates-repo';
import type { ChangeSet } from '../annotations/change-set';

/**
 * The article rows of `changes` that exist on both sides and whose indexed title differs, in their
 * `side` state; each is detached from its postings here, for the caller to index again (last).
 */
export function unindexRetitled(q: WriteQuery, changes: ChangeSet, side: 'before' | 'after'): Row[] {
  const rows: Row[] = [];
  for (const change of changes.get('articles')?.values() ?? []) {
    const { before, after } = change;
    if (!before || !after) continue;
    if (before.title === after.title && (before.doc_number ?? null) === (after.doc_number ?? null)) continue;
    const row = side === 'before' ? before : after;
    unindexArticle(q, Number(row.id));
    rows.push(row);
  }
  return rows;
}
