// After an article's text changed on re-import, every highlight is anchored again in the new text:
// found, it takes the new position with the quote and context there (so the next anchoring is the
// fast exact-position check); not found, it is marked orphaned and kept, with its old quote, codes
// and note, so the user can place it again. Like the reader's anchoring, these corrections follow
// the text, not the researcher: they are not undo steps and leave updated_at alone.
import { anchorSelectors, describeRange } from '../../common/anchoring';
import type { WriteQuery } from '../db/query';
import { reanchorHighlightRow } from '../db/repositories/highlight-anchors-repo';
import { highlightsOfArticle, setHighlightAnchor } from '../db/repositories/highlights-repo';

export interface ReanchorOutcome {
  moved: number;
  /** Highlights not found in the new text (including ones that were orphaned already). */
  orphaned: number;
}

export function reanchorHighlights(q: WriteQuery, articleId: number, text: string): ReanchorOutcome {
  const outcome: ReanchorOutcome = { moved: 0, orphaned: 0 };
  for (const highlight of highlightsOfArticle(q, articleId)) {
    const place = anchorSelectors(text, highlight);
    if (!place) {
      if (!highlight.orphaned) setHighlightAnchor(q, highlight.id, null);
      outcome.orphaned++;
      continue;
    }
    const selectors = describeRange(text, place.start, place.end);
    const unchanged =
      !highlight.orphaned &&
      (['start', 'end', 'exact', 'prefix', 'suffix'] as const).every(
        (key) => selectors[key] === highlight[key],
      );
    if (unchanged) continue;
    reanchorHighlightRow(q, highlight.id, selectors);
    outcome.moved++;
  }
  return outcome;
}
