// Escaping for the XML the REFI-QDA writers produce. Article text comes from scraped web pages and can
// hold characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/FFFF): a
// single one makes the whole project.qde unreadable in the other tool, so they are dropped here.

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the `u`
// flag a lone surrogate is a code point of its own, outside every allowed range, so it matches too.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** Text content: `<` and `&` must go; `>` too (for `]]>`); CR as a reference, or parsers make it LF. */
export function escapeXmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>\r]/g, (c) => TEXT_REFERENCES[c]!);
}

/**
 * Attribute values: quotes too, and tab/LF/CR as references, because attribute-value normalisation
 * would otherwise turn them into spaces on reading.
 */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_REFERENCES[c]!);
}

const TEXT_REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

const ATTRIBUTE_REFERENCES: Record<string, string> = {
  ...TEXT_REFERENCES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};
