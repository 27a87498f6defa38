// Where a quote occurs in a text with at most k edits: the fuzzy step of anchoring, used only when
// the exact quote is gone (a word changed inside a highlighted passage by a better cleaning rule).
import { compilePattern, scanColumns } from './bit-parallel';
import { snapBackward, snapForward } from './code-units';

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Reverses a string unit by unit; only used for matching, so halves of pairs may swap order. */
function reverseUnits(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * For a match ending at `end` with `errors` edits, where it starts: the forward scan only reports
 * ends, so scan backwards from `end` with the reversed quote anchored there, and take the start
 * giving the fewest edits (on a tie, the length closest to the quote's).
 */
function findStart(text: string, reversedQuote: string, end: number, maxErrors: number): number {
  const windowStart = Math.max(0, end - reversedQuote.length - maxErrors);
  const reversedWindow = reverseUnits(text.slice(windowStart, end));
  let bestStart = end - reversedQuote.length;
  let bestErrors = Infinity;
  let bestGap = Infinity;
  scanColumns(
    compilePattern(reversedQuote),
    reversedWindow,
    0,
    reversedWindow.length,
    'anchored',
    (length, errors) => {
      const gap = Math.abs(length - reversedQuote.length);
      if (errors < bestErrors || (errors === bestErrors && gap < bestGap)) {
        bestErrors = errors;
        bestGap = gap;
        bestStart = end - length;
      }
    },
  );
  return Math.max(0, bestStart);
}

/**
 * Every place where `quote` occurs in `text` with at most `maxErrors` edits. Neighbouring ends of
 * one occurrence (a match one unit longer or shorter is also within budget) are reported once: the
 * fewest edits, and among those the length closest to the quote's. Only matches lying inside
 * text[from, to) are found.
 */
export function approxSearch(
  text: string,
  quote: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproxMatch[] {
  if (quote.length === 0) return [];
  // Runs of consecutive qualifying ends; per run, the ends with the fewest edits.
  const runs: { errors: number; ends: number[] }[] = [];
  let lastEnd = -2;
  scanColumns(compilePattern(quote), text, from, to, 'search', (end, errors) => {
    if (errors > maxErrors) return;
    const run = end === lastEnd + 1 ? runs[runs.length - 1] : undefined;
    lastEnd = end;
    if (!run) runs.push({ errors, ends: [end] });
    else if (errors < run.errors) Object.assign(run, { errors, ends: [end] });
    else if (errors === run.errors) run.ends.push(end);
  });

  const reversedQuote = reverseUnits(quote);
  return runs.map(({ errors, ends }) => {
    let best = { start: 0, end: 0, errors };
    let bestGap = Infinity;
    for (const end of ends) {
      const start = findStart(text, reversedQuote, end, maxErrors);
      const gap = Math.abs(end - start - quote.length);
      if (gap < bestGap) {
        bestGap = gap;
        best = { start: snapBackward(text, start), end: snapForward(text, end), errors };
      }
    }
    return best;
  });
}
