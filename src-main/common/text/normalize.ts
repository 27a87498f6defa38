// The one normalisation pass. It runs exactly once, when an article is imported, and its output is
// the stored clean text. Every offset in a project (highlights, search hits, exports) counts
// UTF-16 code units (JavaScript string indices) into that stored text, so nothing may normalise
// the text again later: a second pass would shift offsets.
//
// Policy:
// - a leading BOM is dropped; CRLF and CR become LF;
// - Unicode NFC (so a decomposed é and a composed é are the same character for search and quotes);
// - the ideographic space U+3000 and NBSP are kept inside a line (Chinese typesetting uses U+3000 for
//   indentation and it carries no meaning we may destroy), but trimmed at line ends, as are ASCII
//   spaces and tabs;
// - zero-width characters (U+200B..U+200D, U+2060, U+FEFF) are removed: scrapers leave them inside
//   words, where they break search and quote matching;
// - runs of blank lines collapse: the clean text has exactly one "\n" between paragraphs.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const LINE_EDGE_SPACE = /^[ \t\u00A0\u3000]+|[ \t\u00A0\u3000]+$/g;

/** Line endings, BOM, NFC and zero-width characters: for any decoded text, cleaned or not. */
export function normalizeRawText(text: string): string {
  // Zero-width characters go before composing: one between a letter and its combining mark would
  // otherwise keep them apart in this pass and let a second pass compose them, moving offsets.
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .normalize('NFC');
}

/** Paragraphs: one per non-blank line, trimmed at both ends, joined by a single "\n". */
export function toParagraphs(text: string): string[] {
  return normalizeRawText(text)
    .split('\n')
    .map((line) => line.replace(LINE_EDGE_SPACE, ''))
    .filter((line) => line.length > 0);
}

export function normalizeCleanText(text: string): string {
  return toParagraphs(text).join('\n');
}
