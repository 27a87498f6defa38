// The import pipeline for one file, as a chain of small pure steps:
// decode -> recognise layout -> read (front matter / HTML / lines) -> extract body -> metadata.
// It never touches the disk or the database: the import service reads the bytes and stores the
// result, so every step can be tested on bytes alone.

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { normalizeCleanText, normalizeRawText } from '../../common/text/normalize';
import { decodeBytes, type TextEncodingName } from './decode-bytes';
import { detectLayout, type Layout } from './detect-layout';
import { extractBody } from './extract-body';
import { extractMetadata } from './extract-metadata';
import type { DatePrecision } from './parse-date';
import { readDocument } from './read-document';

export interface ExtractedArticle {
  title: string;
  /** ISO YYYY-MM-DD, or --MM-DD when no year is given. */
  date: string | null;
  datePrecision: DatePrecision;
  source: string | null;
  author: string | null;
  places: string[];
  /** Paragraphs joined by "\n", passed through normalizeCleanText. */
  cleanText: string;
  /** The decoded text (normalizeRawText), for the side-by-side check view. */
  originalText: string;
  layout: Layout;
  encoding: TextEncodingName;
  /** sha256 hex of cleanText. */
  contentHash: string;
}

export type IngestOutcome =
  { kind: 'article'; article: ExtractedArticle } | { kind: 'skipped'; reason: string };

export const SKIP_NO_TEXT =
  'No article text was left after removing page furniture (navigation, notices, link lists).';

/** A title for pages that have none: the file name, without a crawler's numeric prefix. */
function titleFromFileName(filePath: string): string {
  const name = basename(filePath, extname(filePath));
  return name.replace(/^\d+[_-]/, '') || name;
}

export function ingestFile(bytes: Uint8Array, filePath: string): IngestOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { kind: 'skipped', reason: decoded.reason };

  const originalText = normalizeRawText(decoded.text);
  if (originalText.trim() === '') return { kind: 'skipped', reason: 'The file contains only white space.' };

  const layout = detectLayout(originalText, filePath);
  const document = readDocument(originalText, layout);
  const parts = extractBody(document.lines, layout, document.hints.title);
  const cleanText = normalizeCleanText(parts.bodyLines.join('\n'));
  if (cleanText === '') return { kind: 'skipped', reason: SKIP_NO_TEXT };

  const metadata = extractMetadata(parts, document.hints);
  return {
    kind: 'article',
    article: {
      title: parts.title ?? titleFromFileName(filePath),
      ...metadata,
      cleanText,
      originalText,
      layout,
      encoding: decoded.encoding,
      contentHash: createHash('sha256').update(cleanText, 'utf8').digest('hex'),
    },
  };
}
