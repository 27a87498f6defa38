// Finds the article inside the page's lines: the title, the lines that describe it (dates,
// sources, bylines) and the body, with page furniture, repeated titles, photo captions and link
// lists left out. The body starts at the first line that reads as prose and ends at the first
// tail marker (comment box, related links, crawler notes).

import { classifyLine, isPhotoCaption } from './boilerplate';
import type { Layout } from './detect-layout';
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

export interface ArticleParts {
  title: string | null;
  /** Lines before the body that carry metadata ("发布时间: …", "本文转自: …"). */
  headerLines: string[];
  /** Names from a reporters' line under the headline, if there was one. */
  byline: string | null;
  /** A credit left on a line of its own after the text ("(吴新波)", "（作者 王继红）"). */
  creditLine: string | null;
  /**
   * Where the page's own dateline is ("浙江在线09月18日讯"), or null where the first paragraph is
   * not the page's own opening (company sites, newspapers and blogs reuse stories that carry one).
   */
  dateline: string | null;
  /** Paragraphs; section heads are paragraphs of their own, without a marker. */
  bodyLines: string[];
}

const MAX_CAPTION_LENGTH = 25;
// Company captions run longer ("参观内江高新区白马园区规划馆") but name one thing: no clause inside.
const MAX_COMPANY_CAPTION_LENGTH = 80;
// A line this long without any sentence punctuation is a scraper glitch, not a paragraph.
const MAX_UNPUNCTUATED_LENGTH = 2000;
const BARE_CREDIT = /^[（(][^（()）]{2,40}[)）]$/;
// Portals and aggregators open with their own dateline, which is metadata, not article text.
const DATELINE_CUT: ReadonlySet<Layout> = new Set(['portal', 'aggregator']);
// Layouts whose first paragraph is the page's own story; elsewhere a dateline belongs to a reused story.
const DATELINE_READ: ReadonlySet<Layout> = new Set(['portal', 'aggregator', 'plain', 'html-page']);
const MAX_TRAILING_JUNK_LENGTH = 50;
// Enumerated subheads ("一、", "（二）", "1.", "第三") are short and unpunctuated but are text.
const ENUMERATED =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+)/;

function isTitleLike(line: string): boolean {
  const length = charLength(stripHeading(line));
  return length >= 4 && length <= 80 && !endsSentence(line);
}

function isCaptionLine(line: string, layout: Layout): boolean {
  if (isHeading(line) || ENUMERATED.test(line)) return false;
  if (isPhotoCaption(line)) return true;
  if (layout === 'html-page' || layout === 'front-matter-html') return false;
  if (endsSentence(line)) return false;
  // Company sites put a longer caption under every picture; elsewhere only short ones.
  if (layout === 'company') return charLength(line) <= MAX_COMPANY_CAPTION_LENGTH && !/[，,；;]/.test(line);
  return charLength(line) <= MAX_CAPTION_LENGTH;
}

function pickTitle(candidates: string[], hintTitle: string | null, layout: Layout): string | null {
  if (hintTitle) return hintTitle;
  if (layout === 'newspaper') {
    const heading = candidates.find(isHeading);
    if (heading) return stripHeading(heading);
  }
  let best: string | null = null;
  for (const line of candidates) {
    if (!isTitleLike(line) || parseBylineLine(line)) continue;
    if (best === null || charLength(line) > charLength(best)) best = line;
  }
  return best === null ? null : stripHeading(best);
}

function cutTail(lines: string[]): { body: string[]; creditLine: string | null } {
  const body: string[] = [];
  let creditLine: string | null = null;
  for (const line of lines) {
    const role = classifyLine(line, false);
    if (role === 'tail') break;
    if (role === 'text') body.push(line);
  }
  // Headline lists and teasers before the tail marker: short lines that never end a sentence.
  while (body.length > 0) {
    const last = body[body.length - 1] ?? '';
    if (isHeading(last) || endsSentence(last) || charLength(last) > MAX_TRAILING_JUNK_LENGTH) break;
    if (BARE_CREDIT.test(last)) creditLine ??= last;
    body.pop();
  }
  return { body, creditLine };
}

function isGlitch(line: string): boolean {
  return line.length > MAX_UNPUNCTUATED_LENGTH && !/[。！？!?.，,]/.test(line);
}

/** Cuts the page's own dateline off the first paragraph where the layout opens with one. */
function splitDateline(body: string[], layout: Layout): string | null {
  const first = body[0];
  if (first === undefined || !DATELINE_READ.has(layout)) return null;
  const match = DATELINE.exec(first);
  if (!match || !DATELINE_CUT.has(layout)) return first;
  const rest = first.slice(match[0].length);
  if (rest.length === 0) body.shift();
  else body[0] = rest;
  return match[0].trim();
}

export function extractBody(
  rawLines: readonly string[],
  layout: Layout,
  hintTitle: string | null,
): ArticleParts {
  const nonEmpty = rawLines.map((line) => line.trim()).filter((line) => line.length > 0);
  // A web page whose markup holds nothing but one long unpunctuated paragraph is that text, not a
  // glitch beside it (in a text dump such a line stays a glitch).
  const withoutGlitches = nonEmpty.filter((line) => !isGlitch(line));
  const trimmed = withoutGlitches.length > 0 || layout !== 'html-page' ? withoutGlitches : nonEmpty;
  // Page breaks are mended before the body is looked for: the first half of a broken opening
  // paragraph is too short to read as prose on its own.
  const lines = layout === 'newspaper' ? joinBrokenParagraphs(trimmed) : trimmed;
  const headerLines: string[] = [];
  const candidates: string[] = [];
  let start = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const role = classifyLine(line, true);
    if (role === 'noise') continue;
    if (role === 'metadata') headerLines.push(line);
    else if (looksLikeParagraph(line)) {
      start = i;
      break;
    } else candidates.push(line);
  }

  const title = pickTitle(candidates, hintTitle, layout);
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
  let body = tail.body.filter((line) => !isTitleRepeat(line));
  body = body.filter((line) => !isCaptionLine(line, layout));
  const dateline = splitDateline(body, layout);
  return {
    title,
    headerLines,
    byline,
    creditLine: tail.creditLine,
    dateline,
    bodyLines: body.map(stripHeading),
  };
}
