// Where a saved page's article is. Class names differ on every site, so the article is found by
// the shape of its text instead: paragraphs of running prose (long, with commas and full stops,
// little of it inside links) score points, which flow to the elements that contain them, fading
// with distance. The element collecting the most, discounted by how much of it is link text, is
// the article's container; navigation, headline lists and "related" boxes are mostly links or
// short unpunctuated lines, so they score nothing. Within the container, link lists are left out.

import { classifyLine } from './boilerplate';
import { BLOCK_ELEMENTS } from './html-to-text';
import { STOP_ELEMENT, STOP_LINE, renderLines, textOf, type HtmlElement, type HtmlTree } from './html-tree';
import { isHeading } from './line-shapes';
import { titleFromDocumentTitle, titleParts } from './titles';

const MIN_ECHO_CHARS = 6;
const isMetadataLine = (line: string): boolean =>
  line.length <= MAX_HEADER_LINE_CHARS && classifyLine(line, true) === 'metadata';

export interface HtmlArticle {
  /** Short lines just above the article (headline, date and source lines) for the metadata step. */
  headerLines: string[];
  bodyLines: string[];
  /** Labelled lines right below the article ("发布时间：…"), for the metadata step only. */
  footerLines: string[];
  /** The headline: a page heading that the <title> repeats, else the nearest heading above. */
  headline: string | null;
}

interface TextStats {
  text: number;
  link: number;
}

const MIN_PARAGRAPH_CHARS = 20;
const PROSE_PUNCTUATION = /[，。、；！？,.;!?：]/g;
// Points a paragraph gives to its container and the containers above it.
const FADE = [1, 1, 0.5, 0.34];
const MAX_HEADER_LINES = 8;
const MAX_HEADER_LINE_CHARS = 100;

const isElement = (child: HtmlElement['children'][number]): child is HtmlElement => typeof child !== 'string';

function compact(text: string): string {
  return text.replace(/[\s\u3000\u00A0]+/g, '');
}

/** Characters of text and of link text under every element, counted once, bottom-up. */
function measure(root: HtmlElement): Map<HtmlElement, TextStats> {
  const stats = new Map<HtmlElement, TextStats>();
  const walk = (node: HtmlElement, inLink: boolean): TextStats => {
    const own: TextStats = { text: 0, link: 0 };
    const linked = inLink || node.name === 'a';
    for (const child of node.children) {
      if (typeof child === 'string') {
        const length = compact(child).length;
        own.text += length;
        if (linked) own.link += length;
      } else {
        const inner = walk(child, linked);
        own.text += inner.text;
        own.link += inner.link;
      }
    }
    stats.set(node, own);
    return own;
  };
  walk(root, false);
  return stats;
}

/** The text a block holds itself, not through nested blocks: one paragraph's worth. */
function paragraphText(node: HtmlElement): { text: string; link: number } {
  let text = '';
  let link = 0;
  const walk = (element: HtmlElement, inLink: boolean): void => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        const piece = compact(child);
        text += piece;
        if (inLink) link += piece.length;
      } else if (!BLOCK_ELEMENTS.has(child.name) || child.name === 'br') {
        walk(child, inLink || child.name === 'a');
      }
    }
  };
  walk(node, node.name === 'a');
  return { text, link };
}

function paragraphPoints(node: HtmlElement): number {
  const { text, link } = paragraphText(node);
  if (text.length < MIN_PARAGRAPH_CHARS) return 0;
  const linkShare = link / text.length;
  if (linkShare > 0.5) return 0;
  const punctuation = text.match(PROSE_PUNCTUATION)?.length ?? 0;
  // Prose has a comma every 15-30 characters; a headline list has none.
  if (punctuation === 0) return 0;
  return (1 + punctuation + Math.min(text.length / 100, 3)) * (1 - linkShare) ** 2;
}

function scoreContainers(root: HtmlElement): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>();
  const visit = (node: HtmlElement): void => {
    const points = paragraphPoints(node);
    let ancestor: HtmlElement | null = node;
    for (let level = 0; points > 0 && ancestor && level < FADE.length; level += 1) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + points * (FADE[level] ?? 0));
      ancestor = ancestor.parent;
    }
    for (const child of node.children) if (isElement(child)) visit(child);
  };
  visit(root);
  return scores;
}

function depthOf(node: HtmlElement): number {
  let depth = 0;
  for (let up = node.parent; up; up = up.parent) depth += 1;
  return depth;
}

function pickContainer(root: HtmlElement, stats: Map<HtmlElement, TextStats>): HtmlElement | null {
  let best: { node: HtmlElement; score: number; depth: number } | null = null;
  for (const [node, raw] of scoreContainers(root)) {
    const { text, link } = stats.get(node) ?? { text: 0, link: 0 };
    const score = raw * (1 - (text === 0 ? 0 : link / text));
    const depth = depthOf(node);
    // On a tie the deeper element wins: it holds the same prose with less around it.
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && depth > best.depth))
      best = { node, score, depth };
  }
  return best?.node ?? null;
}

/** Lists of links inside the container (related stories, tags, "上一篇/下一篇"). */
function isLinkList(element: HtmlElement, stats: Map<HtmlElement, TextStats>): boolean {
  if (element.name === 'a' || !BLOCK_ELEMENTS.has(element.name)) return false;
  const { text, link } = stats.get(element) ?? { text: 0, link: 0 };
  return text >= 8 && link / text > 0.6;
}

const HEADING = /^h[1-4]$/;

function headingsIn(root: HtmlElement): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (HEADING.test(child.name)) found.push(child);
      else walk(child);
    }
  };
  walk(root);
  return found;
}

function precedes(a: HtmlElement, b: HtmlElement, order: Map<HtmlElement, number>): boolean {
  return (order.get(a) ?? 0) < (order.get(b) ?? 0);
}

function documentOrder(root: HtmlElement): Map<HtmlElement, number> {
  const order = new Map<HtmlElement, number>();
  const walk = (node: HtmlElement): void => {
    order.set(node, order.size);
    for (const child of node.children) if (isElement(child)) walk(child);
  };
  walk(root);
  return order;
}

/**
 * The parts of the page's <title> and og:title that could be the article's, compacted: what a
 * headline must agree with. Every part counts ("衢州新闻网 | 标题" names the site first).
 */
function titleKeys(tree: HtmlTree): string[] {
  const siteName = tree.meta['og:site_name'] ?? tree.meta['sitename'] ?? null;
  return [tree.documentTitle, tree.meta['og:title']]
    .flatMap((title) => (title ? [titleFromDocumentTitle(title, [siteName]), ...titleParts(title)] : []))
    .filter((title): title is string => Boolean(title))
    .map(compact)
    .filter((key) => key.length >= MIN_ECHO_CHARS);
}

function chooseHeadline(
  tree: HtmlTree,
  container: HtmlElement,
  order: Map<HtmlElement, number>,
  headerLines: readonly string[],
): string | null {
  const titles = [tree.documentTitle, tree.meta['og:title']]
    .filter((t): t is string => Boolean(t))
    .map(compact);
  const headings = headingsIn(tree.root)
    .map((element) => ({ element, text: textOf(element), key: compact(textOf(element)) }))
    .filter(({ key }) => key.length >= 4);
  // A heading the <title> repeats is the article's, not the site's logo or a box's caption.
  const echoed = headings
    .filter(({ key }) => titles.some((title) => title.includes(key)))
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (echoed) return echoed.text;
  const articleTitles = titleKeys(tree);
  // A heading with button text stuck to it ("标题播报文章"): it opens with the title.
  const extended = headings.find(({ key }) => articleTitles.some((title) => key.startsWith(title)));
  if (extended) return extended.text;
  // A headline in a plain <div> right above the article, the sidebar's headings before it.
  const line = headerLines.find((text) => articleTitles.includes(compact(text)));
  if (line) return line;
  // Otherwise the last heading above the article's first line.
  return headings.filter(({ element }) => precedes(element, container, order)).at(-1)?.text ?? null;
}

interface Surroundings {
  header: string[];
  footer: string[];
}

/**
 * Short lines right above the container, after the headline: where pages put the date, source and
 * byline; and labelled lines right below it, before the next box's heading (some government pages
 * put "发布时间：…" under the text). Found by rendering the page with the container swapped for a
 * stop mark.
 */
function aroundContainer(
  root: HtmlElement,
  container: HtmlElement,
  stats: Map<HtmlElement, TextStats>,
): Surroundings {
  const parent = container.parent;
  if (!parent) return { header: [], footer: [] };
  const index = parent.children.indexOf(container);
  const stop: HtmlElement = { name: STOP_ELEMENT, attributes: {}, children: [], parent };
  parent.children[index] = stop;
  const lines = renderLines(root, (element) => isLinkList(element, stats));
  parent.children[index] = container;
  const stopAt = lines.indexOf(STOP_LINE);
  const above = lines.slice(0, Math.max(0, stopAt));
  const after = stopAt === -1 ? [] : lines.slice(stopAt + 1, stopAt + 1 + MAX_HEADER_LINES);
  const nextBox = after.findIndex(isHeading);
  const footer = (nextBox === -1 ? after : after.slice(0, nextBox)).filter(isMetadataLine);
  const lastHeading = above.findLastIndex(isHeading);
  // Labelled lines above the headline too (a disclosure page's 索引号/发布机构 table comes first).
  const labelled = above.slice(0, Math.max(lastHeading, 0)).filter(isMetadataLine).slice(-MAX_HEADER_LINES);
  const below = above
    .slice(lastHeading + 1)
    .slice(-MAX_HEADER_LINES)
    .filter((line) => line.length <= MAX_HEADER_LINE_CHARS);
  return { header: [...labelled, ...below], footer };
}

export function extractHtmlArticle(tree: HtmlTree): HtmlArticle | null {
  const stats = measure(tree.root);
  const container = pickContainer(tree.root, stats);
  if (!container) return null;
  const order = documentOrder(tree.root);
  const bodyLines = renderLines(container, (element) => isLinkList(element, stats));
  if (bodyLines.length === 0) return null;
  const { header, footer } = aroundContainer(tree.root, container, stats);
  return {
    headerLines: header,
    bodyLines,
    footerLines: footer,
    headline: chooseHeadline(tree, container, order, header),
  };
}
