// Everything done to one file before it reaches the database: read it, run the ingest chain,
// fingerprint each article for reprint detection. Pure CPU work on one file, so it can run in a
// second thread while the engine thread writes the previous files (see extraction-pool.ts).
import fs from 'node:fs';
import { fingerprint, type Fingerprint } from '../dedupe/reprint-linker';
import { ingestFile, type ExtractedArticle, type IngestOutcome } from './ingest-file';

export interface ExtractedFile {
  file: string;
  articles: { article: ExtractedArticle; print: Fingerprint | null }[];
  skipped: IngestOutcome['skipped'];
  warnings: IngestOutcome['warnings'];
}

export function extractFile(file: string): ExtractedFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return {
      file,
      articles: [],
      skipped: [{ code: 'read-failed', detail: (error as Error).message }],
      warnings: [],
    };
  }
  let outcome: IngestOutcome;
  try {
    outcome = ingestFile(bytes, file);
  } catch (error) {
    // A bug in one extraction step must cost one file, never the import of ten thousand.
    console.error(`[zhiyan] import of ${file} failed:`, error);
    return {
      file,
      articles: [],
      skipped: [{ code: 'import-failed', detail: (error as Error).message }],
      warnings: [],
    };
  }
  return {
    file,
    articles: outcome.articles.map((article) => ({ article, print: fingerprint(article.cleanText) })),
    skipped: outcome.skipped,
    warnings: outcome.warnings,
  };
}
