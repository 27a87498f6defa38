// Anchoring: a highlight is stored with two W3C Web Annotation selectors (position and quote) so it
// can be found again when the article's text changes. Pure functions over plain text.
// SCAFFOLD: the signatures are settled; the anchoring work (issue 5) replaces the bodies.
import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';

export type Selectors = TextPositionSelector & TextQuoteSelector;

/** The selectors for [start, end) of `text`: the position, the exact passage, and context around it. */
export function describeRange(text: string, start: number, end: number): Selectors {
  return { start, end, exact: text.slice(start, end), prefix: '', suffix: '' };
}

/**
 * Where the passage described by `selectors` is in `text` now: at its position if the text there is
 * still the quote, else where the quote (with its context) is found best; null when it cannot be found.
 */
export function anchorSelectors(text: string, selectors: Selectors): TextPositionSelector | null {
  return text.slice(selectors.start, selectors.end) === selectors.exact
    ? { start: selectors.start, end: selectors.end }
    : null;
}
