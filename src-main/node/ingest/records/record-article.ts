// One crawler record -> one article. The record's fields are taken as the crawler stated them:
// no layout recognition or boilerplate rules run here, because a record's content field already is
// the article body (only its markup, if any, is turned into paragraphs).

import { createHash } from 'node:crypto';
import { normalizeRawText } from '../../../common/text/normalize';
import { cleanTextWithHeadings } from '../article-headings';
import type { TextEncodingName } from '../decode-bytes';
import { htmlToText, looksLikeHtml } from '../html-to-text';
import type { ExtractedArticle } from '../ingest-types';
import { parseDate, type ParsedDate } from '../parse-date';
import { extractPlaces } from '../places/extract-places';
import type { RecordValues } from './record-fields';

// Crawlers that store time as a number store Unix seconds (10 digits) or milliseconds (13 digits).
const UNIX_SECONDS = /^\d{10}$/;
const UNIX_MILLIS = /^\d{13}$/;
const BEIJING_OFFSET_MS = 8 * 3600_000;
const MAX_DERIVED_TITLE = 40;

function dateOf(text: string | undefined): ParsedDate | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  const millis = UNIX_SECONDS.test(trimmed)
    ? Number(trimmed) * 1000
    : UNIX_MILLIS.test(trimmed)
      ? Number(trimmed)
      : null;
  if (millis === null) return parseDate(trimmed);
  // Dated in Beijing time, as parse-date does for instants with a time zone.
  const iso = new Date(millis + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2100 ? { date: iso, precision: 'day' } : null;
}

/** Markup becomes paragraphs (one per block, heads marked); plain text keeps its own line breaks. */
function bodyLines(content: string): string[] {
  return (looksLikeHtml(content) ? htmlToText(content).text : content).split('\n');
}

/** One line, markup and runs of spaces removed: titles sometimes carry <em> from a search page. */
function oneLine(text: string | undefined): string | null {
  if (text === undefined) return null;
  const plain = /<[a-z/][^>]*>|&[#a-z0-9]+;/i.test(text) ? htmlToText(text).text : text;
  const line = normalizeRawText(plain).replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/** A record without a title is named by its first paragraph, cut short. */
function titleFromText(cleanText: string): string {
  const lineEnd = cleanText.indexOf('\n');
  const firstParagraph = lineEnd < 0 ? cleanText : cleanText.slice(0, lineEnd);
  return firstParagraph.length <= MAX_DERIVED_TITLE
    ? firstParagraph
    : `${firstParagraph.slice(0, MAX_DERIVED_TITLE)}…`;
}

/** The article a record holds, or null when it has no text. */
export function recordArticle(
  values: RecordValues,
  /** Called only for a record that becomes an article: a 200 MB dump's rejects cost nothing. */
  originalText: () => string,
  encoding: TextEncodingName,
): ExtractedArticle | null {
  const statedTitle = oneLine(values.title);
  const { cleanText, headings } =
    values.content === undefined
      ? { cleanText: '', headings: [] }
      : cleanTextWithHeadings(bodyLines(values.content), statedTitle);
  if (cleanText === '') return null;
  const title = statedTitle ?? titleFromText(cleanText);
  const date = dateOf(values.date);
  return {
    title,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? 'none',
    source: oneLine(values.source),
    author: oneLine(values.author),
    places: extractPlaces(title, cleanText),
    url: oneLine(values.url),
    docNumber: null,
    cleanText,
    headings,
    originalText: normalizeRawText(originalText()),
    layout: 'record-dump',
    encoding,
    contentHash: createHash('sha256').update(cleanText, 'utf8').digest('hex'),
  };
}
