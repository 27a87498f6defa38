// Where the query's terms occur in a text, and short stretches around them for a result list.
// Matching is on the folded text (common/search/fold.ts), which has the same length as the
// original, so offsets apply to the text as stored and shown.
import { findHits } from '../../common/search/fold';
import type { Snippet } from '../../common/model/search';

export const ELLIPSIS = '…';

/**
 * Up to `max` snippets, each a window of about `width` characters around a hit, kept inside its
 * paragraph; hits already shown in an earlier window are not shown again. A window that starts
 * after the text's start begins with "…", one that stops before its end ends with "…"; `offset` is
 * then one before the window (where the "…" stands in for the text before), so that `offset` plus a
 * hit's start is still the hit's offset in the article.
 */
export function buildSnippets(text: string, terms: readonly string[], max = 3, width = 90): Snippet[] {
  const hits = findHits(text, terms);
  const snippets: Snippet[] = [];
  let shownUntil = -1;
  for (const [start, end] of hits) {
    if (snippets.length >= max) break;
    if (start < shownUntil) continue;
    const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
    const paragraphEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const lead = Math.floor((width - (end - start)) / 3);
    const from = Math.max(paragraphStart, start - Math.max(lead, 0));
    const to = Math.min(paragraphEnd, Math.max(end, from + width));
    const before = from > 0 ? ELLIPSIS : '';
    const after = to < text.length ? ELLIPSIS : '';
    const shift = before.length - from;
    snippets.push({
      text: before + text.slice(from, to) + after,
      offset: from - before.length,
      hits: hits.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift]),
    });
    shownUntil = to;
  }
  return snippets;
}
