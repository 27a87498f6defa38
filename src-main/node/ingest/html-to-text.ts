// Markup -> paragraphs. Imported HTML is only ever read as text: nothing is executed, loaded or kept
// as markup, so nothing in an imported page can reach the renderer as HTML. Page furniture
// (scripts, navigation, headers, footers, forms, comment sections, related-link boxes) is dropped
// by element and by class/id; headings become "## " lines so they survive as their own lines.

import { CJK_CLASS, headingMarker, isEmptyHeading } from './line-shapes';
import { decodeHtmlEntities } from './html-entities';
import { tokenizeHtml } from './html-tokenizer';

export interface HtmlText {
  /** One block per line; blank lines between blocks are allowed. */
  text: string;
  /** Text of the <title> element, entities decoded. */
  documentTitle: string | null;
  /** Text of the first <h1> outside dropped regions: usually the article's own title. */
  firstHeading: string | null;
  /** <meta name|property|http-equiv=... content=...>, keys lower-cased. */
  meta: Record<string, string>;
}

export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
  'select',
  'button',
  'textarea',
  'video',
  'audio',
  'map',
  'figcaption',
  'menu',
  'dialog',
]);

// Class or id words that mark furniture in hand-written templates that use plain <div>s.
const DROPPED_CLASS =
  /(?:^|[\s_-])(comments?|comment-list|reply|related|recommend|share|breadcrumbs?|crumbs?|sidebar|side|footer|nav|navbar|menu|copyright|advert|ads?|toolbar|pagination|pager|login|search)(?=$|[\s_-])/i;

export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'br',
  'hr',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'thead',
  'tbody',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'figure',
  'address',
  'center',
  'body',
  'html',
]);

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'area',
  'base',
  'col',
  'source',
  'track',
  'wbr',
  'param',
  'embed',
]);

const HEADING = /^h[1-6]$/;

// A line break inside running Chinese text is layout, not a space: "衢州\n新材料" reads "衢州新材料".
const NEWLINE_BETWEEN_CJK = new RegExp(
  `([${CJK_CLASS}，。；：！？、“”])[ \\t\\r\\f]*\\n\\s*(?=[${CJK_CLASS}，。；：！？、“”])`,
  'g',
);

export function collapseWhitespace(raw: string): string {
  return raw.replace(NEWLINE_BETWEEN_CJK, '$1').replace(/[ \t\r\n\f]+/g, ' ');
}

export function isDroppedByAttributes(attributes: Record<string, string>): boolean {
  const words = `${attributes['class'] ?? ''} ${attributes['id'] ?? ''}`;
  if (DROPPED_CLASS.test(words)) return true;
  return 'hidden' in attributes || /display\s*:\s*none/i.test(attributes['style'] ?? '');
}

export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  const meta: Record<string, string> = {};
  let documentTitle: string | null = null;
  let firstHeading: string | null = null;
  let headingText: string | null = null;
  // While inside a dropped element, count nested elements of the same name to find its end.
  let skipping: { name: string; depth: number } | null = null;

  for (const token of tokenizeHtml(html)) {
    if (skipping) {
      if (token.kind === 'start' && token.name === skipping.name && !token.selfClosing) skipping.depth += 1;
      if (token.kind === 'end' && token.name === skipping.name) {
        skipping.depth -= 1;
        if (skipping.depth === 0) skipping = null;
      }
      continue;
    }
    switch (token.kind) {
      case 'raw':
        if (token.name === 'title' && documentTitle === null) {
          documentTitle = decodeHtmlEntities(collapseWhitespace(token.text)).trim() || null;
        }
        break;
      case 'text': {
        const text = decodeHtmlEntities(collapseWhitespace(token.text));
        parts.push(text);
        if (headingText !== null) headingText += text;
        break;
      }
      case 'start': {
        const { name, attributes, selfClosing } = token;
        if (name === 'meta') {
          const key = (
            attributes['name'] ??
            attributes['property'] ??
            attributes['http-equiv'] ??
            ''
          ).toLowerCase();
          if (key && attributes['content'] !== undefined && !(key in meta)) meta[key] = attributes['content'];
          break;
        }
        if (
          DROPPED_ELEMENTS.has(name) ||
          (name !== 'body' && name !== 'html' && isDroppedByAttributes(attributes))
        ) {
          if (!selfClosing && !VOID_ELEMENTS.has(name)) skipping = { name, depth: 1 };
          break;
        }
        if (HEADING.test(name)) {
          parts.push(`\n${headingMarker(Number(name.slice(1)))}`);
          headingText = '';
        } else if (BLOCK_ELEMENTS.has(name)) {
          parts.push('\n');
        } else if (name === 'td' || name === 'th') {
          parts.push(' ');
        }
        break;
      }
      case 'end':
        if (HEADING.test(token.name)) {
          parts.push('\n');
          if (token.name === 'h1' && firstHeading === null && headingText?.trim())
            firstHeading = headingText.trim();
          headingText = null;
        } else if (BLOCK_ELEMENTS.has(token.name)) {
          parts.push('\n');
        }
        break;
    }
  }

  const lines = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    // A heading whose text was all dropped leaves a bare marker behind.
    .filter((line) => !isEmptyHeading(line));
  return { text: lines.join('\n'), documentTitle, firstHeading, meta };
}

/** True when text carries enough markup that it should be read as HTML rather than as lines. */
export function looksLikeHtml(text: string): boolean {
  return /<(p|div|br|img|span|h[1-6]|section|article|table|ul|li|html|body)\b[^>]*>/i.test(text);
}
