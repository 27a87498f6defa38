// The selectors stored with a highlight: where it is, what it says, and what surrounds it.
import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import { snapBackward, snapForward } from './code-units';

export type Selectors = TextPositionSelector & TextQuoteSelector;

/**
 * How much context (UTF-16 units) a quote carries on each side. 32 is what Hypothesis stores; in
 * Chinese that is a clause or two, enough to tell apart a short quote repeated in one article.
 */
export const CONTEXT_LENGTH = 32;

/** The selectors for [start, end) of `text`: the position, the exact passage, and context around it. */
export function describeRange(text: string, start: number, end: number): Selectors {
  // The context may be a unit shorter than CONTEXT_LENGTH: it never starts or ends inside a pair.
  const prefixStart = snapForward(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = snapBackward(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
