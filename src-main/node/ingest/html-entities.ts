// Character references, decoded as a browser decodes them (the `entities` package and its full
// HTML5 table: `&rarr;`, `&le;`, `&nbsp` without its semicolon, numeric references; a reference to
// no character, such as `&#0;`, becomes U+FFFD). An unknown name is left as written.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** Text content. */
export function decodeHtmlEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/**
 * An attribute value: as in text, except that a legacy name without its semicolon before `=` or a
 * letter is left alone, so an address like `?id=1&copy=2` keeps its `&copy`.
 */
export function decodeHtmlAttribute(text: string): string {
  return text.includes('&') ? decodeHTMLAttribute(text) : text;
}
