// A forgiving HTML tokenizer: it only has to find tags, text and comments in saved pages, never
// build a DOM, run scripts or fetch anything. Malformed markup degrades to text, never to an error.

import { decodeHtmlAttribute } from './html-entities';

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'start'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'end'; name: string }
  | { kind: 'raw'; name: string; text: string };

// Elements whose content is not markup: their text runs to the matching end tag.
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!name || name in attributes) continue;
    attributes[name] = decodeHtmlAttribute(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** End of a tag starting at `start` ('<'), honouring quoted attribute values that contain '>'. */
function findTagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i += 1) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      // Quotes only open inside an attribute value (after '='), else a stray quote would eat the page.
      if (/=\s*$/.test(html.slice(Math.max(start, i - 8), i))) quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  return -1;
}

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      yield { kind: 'text', text: html.slice(pos) };
      return;
    }
    if (lt > pos) yield { kind: 'text', text: html.slice(pos, lt) };

    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close === -1 ? html.length : close + 3;
      continue;
    }
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      // Doctype, CDATA or a processing instruction: nothing a reader needs.
      const close = html.indexOf('>', lt);
      pos = close === -1 ? html.length : close + 1;
      continue;
    }
    const isEnd = next === '/';
    const nameMatch = /^[A-Za-z][A-Za-z0-9:-]*/.exec(html.slice(lt + (isEnd ? 2 : 1), lt + 40));
    if (!nameMatch) {
      // "a < b" in prose: a literal less-than sign.
      yield { kind: 'text', text: '<' };
      pos = lt + 1;
      continue;
    }
    const tagEnd = findTagEnd(html, lt);
    if (tagEnd === -1) {
      yield { kind: 'text', text: html.slice(lt) };
      return;
    }
    const name = nameMatch[0].toLowerCase();
    pos = tagEnd + 1;
    if (isEnd) {
      yield { kind: 'end', name };
      continue;
    }
    const inner = html.slice(lt + 1 + nameMatch[0].length, tagEnd);
    const selfClosing = inner.trimEnd().endsWith('/');
    yield { kind: 'start', name, attributes: parseAttributes(inner), selfClosing };

    if (RAW_TEXT_ELEMENTS.has(name) && !selfClosing) {
      const closePattern = new RegExp(`</${name}\\s*>`, 'ig');
      closePattern.lastIndex = pos;
      const close = closePattern.exec(html);
      const end = close ? close.index : html.length;
      yield { kind: 'raw', name, text: html.slice(pos, end) };
      if (close) yield { kind: 'end', name };
      pos = close ? close.index + close[0].length : html.length;
    }
  }
}
