// The one escaper of every writer that produces markup (HTML, XLSX, DOCX text, REFI-QDA XML). Only
// writers call these, on plain text from the report model.
//
// Article text comes from scraped web pages and can hold characters XML 1.0 cannot carry at all
// (C0 control characters, lone surrogates from a page cut mid-character, U+FFFE/FFFF): a single one
// makes Excel, Word or the other QDA tool refuse the whole file. They are dropped here, for every
// format, so what one writer accepts all do.

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the `u`
// flag a lone surrogate is a code point of its own, outside every allowed range, so it matches too.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// eslint-disable-next-line no-control-regex -- the control characters are exactly what it looks for
const ONLY_SAFE = /^[^\0-\u0008\u000b\u000c\u000e-\u001f\uD800-\uDFFF\uFFFE\uFFFF]*$/;

/** The text without the characters XML 1.0 (and so XLSX, DOCX, QDPX) cannot hold. */
export function stripInvalidXmlChars(value: string): string {
  // Most text has none: a quick test on the plain range spares the slower unicode-aware replace.
  if (ONLY_SAFE.test(value)) return value;
  return value.replace(FORBIDDEN, '');
}

/** Text → HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (ch) => HTML_REFERENCES[ch]!);
}

/** XML text content: `<` and `&` must go; `>` too (for `]]>`); CR as a reference, or parsers make it LF. */
export function escapeXmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>\r]/g, (c) => TEXT_REFERENCES[c]!);
}

/**
 * XML attribute values: quotes too, and tab/LF/CR as references, because attribute-value
 * normalisation would otherwise turn them into spaces on reading.
 */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_REFERENCES[c]!);
}

/** A colour safe to put in a style attribute: `#rrggbb`, or the fallback. */
export function safeColor(color: string, fallback = '#ffd54f'): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : fallback;
}

const HTML_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const TEXT_REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

const ATTRIBUTE_REFERENCES: Record<string, string> = {
  ...TEXT_REFERENCES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};
