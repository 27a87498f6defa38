// Where the query's terms occur in a text, and short stretches around them for a result list.
// Matching is on the folded text (common/search/fold.ts), which has the same length as the
// original, so offsets apply to the text as stored and shown.
import { findHits } from '../../common/search/fold';
import type { Snippet } from '../../common/model/search';

export const ELLIPSIS = '…';
/** Snippets per result, and their width in characters. */
export const SNIPPETS = 3;
export const SNIPPET_WIDTH = 90;

/** Part of an article's text: its characters from offset `from` on, of an article `total` long. */
export interface Stretch {
  text: string;
  from: number;
  total: number;
}

/** The longest a snippet's window reaches back from its hit (a third of the width). */
export const reachBack = (width: number) => Math.floor(width / 3);

/**
 * The snippet for the hit [start, end) (article offsets): a window of about `width` characters
 * around it, kept inside its paragraph, with every hit in `hits` that lies inside it marked. The
 * stretch must hold the window: from `reachBack(width)` before the hit to `width` after it.
 * A window that starts after the text's start begins with "…", one that stops before its end ends
 * with "…"; `offset` is then one before the window (where the "…" stands in for the text before),
 * so that `offset` plus a hit's start is still the hit's offset in the article. Also returns where
 * the window ends.
 */
export function snippetAt(
  stretch: Stretch,
  hits: readonly (readonly [number, number])[],
  start: number,
  end: number,
  width: number,
): { snippet: Snippet; to: number } {
  const { text, from: base } = stretch;
  const stretchEnd = base + text.length;
  const paragraphStart = Math.max(base, base + text.lastIndexOf('\n', start - base - 1) + 1);
  const newline = text.indexOf('\n', end - base);
  const paragraphEnd = newline < 0 ? stretchEnd : base + newline;
  const lead = Math.floor((width - (end - start)) / 3);
  const from = Math.max(paragraphStart, start - Math.max(lead, 0));
  const to = Math.min(paragraphEnd, Math.max(end, from + width));
  const before = from > 0 ? ELLIPSIS : '';
  const after = to < stretch.total ? ELLIPSIS : '';
  const shift = before.length - from;
  return {
    snippet: {
      text: before + text.slice(from - base, to - base) + after,
      offset: from - before.length,
      hits: hits.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift]),
    },
    to,
  };
}

/**
 * Up to `max` snippets of a whole text, each around a hit; hits already shown in an earlier window
 * are not shown again.
 */
export function buildSnippets(
  text: string,
  terms: readonly string[],
  max = SNIPPETS,
  width = SNIPPET_WIDTH,
): Snippet[] {
  const hits = findHits(text, terms);
  const whole: Stretch = { text, from: 0, total: text.length };
  const snippets: Snippet[] = [];
  let shownUntil = -1;
  for (const [start, end] of hits) {
    if (snippets.length >= max) break;
    if (start < shownUntil) continue;
    const { snippet, to } = snippetAt(whole, hits, start, end, width);
    snippets.push(snippet);
    shownUntil = to;
  }
  return snippets;
}
