// A small element tree over the tokenizer's output, for finding where a page's article is (which
// needs to know what contains what) and for rendering one part of the page as lines. It is
// forgiving like the tokenizer: stray end tags are ignored, unclosed elements end with their
// parent, and furniture (scripts, navigation, forms, comment boxes) never enters the tree.

import { decodeHtmlEntities } from './html-entities';
import {
  BLOCK_ELEMENTS,
  DROPPED_ELEMENTS,
  VOID_ELEMENTS,
  collapseWhitespace,
  isDroppedByAttributes,
} from './html-to-text';
import { tokenizeHtml } from './html-tokenizer';
import { headingMarker, isEmptyHeading } from './line-shapes';

export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: HtmlChild[];
  parent: HtmlElement | null;
}
export type HtmlChild = HtmlElement | string;

export interface HtmlTree {
  root: HtmlElement;
  documentTitle: string | null;
  meta: Record<string, string>;
  /** <link rel=canonical href>, the page's own address where it states one. */
  canonicalUrl: string | null;
}

const HEADING = /^h[1-6]$/;

/** 2 for <h2>: the rank the heading marker carries. */
function headingRankOf(name: string): number {
  return Number(name.slice(1));
}
// Real pages nest a few dozen levels; a hostile or broken one 100,000. Elements deeper than this
// are not nested further (their text joins the element at the limit), so every walk over the tree
// stays shallow: the recursive ones would otherwise exhaust the stack.
export const MAX_TREE_DEPTH = 256;
// A new block inside an open <p> closes it, as browsers do; otherwise the rest of the page would
// become part of one paragraph of an unclosed <p>.
const CLOSES_PARAGRAPH = new Set([...BLOCK_ELEMENTS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function metaKey(attributes: Record<string, string>): string {
  return (attributes['name'] ?? attributes['property'] ?? attributes['http-equiv'] ?? '').toLowerCase();
}

export function parseHtmlTree(html: string): HtmlTree {
  const root: HtmlElement = { name: '#root', attributes: {}, children: [], parent: null };
  const meta: Record<string, string> = {};
  let documentTitle: string | null = null;
  let canonicalUrl: string | null = null;
  let current = root;
  let depth = 0;
  // Start tags not nested for being too deep, by name: their end tags are dropped too.
  const flattened = new Map<string, number>();
  let skipping: { name: string; depth: number } | null = null;

  for (const token of tokenizeHtml(html)) {
    if (skipping) {
      if (token.kind === 'start' && token.name === skipping.name && !token.selfClosing) skipping.depth += 1;
      if (token.kind === 'end' && token.name === skipping.name && --skipping.depth === 0) skipping = null;
      continue;
    }
    if (token.kind === 'raw') {
      if (token.name === 'title' && documentTitle === null)
        documentTitle = decodeHtmlEntities(collapseWhitespace(token.text)).trim() || null;
      continue;
    }
    if (token.kind === 'text') {
      current.children.push(token.text);
      continue;
    }
    if (token.kind === 'end') {
      const pending = flattened.get(token.name) ?? 0;
      if (pending > 0) {
        flattened.set(token.name, pending - 1);
        continue;
      }
      // Close up to the matching open element; an end tag with no open match is noise.
      let closed = 0;
      for (let open: HtmlElement | null = current; open && open !== root; open = open.parent) {
        closed += 1;
        if (open.name === token.name) {
          current = open.parent ?? root;
          depth -= closed;
          break;
        }
      }
      continue;
    }
    const { name, attributes, selfClosing } = token;
    if (name === 'meta') {
      const key = metaKey(attributes);
      if (key && attributes['content'] !== undefined && !(key in meta)) meta[key] = attributes['content'];
      continue;
    }
    if (name === 'link' && /\bcanonical\b/i.test(attributes['rel'] ?? '') && attributes['href'])
      canonicalUrl ??= attributes['href'];
    const isVoid = selfClosing || VOID_ELEMENTS.has(name);
    if (
      DROPPED_ELEMENTS.has(name) ||
      (name !== 'body' && name !== 'html' && isDroppedByAttributes(attributes))
    ) {
      if (!isVoid) skipping = { name, depth: 1 };
      continue;
    }
    if (current.name === 'p' && CLOSES_PARAGRAPH.has(name) && current.parent) {
      current = current.parent;
      depth -= 1;
    }
    if (!isVoid && depth >= MAX_TREE_DEPTH) {
      flattened.set(name, (flattened.get(name) ?? 0) + 1);
      continue;
    }
    const element: HtmlElement = { name, attributes, children: [], parent: current };
    current.children.push(element);
    if (!isVoid) {
      current = element;
      depth += 1;
    }
  }
  return { root, documentTitle, meta, canonicalUrl };
}

/** All text under an element, whitespace collapsed and entities decoded. */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  const walk = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') parts.push(child);
      else walk(child);
    }
  };
  walk(element);
  return decodeHtmlEntities(collapseWhitespace(parts.join(''))).trim();
}

// A stand-in the caller may put into the tree: rendering writes STOP_LINE where it stood.
export const STOP_ELEMENT = '#stop';
export const STOP_LINE = '\u0000';

/**
 * An element's text as lines: one line per block, headings marked as the extraction steps expect.
 * `skip` leaves out whole sub-elements (a link list inside the article's container).
 */
export function renderLines(
  element: HtmlElement,
  skip: (element: HtmlElement) => boolean = () => false,
): string[] {
  const parts: string[] = [];
  const walk = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        parts.push(decodeHtmlEntities(collapseWhitespace(child)));
        continue;
      }
      if (child.name === STOP_ELEMENT) {
        parts.push(`\n${STOP_LINE}\n`);
        continue;
      }
      if (skip(child)) continue;
      const isHeading = HEADING.test(child.name);
      if (isHeading) parts.push(`\n${headingMarker(headingRankOf(child.name))}`);
      else if (BLOCK_ELEMENTS.has(child.name)) parts.push('\n');
      else if (child.name === 'td' || child.name === 'th') parts.push(' ');
      walk(child);
      if (isHeading || BLOCK_ELEMENTS.has(child.name)) parts.push('\n');
    }
  };
  if (HEADING.test(element.name)) parts.push(headingMarker(headingRankOf(element.name)));
  walk(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isEmptyHeading(line));
}
