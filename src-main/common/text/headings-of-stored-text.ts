// Headings for an article stored before headings were kept (schema version 8 and older): its clean
// text has lost the page's markers, but the original text beside it still has them. A paragraph of
// the clean text that a Markdown heading line or an HTML <h1>-<h6> of the original states word for
// word is that heading; numbered heads are found in the clean text itself. Cheap enough (one pass
// over each text) to run whenever such an article is read, so nothing is written on read.

import { findHeadings, type ArticleHeading } from './headings';
import { normalizeCleanText } from './normalize';

const MARKDOWN_HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm;
const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
// How the longest stated heading may run: anything longer is not worth looking for.
const MAX_HEADING_SOURCE = 2000;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ');
}

/** Each heading the original text states, by its normalised text, with the page's rank. */
function statedHeadings(originalText: string): Map<string, number> {
  const stated = new Map<string, number>();
  const add = (rank: number, text: string): void => {
    if (text.length > MAX_HEADING_SOURCE) return;
    const key = normalizeCleanText(text);
    if (key !== '' && !key.includes('\n') && !stated.has(key)) stated.set(key, rank);
  };
  for (const match of originalText.matchAll(MARKDOWN_HEADING)) add(match[1]!.length, match[2]!);
  if (originalText.includes('<')) {
    for (const match of originalText.matchAll(HTML_HEADING)) add(Number(match[1]), htmlText(match[2]!));
  }
  return stated;
}

export function headingsOfStoredText(cleanText: string, originalText: string, title: string | null): ArticleHeading[] {
  if (cleanText === '') return [];
  const stated = statedHeadings(originalText);
  return findHeadings(
    cleanText.split('\n').map((text) => ({ text, markedRank: stated.get(text) ?? null })),
    title,
  );
}
