// Anchoring a stored highlight in the article's current text. Re-importing an article with better
// cleaning changes its text; every highlight is anchored again, and one that cannot be is marked
// orphaned by the caller (never dropped).
import type { TextPositionSelector } from '../model/annotation';
import type { Selectors } from './describe';
import { matchQuote } from './match-quote';

function holdsQuoteAt(text: string, selectors: Selectors): boolean {
  const { start, end, exact } = selectors;
  return start >= 0 && end <= text.length && end - start === exact.length && text.startsWith(exact, start);
}

function holdsContextAt(text: string, selectors: Selectors): boolean {
  const { start, end, prefix, suffix } = selectors;
  return (
    start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end)
  );
}

/**
 * Where the passage described by `selectors` is in `text` now: at its position if the text there is
 * still the quote, else where the quote (with its context) is found best; null when it cannot be found.
 *
 * The fast path (quote and context unchanged at the position) covers nearly every highlight of an
 * unchanged article. When the quote is still at the position but its context changed, the quote is
 * looked for anyway: a deletion before a repeated short quote can shift another occurrence onto the
 * old position, and the context then picks the right one; if nothing better is found the position stays.
 */
export function anchorSelectors(text: string, selectors: Selectors): TextPositionSelector | null {
  const position = { start: selectors.start, end: selectors.end };
  const holdsQuote = holdsQuoteAt(text, selectors);
  if (holdsQuote && holdsContextAt(text, selectors)) return position;
  return matchQuote(text, selectors) ?? (holdsQuote ? position : null);
}
