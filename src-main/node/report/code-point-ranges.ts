// Zhiyan stores passage offsets in UTF-16 code units (JavaScript's string indices); the formats other
// tools read count Unicode code points (W3C TextPositionSelector, REFI-QDA, Python/R string slicing).
// They differ after every character outside the BMP (𠮷, emoji): one code point, two code units.
import { toCodePointOffsets } from './refi-qda/code-points';
import type { ReportArticle } from './report-model';

export interface CodePointRange {
  /** Code points before the passage. */
  start: number;
  /** Code points before the passage's end (exclusive). */
  end: number;
}

/** highlight id → its [start, end) in code points of the article's clean text, in one pass. */
export function codePointRanges(article: ReportArticle): Map<number, CodePointRange> {
  const offsets = toCodePointOffsets(
    article.cleanText,
    article.passages.flatMap((passage) => [passage.start, passage.end]),
  );
  return new Map(
    article.passages.map((passage, i) => [
      passage.highlightId,
      { start: offsets[2 * i]!, end: offsets[2 * i + 1]! },
    ]),
  );
}
