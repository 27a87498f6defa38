// Finds the article inside the page's lines: the title, the lines that describe it (dates,
// sources, bylines) and the body, with page furniture, repeated titles, photo captions and link
// lists left out. The body starts at the first line that reads as prose and ends at the first
// tail marker (comment box, related links, crawler notes).

import { classifyLine, isPhotoCaption } from './boilerplate';
import type { Layout } from './detect-layout';
import { joinBrokenParagraphs } from './join-broken-paragraphs';
import {
  HEADING_PREFIX,
  charLength,
  compactText,
  endsSentence,
  isHeading,
  looksLikeParagraph,
} from './line-shapes';
import { parseBylineLine } from './person-names';

export interface ArticleParts {
  title: string | null;
  /** Lines before the body that carry metadata ("发布时间: …", "本文转自: …"). */
  headerLines: string[];
  /** Names from a reporters' line under the headline, if there was one. */
  byline: string | null;
  bodyLines: string[];
}

const MAX_CAPTION_LENGTH = 25;
const MAX_TRAILING_JUNK_LENGTH = 50;
// Enumerated subheads ("一、", "（二）", "1.", "第三") are short and unpunctuated but are text.
const ENUMERATED =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+)/;

function stripHeading(line: string): string {
  return isHeading(line) ? line.slice(HEADING_PREFIX.length).trim() : line;
}

function isTitleLike(line: string): boolean {
  const length = charLength(stripHeading(line));
  return length >= 4 && length <= 80 && !endsSentence(line);
}

function isCaptionLine(line: string, layout: Layout): boolean {
  if (isHeading(line) || ENUMERATED.test(line)) return false;
  if (isPhotoCaption(line)) return true;
  if (layout === 'html-page' || layout === 'front-matter-html') return false;
  if (endsSentence(line)) return false;
  // Company sites put a caption, short or long, under every picture; elsewhere only short ones.
  return layout === 'company' || charLength(line) <= MAX_CAPTION_LENGTH;
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

function cutTail(lines: string[]): string[] {
  const body: string[] = [];
  for (const line of lines) {
    const role = classifyLine(line, false);
    if (role === 'tail') break;
    if (role === 'text') body.push(line);
  }
  // Headline lists and teasers before the tail marker: short lines that never end a sentence.
  while (body.length > 0) {
    const last = body[body.length - 1] ?? '';
    if (isHeading(last) || endsSentence(last) || charLength(last) > MAX_TRAILING_JUNK_LENGTH) break;
    body.pop();
  }
  return body;
}

export function extractBody(
  rawLines: readonly string[],
  layout: Layout,
  hintTitle: string | null,
): ArticleParts {
  const lines = rawLines.map((line) => line.trim()).filter((line) => line.length > 0);
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

  let body = cutTail([...leadingHeads, ...rest]).filter((line) => !isTitleRepeat(line));
  if (layout === 'newspaper') body = joinBrokenParagraphs(body);
  body = body.filter((line) => !isCaptionLine(line, layout));
  return { title, headerLines, byline, bodyLines: body };
}
