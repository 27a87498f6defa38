// The import pipeline for one file, as a chain of small pure steps:
// decode -> recognise layout -> read (front matter / HTML / lines) -> extract body -> metadata.
// It never touches the disk or the database: the import service reads the bytes and stores the
// result, so every step can be tested on bytes alone.

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ImportProblemCode } from '../../common/model/project';
import { normalizeCleanText, normalizeRawText } from '../../common/text/normalize';
import { damagedBytesWarning, decodeBytes, type TextEncodingName } from './decode-bytes';
import { detectLayout, type Layout } from './detect-layout';
import { extractBody } from './extract-body';
import { extractMetadata, type ArticleMetadata } from './extract-metadata';
import { charLength, compactText, stripHeading } from './line-shapes';
import { extractPlaces } from './places/extract-places';
import { readDocument } from './read-document';
import { ingestRecordDump, isRecordDumpPath } from './records/ingest-record-dump';

/** Date (ISO, or --MM-DD without a year), source, author, places and url: see extract-metadata. */
export interface ExtractedArticle extends ArticleMetadata {
  title: string;
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
  /** Several records with the same problem, grouped (see records/problem-tally.ts). */
  count?: number;
  records?: number[];
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

const MIN_ARTICLE_CHARS = 12;

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
  // Crawler dumps hold many records, each its own article: read by records/, not as one page.
  if (isRecordDumpPath(filePath)) return ingestRecordDump(bytes, filePath);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skip(decoded.reason);

  const originalText = normalizeRawText(decoded.text);
  if (originalText.trim() === '') return skip('whitespace-only');

  const layout = detectLayout(originalText, filePath);
  const document = readDocument(originalText, layout);
  const parts = document.parts ?? extractBody(document.lines, layout, document.hints.title);
  // Section heads are stored as paragraphs of their own, without the reader's "## " marker.
  const cleanText = normalizeCleanText(parts.bodyLines.map(stripHeading).join('\n'));
  if (cleanText === '') return skip('no-article-text');
  // A few characters ("正文。") are what is left of a broken file, not an article.
  if (charLength(compactText(cleanText)) < MIN_ARTICLE_CHARS) return skip('no-article-text', 'too short');

  const metadata = extractMetadata(parts, document.hints);
  const title = parts.title ?? titleFromFileName(filePath);
  const article: ExtractedArticle = {
    title,
    ...metadata,
    // Places come from the whole text against the gazetteer, not only from a dateline.
    places: extractPlaces(title, cleanText),
    cleanText,
    originalText,
    layout,
    encoding: decoded.encoding,
    contentHash: createHash('sha256').update(cleanText, 'utf8').digest('hex'),
  };
  const warnings = [...(document.warnings ?? [])];
  if (decoded.damagedBytes) warnings.push(damagedBytesWarning(decoded.damagedBytes));
  return { articles: [article], skipped: [], warnings };
}
