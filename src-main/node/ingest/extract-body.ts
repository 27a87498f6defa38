// Finds the article inside the page's lines: the title, the lines that describe it (dates,
// sources, bylines) and the body, with page furniture, repeated titles, photo captions and link
// lists left out. The body starts at the first line that reads as prose and ends at the first
// tail marker (comment box, related links, crawler notes).

import { cutTail, signatureLength } from './body-tail';
import { DISCLOSURE_LABELS, classifyLine, isPhotoCaption, isStoryCaption } from './boilerplate';
import type { ArticleParts, BodyRules } from './ingest-types';
import { joinBrokenParagraphs } from './join-broken-paragraphs';
import {
  DATELINE,
  charLength,
  compactText,
  endsSentence,
  isHeading,
  looksLikeParagraph,
  stripHeading,
} from './line-shapes';
import { parseBylineLine } from './person-names';

export type { ArticleParts } from './ingest-types';

const MAX_CAPTION_LENGTH = 25;
// Company captions run longer ("参观内江高新区白马园区规划馆") but name one thing: no clause inside.
const MAX_COMPANY_CAPTION_LENGTH = 80;
// A line this long without any sentence punctuation is a scraper glitch, not a paragraph.
const MAX_UNPUNCTUATED_LENGTH = 2000;
const MAX_HEADLINE_LENGTH = 40;
// A label alone on its line, its value on the next: a disclosure table copied out cell by cell.
const LONE_LABEL = new RegExp(`^(${DISCLOSURE_LABELS})\\s*[:：]?$`);
// An account or outlet name on its own line next to a dated byline ("央视新闻" / "2024-05-13 06:16").
const NAME_LINE = /^[\u4e00-\u9fa5A-Za-z·]{2,12}$/;
const FULL_DATE = /\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}/;
const ENDS_WITH_EXCLAMATION = /[！？!?]$/;
// Enumerated subheads ("一、", "（二）", "1.", "第三") are short and unpunctuated but are text.
const ENUMERATED =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+)/;

// A headline may end with "！" or "？"; never with a full stop, a colon or a semicolon.
function isTitleLike(line: string): boolean {
  const length = charLength(stripHeading(line));
  return length >= 4 && length <= 80 && (!endsSentence(line) || ENDS_WITH_EXCLAMATION.test(line));
}

/** "好消息！…" right above a byline: a headline, although it ends the way a sentence does. */
function isHeadlineAboveByline(line: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    charLength(line) <= MAX_HEADLINE_LENGTH &&
    ENDS_WITH_EXCLAMATION.test(line) &&
    !/[。，,]/.test(line) &&
    classifyLine(next, true) === 'metadata'
  );
}

/** "标题_衢州市人民政府" beside "标题": the saved page's title repeats the heading with the site's name. */
function withoutSiteVariants(candidates: string[]): string[] {
  const keys = new Set(candidates.map((line) => compactText(stripHeading(line))));
  return candidates.filter((line) => {
    const key = compactText(stripHeading(line));
    return ![...keys].some(
      (other) =>
        other !== key &&
        other.length >= 4 &&
        /^[_|｜\-—－]/.test(key.slice(other.length)) &&
        key.startsWith(other),
    );
  });
}

function isCaptionLine(line: string, rules: BodyRules): boolean {
  if (isHeading(line) || ENUMERATED.test(line)) return false;
  if (isPhotoCaption(line)) return true;
  if (rules.captions === 'credited') return false;
  if (endsSentence(line)) return false;
  // Company sites put a longer caption under every picture; elsewhere only short ones.
  if (rules.captions === 'long')
    return charLength(line) <= MAX_COMPANY_CAPTION_LENGTH && !/[，,；;]/.test(line);
  return charLength(line) <= MAX_CAPTION_LENGTH;
}

function pickTitle(candidates: string[], hintTitle: string | null, rules: BodyRules): string | null {
  if (hintTitle) return hintTitle;
  if (rules.titleIsFirstHeading) {
    const heading = candidates.find(isHeading);
    if (heading) return stripHeading(heading);
  }
  let best: string | null = null;
  for (const line of withoutSiteVariants(candidates)) {
    if (!isTitleLike(line) || parseBylineLine(line)) continue;
    if (best === null || charLength(line) > charLength(best)) best = line;
  }
  return best === null ? null : stripHeading(best);
}

function isGlitch(line: string): boolean {
  return line.length > MAX_UNPUNCTUATED_LENGTH && !/[。！？!?.，,]/.test(line);
}

/** Cuts the page's own dateline off the first paragraph where the layout opens with one. */
function splitDateline(body: string[], rules: BodyRules): string | null {
  const first = body[0];
  if (first === undefined || rules.dateline === 'ignore') return null;
  const match = DATELINE.exec(first);
  if (!match || rules.dateline !== 'cut') return first;
  const rest = first.slice(match[0].length);
  if (rest.length === 0) body.shift();
  else body[0] = rest;
  return match[0].trim();
}

interface Header {
  headerLines: string[];
  /** Lines before the body that are neither metadata nor noise: the title is among them. */
  candidates: string[];
  /** Index of the first line of prose, or -1. */
  start: number;
}

/** The lines before the first paragraph, sorted into metadata and title candidates. */
function readHeader(lines: readonly string[]): Header {
  const headerLines: string[] = [];
  const candidates: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const role = classifyLine(line, true);
    if (role === 'noise') continue;
    if (role === 'metadata') {
      const label = LONE_LABEL.exec(line)?.[1];
      const next = lines[i + 1];
      if (label && next !== undefined && !LONE_LABEL.test(next)) {
        headerLines.push(`${label}：${next}`);
        i += 1;
        continue;
      }
      // A name alone above the date line is who published it; the title stays a candidate.
      const previous = candidates.at(-1);
      if (candidates.length >= 2 && previous && NAME_LINE.test(previous) && FULL_DATE.test(line)) {
        candidates.pop();
        headerLines.push(`${previous} ${line}`);
      } else headerLines.push(line);
    } else if (
      (looksLikeParagraph(line) || isStoryCaption(line)) &&
      !isHeadlineAboveByline(line, lines[i + 1])
    ) {
      return { headerLines, candidates, start: i };
    } else candidates.push(line);
  }
  return { headerLines, candidates, start: -1 };
}

/**
 * Photo captions leave the text, except in a photo story, where the captions are the story: when
 * they hold more of the text than everything else, they stay.
 */
function withoutCaptions(body: string[], rules: BodyRules): string[] {
  // A document's signature block ("衢州市人民政府" / "2023年11月2日") is short but it is text.
  const signatureAt = body.length - signatureLength(body);
  const isCaption = (line: string, index: number): boolean =>
    index < signatureAt && isCaptionLine(line, rules);
  const kept = body.filter((line, index) => !isCaption(line, index));
  const stories = body.filter(isStoryCaption);
  const size = (lines: string[]): number => lines.reduce((sum, line) => sum + charLength(line), 0);
  if (stories.length >= 2 && size(stories) > size(kept))
    return body.filter((line, index) => !isCaption(line, index) || stories.includes(line));
  return kept;
}

export function extractBody(
  rawLines: readonly string[],
  rules: BodyRules,
  hintTitle: string | null,
): ArticleParts {
  const nonEmpty = rawLines.map((line) => line.trim()).filter((line) => line.length > 0);
  const withoutGlitches = nonEmpty.filter((line) => !isGlitch(line));
  const trimmed = withoutGlitches.length > 0 || !rules.glitchOnlyIsText ? withoutGlitches : nonEmpty;
  // Page breaks are mended before the body is looked for: the first half of a broken opening
  // paragraph is too short to read as prose on its own.
  const lines = rules.joinBrokenParagraphs ? joinBrokenParagraphs(trimmed) : trimmed;
  const { headerLines, candidates, start } = readHeader(lines);

  const title = pickTitle(candidates, hintTitle, rules);
  const titleKey = title ? compactText(title) : null;
  const isTitleRepeat = (line: string): boolean =>
    titleKey !== null && compactText(stripHeading(line)) === titleKey;
  const byline = candidates.map(parseBylineLine).find((names) => names !== null) ?? null;

  // Section heads right before the first paragraph belong to the body.
  const leadingHeads: string[] = [];
  for (let i = candidates.length - 1; start !== -1 && i >= 0; i -= 1) {
    const line = candidates[i] ?? '';
    if (!isHeading(line) || isTitleRepeat(line)) break;
    leadingHeads.unshift(line);
  }
  // No prose at all (a very short notice): keep whatever text there is, minus the title.
  const rest =
    start === -1
      ? candidates.filter((line) => !isTitleRepeat(line) && !parseBylineLine(line))
      : lines.slice(start);

  const tail = cutTail([...leadingHeads, ...rest]);
  const body = withoutCaptions(
    tail.body.filter((line) => !isTitleRepeat(line)),
    rules,
  );
  const dateline = splitDateline(body, rules);
  return {
    title,
    headerLines,
    footerLines: tail.footerLines,
    byline,
    creditLine: tail.creditLine,
    dateline,
    // Heads keep their marker: the article's headings are read from it (article-headings.ts).
    bodyLines: body.filter((line) => stripHeading(line) !== ''),
  };
}
