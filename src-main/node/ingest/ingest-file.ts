// The import pipeline for one file, as a chain of small pure steps:
// decode -> recognise layout -> read (front matter / HTML / lines) -> extract body -> metadata.
// The layouts and record formats are declared once, in layouts/registry.ts.
// It never touches the disk or the database: the import service reads the bytes and stores the
// result, so every step can be tested on bytes alone.

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ImportProblemCode } from '../../common/model/project';
import { normalizeRawText } from '../../common/text/normalize';
import { cleanTextWithHeadings } from './article-headings';
import { damagedBytesWarning, decodeBytes } from './decode-bytes';
import { extractMetadata } from './extract-metadata';
import type { ExtractedArticle, IngestOutcome } from './ingest-types';
import { layoutOf, recordFormatOf } from './layouts/registry';
import { charLength, compactText } from './line-shapes';
import { extractPlaces } from './places/extract-places';
import { withoutButtons } from './titles';

export type { ExtractedArticle, IngestOutcome, IngestProblem } from './ingest-types';

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
  // Crawler dumps hold many records, each its own article: read by their format, not as one page.
  const records = recordFormatOf(filePath);
  if (records) return records.ingest(bytes, filePath);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skip(decoded.reason);

  const originalText = normalizeRawText(decoded.text);
  if (originalText.trim() === '') return skip('whitespace-only');

  const layout = layoutOf(originalText, filePath);
  const document = layout.read(originalText);
  const parts = layout.extract(document);
  // Section heads are stored as paragraphs of their own, without their marker, and listed apart.
  const title = parts.title ? withoutButtons(parts.title) : titleFromFileName(filePath);
  const { cleanText, headings } = cleanTextWithHeadings(parts.bodyLines, title);
  if (cleanText === '') return skip('no-article-text');
  // A few characters ("正文。") are what is left of a broken file, not an article.
  if (charLength(compactText(cleanText)) < MIN_ARTICLE_CHARS) return skip('no-article-text', 'too short');

  const metadata = extractMetadata(parts, document.hints);
  const article: ExtractedArticle = {
    title,
    ...metadata,
    // Places come from the whole text against the gazetteer, not only from a dateline.
    places: extractPlaces(title, cleanText),
    cleanText,
    headings,
    originalText,
    layout: layout.id,
    encoding: decoded.encoding,
    contentHash: createHash('sha256').update(cleanText, 'utf8').digest('hex'),
  };
  const warnings = [...(document.warnings ?? [])];
  if (decoded.damagedBytes) warnings.push(damagedBytesWarning(decoded.damagedBytes));
  return { articles: [article], skipped: [], warnings };
}
