// Small predicates about the shape of one line of text. Every extraction step asks the same few
// questions ("does this end a sentence?", "is this a heading?"), so they live in one place and the
// thresholds can be tuned once when the large benchmark arrives.

/** CJK ideographs (BMP blocks only: enough for deciding shapes, not for counting characters). */
export const CJK_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff';

const SENTENCE_END = /[。！？!?；;：:…]$/;
// A sentence may close inside quotes or brackets: 他说：“……。” / （完）。
const SENTENCE_END_IN_CLOSER = /[。！？!?；;…][”’"'」』）)】》]+$/;
// A paragraph followed by a bare credit: ……参加对接座谈。(吴新波). A closing quote only counts after
// a sentence end: a headline such as 竞逐“创新高地”（转载） ends in a quote and a bracket too.
const SENTENCE_END_WITH_CREDIT = /[。！？!?…][”’」』]?[（(][^（()）]{1,24}[)）]$/;

/** True when the line ends the way a finished sentence does in Chinese or English prose. */
export function endsSentence(line: string): boolean {
  const trimmed = line.trim();
  return (
    SENTENCE_END.test(trimmed) ||
    SENTENCE_END_IN_CLOSER.test(trimmed) ||
    SENTENCE_END_WITH_CREDIT.test(trimmed)
  );
}

/**
 * Marks a section head while a page is being read (Markdown `#`..`######`, html <h1>-<h6>): as many
 * "#" as the page's rank, then a space. It is internal to extraction: the stored clean text keeps a
 * head as a paragraph of its own, without the marker, and the rank goes to the article's headings.
 */
export const HEADING_PREFIX = '## ';

const HEADING_MARKER = /^(#{1,6}) /;

/** The marker for a head of `rank` (1 for `#`/<h1>). */
export function headingMarker(rank: number): string {
  return `${'#'.repeat(Math.min(Math.max(Math.trunc(rank), 1), 6))} `;
}

/** A bare marker left where a heading's text was all dropped. */
export function isEmptyHeading(line: string): boolean {
  return /^#{1,6}$/.test(line);
}

export function isHeading(line: string): boolean {
  return HEADING_MARKER.test(line);
}

/** The page's rank of a marked head line, null for any other line. */
export function headingRank(line: string): number | null {
  return HEADING_MARKER.exec(line)?.[1]?.length ?? null;
}

/** The line without its heading marker: how a section head is stored. */
export function stripHeading(line: string): string {
  const marker = HEADING_MARKER.exec(line);
  return marker ? line.slice(marker[0].length).trim() : line;
}

// A news dateline opening the story: "中新网衢州12月29日电(记者 张斌)", "浙江在线09月18日讯 ".
// Groups: 1 the outlet (and place), 2 and 3 month and day, 4 电 or 讯, 5 the bracketed credit.
export const DATELINE = /^(.{0,20}?)(\d{1,2})月(\d{1,2})日(电|讯)\s*(?:[（(]([^（()）]{2,40})[)）])?\s*/;

/** A line that reads as running prose: the first of these is where an article body starts. */
export function looksLikeParagraph(line: string): boolean {
  if (isHeading(line)) return false;
  if (endsSentence(line) && line.length >= 15) return true;
  return line.length >= 40 && /[，,。；;]/.test(line);
}

/** Characters after dropping spaces: titles are compared loosely because scrapers re-space them. */
export function compactText(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Length in characters, not UTF-16 units, so 𠮷 counts once. */
export function charLength(text: string): number {
  // Counted without building an array of characters: a 30 MB text would allocate ~10 million strings.
  let surrogatePairs = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogatePairs += 1;
        i += 1;
      }
    }
  }
  return text.length - surrogatePairs;
}
