// Small predicates about the shape of one line of text. Every extraction step asks the same few
// questions ("does this end a sentence?", "is this a heading?"), so they live in one place and the
// thresholds can be tuned once when the large benchmark arrives.

/** CJK ideographs (BMP blocks only: enough for deciding shapes, not for counting characters). */
export const CJK_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff';

const SENTENCE_END = /[。！？!?；;：:…]$/;
// A sentence may close inside quotes or brackets: 他说：“……。” / （完）。
const SENTENCE_END_IN_CLOSER = /[。！？!?；;…][”’"'」』）)】》]+$/;
// A paragraph followed by a bare credit: ……参加对接座谈。(吴新波)
const SENTENCE_END_WITH_CREDIT = /[。！？!?…”][（(][^（()）]{1,24}[)）]$/;

/** True when the line ends the way a finished sentence does in Chinese or English prose. */
export function endsSentence(line: string): boolean {
  const trimmed = line.trim();
  return (
    SENTENCE_END.test(trimmed) ||
    SENTENCE_END_IN_CLOSER.test(trimmed) ||
    SENTENCE_END_WITH_CREDIT.test(trimmed)
  );
}

export const HEADING_PREFIX = '## ';

/** Markdown-style section heads; html headings are turned into this form too. */
export function isHeading(line: string): boolean {
  return line.startsWith(HEADING_PREFIX);
}

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
  return Array.from(text).length;
}
