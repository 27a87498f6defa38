// Re-import of a file whose text changed (e.g. a better cleaning rule now drops a boilerplate line):
// the article already in the project is updated in place rather than imported again as a new one,
// so its id, notes, tags and highlights stay with it, and so do the fields a researcher corrected.
import type { WriteQuery } from '../db/query';
import {
  deleteFingerprint,
  isInReprintGroup,
  unindexArticle,
  updateArticleContent,
} from '../db/repositories/article-updates-repo';
import type { NewArticle } from '../db/repositories/articles-repo';
import { insertFingerprint } from '../db/repositories/fingerprints-repo';
import { linkReprint, type Fingerprint, type ReprintContext } from '../dedupe/reprint-linker';
import { withEditsKept } from './article-edits/keep-edits';
import { reanchorHighlights, type ReanchorOutcome } from './reanchor-highlights';

export interface ArticleUpdate extends ReanchorOutcome {
  /** The article was not in a reprint group and now turned out to reprint (or be reprinted by) one. */
  linkedAsReprint: boolean;
  /** What was stored: the new findings, with the fields a researcher edited kept as they were. */
  stored: NewArticle;
}

/**
 * Replaces the article's text and metadata, its fingerprint and its index mapping (the caller
 * indexes the new text last in the transaction, see indexArticles), then anchors its highlights
 * again. A reprint group it belongs to stays as it is: the cleaning changed, not the story.
 */
export function updateArticle(
  q: WriteQuery,
  articleId: number,
  article: NewArticle,
  print: Fingerprint | null,
  reprints: ReprintContext,
  now: string,
): ArticleUpdate {
  const stored = withEditsKept(q, articleId, article);
  updateArticleContent(q, articleId, stored, now);
  unindexArticle(q, articleId);
  deleteFingerprint(q, articleId);
  let linkedAsReprint = false;
  if (!print) {
    // Too short to fingerprint: an empty row, so it is not fingerprinted again on every import.
    insertFingerprint(q, articleId, []);
  } else if (isInReprintGroup(q, articleId)) {
    insertFingerprint(q, articleId, print.buckets);
    reprints.index.add(articleId, print.buckets);
    reprints.shingles.set(articleId, print.shingles);
  } else {
    linkedAsReprint = linkReprint(q, articleId, print, reprints);
  }
  return { ...reanchorHighlights(q, articleId, article.cleanText), linkedAsReprint, stored };
}
