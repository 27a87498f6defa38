// Finding a quote again in changed text: every candidate place is scored by how well the quote,
// its context and its position fit, and the best one wins. Candidates come from the cheapest step
// that yields an acceptable one: exact occurrences, then whitespace-blind ones, then fuzzy ones.
import type { TextPositionSelector } from '../model/annotation';
import { approxSearch, type ApproxMatch } from './approx-search';
import { contextPatterns, contextUpperBound, scoreContext } from './context-score';
import type { Selectors } from './describe';
import { findIgnoringWhitespace } from './whitespace';

/**
 * Quotes shorter than this (in UTF-16 units) get no edit budget, and a candidate for them must
 * have recognisable context: a 2–4 character Chinese term (e.g. 新能源) occurs many times in one
 * article, and without its context any occurrence would do, which is worse than an orphan.
 */
export const SHORT_QUOTE = 8;
const MIN_SHORT_QUOTE_CONTEXT = 0.5;

/** Edits allowed in a fuzzy match: about one in eight units, at least one, none for short quotes. */
export function maxEditsFor(quoteLength: number): number {
  return quoteLength < SHORT_QUOTE ? 0 : Math.max(1, Math.floor(quoteLength / 8));
}

// The quote itself counts most; context on either side next; closeness to the old position only
// breaks ties between equally good places (e.g. a passage repeated with identical surroundings).
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 4;

function exactOccurrences(text: string, quote: string): ApproxMatch[] {
  const found: ApproxMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * The best acceptable candidate, or null when there is none. Candidates are tried in the order of
 * an upper bound of their score and the search stops once no remaining bound can beat the best:
 * a 3-character quote may occur hundreds of times, but only a few have the right neighbours.
 */
function pickBest(
  text: string,
  selectors: Selectors,
  candidates: ApproxMatch[],
): TextPositionSelector | null {
  const [prefix, suffix] = contextPatterns(selectors);
  const quoteLength = selectors.exact.length;
  const span = Math.max(1, text.length);
  const fixedScore = ({ start, errors }: ApproxMatch) =>
    QUOTE_WEIGHT * (1 - errors / quoteLength) +
    POSITION_WEIGHT * Math.max(0, 1 - Math.abs(start - selectors.start) / span);
  const ranked = candidates
    .map((candidate) => ({
      candidate,
      bound:
        fixedScore(candidate) +
        CONTEXT_WEIGHT *
          (contextUpperBound(text, prefix, candidate.start, candidate.end) +
            contextUpperBound(text, suffix, candidate.start, candidate.end)),
    }))
    .sort((a, b) => b.bound - a.bound);
  let best: TextPositionSelector | null = null;
  let bestScore = -Infinity;
  for (const { candidate, bound } of ranked) {
    if (bound <= bestScore) break;
    const { start, end } = candidate;
    const context = scoreContext(text, prefix, start, end) + scoreContext(text, suffix, start, end);
    if (quoteLength < SHORT_QUOTE && context / 2 < MIN_SHORT_QUOTE_CONTEXT) continue;
    const score = fixedScore(candidate) + CONTEXT_WEIGHT * context;
    if (score > bestScore) {
      bestScore = score;
      best = { start, end };
    }
  }
  return best;
}

/**
 * How far (UTF-16 units) from its old place the fuzzy step looks first. A better cleaning pass
 * usually drops or adds a few lines, so an edited passage is nearly always this close; scanning
 * this window instead of a 20,000-unit article makes the fuzzy step several times cheaper, and
 * the whole text is scanned only when nothing acceptable is found nearby.
 */
const NEAR = 2048;

function fuzzyNear(text: string, selectors: Selectors, distance: number): ApproxMatch[] {
  const maxEdits = maxEditsFor(selectors.exact.length);
  if (maxEdits === 0) return [];
  const from = Math.max(0, selectors.start - distance);
  const to = Math.min(text.length, selectors.end + distance);
  // The whole-text step after a window that found nothing only repeats work if the window was all.
  if (distance === Infinity && selectors.start - NEAR <= 0 && selectors.end + NEAR >= text.length) return [];
  return approxSearch(text, selectors.exact, maxEdits, from, to);
}

/**
 * The common case after text was added or removed elsewhere: the quote is intact with both
 * contexts intact around it. Such an occurrence has the highest possible quote and context score,
 * so only the position can separate two of them: the nearest wins, as it would in pickBest, without
 * scoring every occurrence of a short quote.
 */
function nearestWithIntactContext(text: string, selectors: Selectors): TextPositionSelector | null {
  const { exact, prefix, suffix } = selectors;
  let best: TextPositionSelector | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const prefixIntact =
      prefix === '' ? at === 0 : at >= prefix.length && text.startsWith(prefix, at - prefix.length);
    const suffixIntact = suffix === '' ? end === text.length : text.startsWith(suffix, end);
    if (!prefixIntact || !suffixIntact) continue;
    if (!best || Math.abs(at - selectors.start) < Math.abs(best.start - selectors.start))
      best = { start: at, end };
  }
  return best;
}

/** Where the quote of `selectors` is best found in `text`, or null when it is nowhere acceptable. */
export function matchQuote(text: string, selectors: Selectors): TextPositionSelector | null {
  const quote = selectors.exact;
  if (quote.length === 0) return null;
  const intact = nearestWithIntactContext(text, selectors);
  if (intact) return intact;
  const steps: (() => ApproxMatch[])[] = [
    () => exactOccurrences(text, quote),
    () => findIgnoringWhitespace(text, quote).map((place) => ({ ...place, errors: 0 })),
    () => fuzzyNear(text, selectors, NEAR),
    () => fuzzyNear(text, selectors, Infinity),
  ];
  for (const step of steps) {
    const best = pickBest(text, selectors, step());
    if (best) return best;
  }
  return null;
}
