// After an article's text changed, every highlight is anchored again in the new text: found, it takes
// the new position (and the quote and context there); not found, it is marked orphaned and kept, so
// its codes and note survive and the user can place it again.
import { anchorSelectors, describeRange } from '../../common/anchoring';
import type { WriteQuery } from '../db/query';
import {
  highlightAnchorsOf,
  moveHighlight,
  orphanHighlight,
} from '../db/repositories/highlight-anchors-repo';

export interface ReanchorOutcome {
  moved: number;
  orphaned: number;
}

export function reanchorHighlights(
  q: WriteQuery,
  articleId: number,
  text: string,
  now: string,
): ReanchorOutcome {
  const outcome: ReanchorOutcome = { moved: 0, orphaned: 0 };
  for (const highlight of highlightAnchorsOf(q, articleId)) {
    const place = anchorSelectors(text, highlight);
    if (place) {
      const selectors = describeRange(text, place.start, place.end);
      const unchanged =
        !highlight.orphaned &&
        selectors.start === highlight.start &&
        selectors.end === highlight.end &&
        selectors.exact === highlight.exact &&
        selectors.prefix === highlight.prefix &&
        selectors.suffix === highlight.suffix;
      if (unchanged) continue;
      moveHighlight(q, highlight.id, selectors, now);
      outcome.moved++;
    } else {
      // Already orphaned highlights keep their state and are counted again: they are still lost.
      if (!highlight.orphaned) orphanHighlight(q, highlight.id, now);
      outcome.orphaned++;
    }
  }
  return outcome;
}
