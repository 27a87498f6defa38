// Everything done to one file before it reaches the database: read it, run the ingest chain,
// fingerprint each article for reprint detection. Pure CPU work on one file, so it can run in a
// second thread while the engine thread writes the previous files (see extraction-pool.ts).
// A crawler dump of a million records is handed over in parts of a few hundred articles, each made
// only when the previous one is stored, so an import never holds a whole dump's articles at once.
import fs from 'node:fs';
import { fingerprint, type Fingerprint } from '../dedupe/reprint-linker';
import { ingestFile, type ExtractedArticle, type IngestOutcome } from './ingest-file';
import { ingestRecordDumpParts, isRecordDumpPath } from './records/ingest-record-dump';
import { log } from '../log/logger';

export interface ExtractedFile {
  file: string;
  articles: { article: ExtractedArticle; print: Fingerprint | null }[];
  skipped: IngestOutcome['skipped'];
  warnings: IngestOutcome['warnings'];
  /** True when further parts of the same file follow (a crawler dump, see ARTICLES_PER_PART). */
  more?: boolean;
}

export const ARTICLES_PER_PART = 200;

const PERMISSION_ERRORS = new Set(['EACCES', 'EPERM']);

function failedFile(file: string, code: 'read-failed' | 'unreadable' | 'import-failed', error: unknown) {
  return { file, articles: [], skipped: [{ code, detail: (error as Error).message }], warnings: [] };
}

function outcomeParts(bytes: Uint8Array, file: string): Iterable<IngestOutcome> {
  return isRecordDumpPath(file)
    ? ingestRecordDumpParts(bytes, file, ARTICLES_PER_PART)
    : [ingestFile(bytes, file)];
}

/** The file's articles in parts; the last part has `more` unset. Never throws. */
export function* extractFileParts(file: string): Generator<ExtractedFile> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = PERMISSION_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')
      ? 'unreadable'
      : 'read-failed';
    yield failedFile(file, code, error);
    return;
  }
  const parts = outcomeParts(bytes, file)[Symbol.iterator]();
  let current: IteratorResult<IngestOutcome>;
  try {
    current = parts.next();
    while (!current.done) {
      const outcome = current.value;
      const part: ExtractedFile = {
        file,
        articles: outcome.articles.map((article) => ({ article, print: fingerprint(article.cleanText) })),
        skipped: outcome.skipped,
        warnings: outcome.warnings,
      };
      current = parts.next();
      if (!current.done) part.more = true;
      yield part;
    }
  } catch (error) {
    // A bug in one extraction step must cost one file (or the rest of it), never the import of ten
    // thousand.
    log.error(`import of ${file} failed`, error);
    yield failedFile(file, 'import-failed', error);
  }
}

/** All of a file's parts at once (tests, and files known to be small). */
export function extractFile(file: string): ExtractedFile {
  const whole: ExtractedFile = { file, articles: [], skipped: [], warnings: [] };
  for (const part of extractFileParts(file)) {
    whole.articles.push(...part.articles);
    whole.skipped.push(...part.skipped);
    whole.warnings.push(...part.warnings);
  }
  return whole;
}
