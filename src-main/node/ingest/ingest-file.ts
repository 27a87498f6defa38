// The import pipeline for one file, as a chain of small pure steps:
// decode -> recognise layout -> read (front matter / HTML / lines) -> extract body -> metadata.
// It never touches the disk or the database: the import service reads the bytes and stores the
// result, so every step can be tested on bytes alone.

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ImportProblemCode } from '../../common/model/project';
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
  /** The page's address, where the file states it (front matter, a crawler's url field or line). */
  url: string | null;
  /** Paragraphs joined by "\n", passed through normalizeCleanText. */
  cleanText: string;
  /** The decoded text (normalizeRawText), for the side-by-side check view. */
  originalText: string;
  layout: Layout;
  encoding: TextEncodingName;
  /** sha256 hex of cleanText. */
  contentHash: string;
}

/** A problem of the file as a whole, or (for crawler dumps) of one record in it. */
export interface IngestProblem {
  code: ImportProblemCode;
  record?: number;
  detail?: string;
}

/**
 * What one file yields: usually one article, several for a crawler dump, none for a skipped file.
 * `skipped` explains what was not imported; `warnings` what was imported despite a flaw.
 */
export interface IngestOutcome {
  articles: ExtractedArticle[];
  skipped: IngestProblem[];
  warnings: IngestProblem[];
}

const skip = (code: ImportProblemCode, detail?: string): IngestOutcome => ({
  articles: [],
  skipped: [detail === undefined ? { code } : { code, detail }],
  warnings: [],
});

/** A title for pages that have none: the file name, without a crawler's numeric prefix. */
function titleFromFileName(filePath: string): string {
  const name = basename(filePath, extname(filePath));
  return name.replace(/^\d+[_-]/, '') || name;
}

export function ingestFile(bytes: Uint8Array, filePath: string): IngestOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skip(decoded.reason);

  const originalText = normalizeRawText(decoded.text);
  if (originalText.trim() === '') return skip('whitespace-only');

  const layout = detectLayout(originalText, filePath);
  const document = readDocument(originalText, layout);
  const parts = extractBody(document.lines, layout, document.hints.title);
  const cleanText = normalizeCleanText(parts.bodyLines.join('\n'));
  if (cleanText === '') return skip('no-article-text');

  const metadata = extractMetadata(parts, document.hints);
  const article: ExtractedArticle = {
    title: parts.title ?? titleFromFileName(filePath),
    ...metadata,
    cleanText,
    originalText,
    layout,
    encoding: decoded.encoding,
    contentHash: createHash('sha256').update(cleanText, 'utf8').digest('hex'),
  };
  return { articles: [article], skipped: [], warnings: document.warnings ?? [] };
}
