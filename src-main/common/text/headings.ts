// Section headings of an article. A heading stays a paragraph of its own in the clean text (so every
// offset stays valid); the article also carries a list of its headings with their level and where
// they are in the clean text. Offsets count UTF-16 code units, as everywhere else (normalize.ts).
//
// Headings come from two places:
// - the page marked them: Markdown `#`..`######`, HTML <h1>..<h6> (the importer passes the marker's
//   rank along, 1 for `#`/<h1>);
// - a policy text numbers them: 第一章, 一、, （一）... but only where such a line stands alone. A
//   numbered list item that runs on into a sentence (一、加快推进项目建设，确保…。) is a paragraph.
//
// Levels are relative to the article: the highest rank present is level 1 (the article's title sits
// above all of them), so a newspaper whose sections are `##` and a page whose sections are <h3> both
// get level-1 sections.

export interface ArticleHeading {
  /** 1 for the article's top sections, down to MAX_HEADING_LEVEL. */
  level: number;
  text: string;
  /** UTF-16 offsets of the heading paragraph in the clean text, end exclusive. */
  start: number;
  end: number;
}

export const MAX_HEADING_LEVEL = 3;

/** One paragraph of the clean text as extraction produced it. */
export interface SourceParagraph {
  text: string;
  /** The page's own heading rank (1 for `#`/<h1>), or null for an ordinary paragraph. */
  markedRank: number | null;
}

// Chinese numerals as policy texts write them (一 … 十九, 二十一, 一百零二), and Arabic digits.
const NUMERAL = '[一二三四五六七八九十百零〇两\\d]+';
// Numbered heads, from the largest unit down: 第一编/第一部分, 第一章, 第一节, 一、, （一）.
// 第一条 is an article of a law: a paragraph, never a heading.
const NUMBERED_KINDS: readonly RegExp[] = [
  new RegExp(`^第${NUMERAL}(编|部分)[\\s\\u3000]*\\S`),
  new RegExp(`^第${NUMERAL}章[\\s\\u3000]*\\S`),
  new RegExp(`^第${NUMERAL}节[\\s\\u3000]*\\S`),
  /^[一二三四五六七八九十百零〇]+[、．.][\s\u3000]*\S/,
  /^[（(][一二三四五六七八九十百零〇]+[）)][\s\u3000]*\S/,
];
// A marked heading longer than this that ends like a sentence is a paragraph a page put in <h4>.
const MAX_MARKED_SENTENCE = 60;
const MAX_MARKED_LENGTH = 120;
// A numbered head is a short line: a title of a section, not a clause of it.
const MAX_NUMBERED_LENGTH = 40;
// How a sentence ends: a line ending so is prose, whatever number it starts with.
const SENTENCE_END = /[。！？!?；;：:…][”’"'」』）)】》]*$/;
// A full stop inside the line: two sentences, so a paragraph even if the last one is cut short.
const INNER_FULL_STOP = /[。！？!?；;]/;

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Which numbered kind opens the paragraph (index into NUMBERED_KINDS), whether or not it stands alone. */
function numberedKind(text: string): number | null {
  const index = NUMBERED_KINDS.findIndex((pattern) => pattern.test(text));
  return index === -1 ? null : index;
}

/** A numbered line short enough, and unpunctuated enough, to be a heading rather than a list item. */
export function standsAlone(text: string): boolean {
  return codePoints(text) <= MAX_NUMBERED_LENGTH && !SENTENCE_END.test(text) && !INNER_FULL_STOP.test(text);
}

function isMarkedHeading(text: string): boolean {
  const length = codePoints(text);
  if (length === 0 || length > MAX_MARKED_LENGTH) return false;
  return !(length > MAX_MARKED_SENTENCE && SENTENCE_END.test(text));
}

/**
 * A numbered head must open a section: the paragraph after it is not the next item of the same kind.
 * "一、鹏辉能源 / 二、华友钴业 / 三、…" one under another is an enumeration (or a table of contents),
 * and a numbered line that closes the text heads nothing.
 */
function opensSection(paragraphs: readonly SourceParagraph[], index: number, kind: number): boolean {
  const next = paragraphs[index + 1];
  if (next === undefined) return false;
  if (next.markedRank !== null) return true;
  return !(numberedKind(next.text) === kind && standsAlone(next.text));
}

type HeadingKey = { marked: number } | { numbered: number };

function keyRank(key: HeadingKey): number {
  // Marked ranks come first (1..6), numbered kinds under them: a `##` section may be numbered inside.
  return 'marked' in key ? key.marked : 10 + key.numbered;
}

/**
 * The headings among `paragraphs`, with offsets into `paragraphs.map(p => p.text).join('\n')`
 * (the clean text). `title` (compared loosely) is never a heading of its own article.
 */
export function findHeadings(paragraphs: readonly SourceParagraph[], title: string | null = null): ArticleHeading[] {
  const titleKey = title === null ? null : title.replace(/[\s\u3000]+/g, '');
  const found: { key: HeadingKey; text: string; start: number }[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    const { text } = paragraph;
    const start = offset;
    offset += text.length + 1;
    if (titleKey !== null && text.replace(/[\s\u3000]+/g, '') === titleKey) return;
    if (paragraph.markedRank !== null) {
      if (isMarkedHeading(text)) found.push({ key: { marked: paragraph.markedRank }, text, start });
      return;
    }
    const kind = numberedKind(text);
    if (kind !== null && standsAlone(text) && opensSection(paragraphs, index, kind))
      found.push({ key: { numbered: kind }, text, start });
  });
  const ranks = [...new Set(found.map((heading) => keyRank(heading.key)))].sort((a, b) => a - b);
  return found.map((heading) => ({
    level: Math.min(ranks.indexOf(keyRank(heading.key)) + 1, MAX_HEADING_LEVEL),
    text: heading.text,
    start: heading.start,
    end: heading.start + heading.text.length,
  }));
}

/**
 * The numbered headings of a stored clean text, for articles imported before headings were kept
 * (their page markers are gone from the clean text; numbered heads can still be seen in it).
 */
export function findHeadingsInCleanText(cleanText: string, title: string | null = null): ArticleHeading[] {
  if (cleanText === '') return [];
  return findHeadings(
    cleanText.split('\n').map((text) => ({ text, markedRank: null })),
    title,
  );
}

/** The heading level of each paragraph of `cleanText` (by index), null for body paragraphs. */
export function paragraphHeadingLevels(cleanText: string, headings: readonly ArticleHeading[]): (number | null)[] {
  const levels: (number | null)[] = [];
  const levelAt = new Map(headings.map((heading) => [heading.start, heading.level]));
  let offset = 0;
  for (const paragraph of cleanText.split('\n')) {
    levels.push(levelAt.get(offset) ?? null);
    offset += paragraph.length + 1;
  }
  return levels;
}

/** Parses a stored headings list, dropping anything that does not fit `cleanText`. */
export function parseHeadings(json: string, cleanText: string): ArticleHeading[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is ArticleHeading => {
    if (typeof item !== 'object' || item === null) return false;
    const { level, text, start, end } = item as Record<string, unknown>;
    return (
      typeof level === 'number' &&
      typeof text === 'string' &&
      typeof start === 'number' &&
      typeof end === 'number' &&
      cleanText.slice(start, end) === text
    );
  });
}
