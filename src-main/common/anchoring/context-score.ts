// How well the text around a candidate matches the context stored with the quote. Compared from the
// quote outward: the units right next to the passage say most about whether it is the same place.
import { compilePattern, editDistance, type CompiledPattern } from './bit-parallel';
import type { TextQuoteSelector } from '../model/annotation';

/** A stored context prepared once for scoring many candidates. */
export interface ContextPattern {
  readonly side: 'prefix' | 'suffix';
  readonly expected: string;
  readonly compiled: CompiledPattern;
}

export function contextPatterns(quote: TextQuoteSelector): [ContextPattern, ContextPattern] {
  return [
    { side: 'prefix', expected: quote.prefix, compiled: compilePattern(quote.prefix) },
    { side: 'suffix', expected: quote.suffix, compiled: compilePattern(quote.suffix) },
  ];
}

/** Where the context window lies for a candidate at [start, end), and how many units next to the passage match. */
function compareOutward(text: string, context: ContextPattern, start: number, end: number) {
  const { expected, side } = context;
  const length = expected.length;
  const from = side === 'prefix' ? Math.max(0, start - length) : end;
  const to = side === 'prefix' ? start : Math.min(text.length, end + length);
  let run = 0;
  if (side === 'prefix') {
    while (run < to - from && text.charCodeAt(start - 1 - run) === expected.charCodeAt(length - 1 - run))
      run++;
  } else {
    while (run < to - from && text.charCodeAt(end + run) === expected.charCodeAt(run)) run++;
  }
  return { from, to, run };
}

/** At the text's edge again: 1; an edge context elsewhere: a neutral 0.5. */
function edgeScore(text: string, side: ContextPattern['side'], start: number, end: number): number {
  return (side === 'prefix' ? start === 0 : end === text.length) ? 1 : 0.5;
}

/**
 * 0..1: half for the length of the run of equal units going outward from the passage, half for the
 * edit similarity of the whole context window (so an edit right next to the passage still leaves
 * credit for the rest). An empty stored context means the passage touched the text's edge: being
 * at the edge again scores 1, anywhere else a neutral 0.5.
 */
export function scoreContext(text: string, context: ContextPattern, start: number, end: number): number {
  const length = context.expected.length;
  if (length === 0) return edgeScore(text, context.side, start, end);
  const { from, to, run } = compareOutward(text, context, start, end);
  if (run === length) return 1;
  const similarity = 1 - Math.min(length, editDistance(context.compiled, text, from, to)) / length;
  return (run / length + similarity) / 2;
}

/**
 * An upper bound of scoreContext from the outward run alone (as if the rest of the window were
 * similar): cheap, so that of many occurrences of a short quote only the promising ones pay for
 * the edit distance.
 */
export function contextUpperBound(text: string, context: ContextPattern, start: number, end: number): number {
  const length = context.expected.length;
  if (length === 0) return edgeScore(text, context.side, start, end);
  const { run } = compareOutward(text, context, start, end);
  return run === length ? 1 : (run / length + 1) / 2;
}
