// The import entry point: walk the chosen paths, run each file through the ingest chain, store the
// articles in small durable batches. One bad file is reported and skipped, never fatal; a cancel
// stops between batches, so what was imported stays and nothing is half-imported.
import { ApiFailure } from '../../common/api/errors';
import type { ImportProblem, ImportProgress, ImportReport } from '../../common/model/project';
import { findArticleIdByHash, insertArticle, type NewArticle } from '../db/repositories/articles-repo';
import { articleIdsAtPath } from '../db/repositories/article-updates-repo';
import { finishImportBatch, startImportBatch } from '../db/repositories/import-batches-repo';
import type { ProjectStore } from '../db/project-store';
import { LshIndex } from '../dedupe/lsh-index';
import {
  fingerprint,
  linkReprint,
  ShingleCache,
  type Fingerprint,
  type ReprintContext,
} from '../dedupe/reprint-linker';
import { createExtractor } from '../ingest/extraction-pool';
import type { ExtractedFile } from '../ingest/extract-file';
import {
  allFingerprints,
  articlesWithoutFingerprints,
  insertFingerprint,
} from '../db/repositories/fingerprints-repo';
import { indexArticles, type IndexableArticle } from '../search/search-index';
import { walkImportPaths } from '../ingest/walk-paths';
import { updateArticle } from './update-article';

// Articles per durable batch (a crawler dump may yield many from one file): larger batches mean
// fewer full-text index flushes (the main cost of a commit); 200 keeps a cancel within a second.
const BATCH_ARTICLES = 200;
const YIELD_EVERY = 16;
// Files being extracted ahead of the one being stored.
const IN_FLIGHT = 16;
const PROGRESS_INTERVAL_MS = 150;

export interface ImportCallbacks {
  onProgress(progress: ImportProgress): void;
  /** Called after each stored batch, so the library can fill while the import runs. */
  onBatchStored(): void;
}

export class ImportService {
  /** The built extraction worker, where there is one; otherwise files are extracted in this thread. */
  constructor(private readonly extractionWorkerPath: string | null = null) {}

  private running: { cancelled: boolean; finished: Promise<unknown> } | null = null;

  /** Project-wide operations (open another project, restore, close) must wait for the import. */
  assertIdle(): void {
    if (this.running)
      throw new ApiFailure('IMPORT_IN_PROGRESS', 'An import is running. Wait for it or cancel it first.');
  }

  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancelled = true;
    return true;
  }

  /** Cancels a running import and resolves once it has stopped (what it stored stays). */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    running.cancelled = true;
    await running.finished.catch(() => undefined);
  }

  async importPaths(store: ProjectStore, paths: string[], callbacks: ImportCallbacks): Promise<ImportReport> {
    this.assertIdle();
    const run = { cancelled: false, finished: Promise.resolve() as Promise<unknown> };
    const finished = store.withSnapshotsDeferred(() => this.run(store, paths, run, callbacks));
    run.finished = finished;
    this.running = run;
    try {
      return await finished;
    } finally {
      this.running = null;
    }
  }

  private async run(
    store: ProjectStore,
    paths: string[],
    run: { cancelled: boolean },
    callbacks: ImportCallbacks,
  ): Promise<ImportReport> {
    const started = Date.now();
    const { files, missing } = await walkImportPaths(paths);
    if (files.length === 0 && missing.length === paths.length) {
      throw new ApiFailure('IMPORT_PATH_NOT_FOUND', `Nothing to import at ${missing.join(', ')}.`, {
        paths: missing,
      });
    }
    // A copy of the project as it was, in case the user regrets the import as a whole.
    if (store.journalRecords > 0) store.snapshot();
    store.backupBeforeImport();

    const reprintContext = loadReprintContext(store);
    const batchId = store.write((q) => startImportBatch(q, paths, new Date().toISOString()));
    const skipped: ImportProblem[] = missing.map((file) => ({ file, code: 'path-not-found' }));
    const warnings: ImportProblem[] = [];
    let imported = 0;
    let duplicates = 0;
    let reprints = 0;
    let updated = 0;
    let orphanedHighlights = 0;
    let done = 0;
    // `onlyArticleOfFile`: the file yields one article, so an article already stored from the same
    // path is this one's earlier version (a crawler dump's records have no such one-to-one match).
    let pending: { article: NewArticle; print: Fingerprint | null; onlyArticleOfFile: boolean }[] = [];
    let lastProgress = 0;

    const progress = (currentFile: string | null): ImportProgress => {
      const elapsed = (Date.now() - started) / 1000;
      const secondsLeft = done >= 5 ? Math.round((elapsed / done) * (files.length - done)) : null;
      return {
        batchId,
        filesDone: done,
        filesTotal: files.length,
        articlesAdded: imported,
        currentFile,
        secondsLeft,
      };
    };

    const flush = (): void => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      const now = new Date().toISOString();
      store.write((q) => {
        const stored: IndexableArticle[] = [];
        for (const { article, print, onlyArticleOfFile } of batch) {
          // An earlier batch (or an earlier import) may hold the same text: store it once.
          if (findArticleIdByHash(q, article.contentHash) !== undefined) {
            duplicates++;
            continue;
          }
          const previous = onlyArticleOfFile ? articleIdsAtPath(q, article.filePath) : [];
          if (previous.length === 1) {
            const outcome = updateArticle(q, previous[0]!, article, print, reprintContext, now);
            updated++;
            orphanedHighlights += outcome.orphaned;
            if (outcome.linkedAsReprint) reprints++;
            const kept = outcome.stored;
            stored.push({ id: previous[0]!, title: kept.title, docNumber: kept.docNumber, cleanText: kept.cleanText });
            continue;
          }
          const id = insertArticle(q, article, now);
          imported++;
          if (print && linkReprint(q, id, print, reprintContext)) reprints++;
          stored.push({ id, title: article.title, docNumber: article.docNumber, cleanText: article.cleanText });
        }
        indexArticles(q, stored); // last in the transaction: see indexArticles
      });
      callbacks.onBatchStored();
    };

    const extractor = createExtractor(this.extractionWorkerPath);
    const inFlight: Promise<ExtractedFile>[] = [];
    let next = 0;
    const fill = (): void => {
      while (next < files.length && inFlight.length < IN_FLIGHT)
        inFlight.push(extractor.extract(files[next++]!));
    };
    try {
      fill();
      while (inFlight.length > 0 && !run.cancelled) {
        const extracted = await inFlight.shift()!;
        fill();
        // Let a cancel or a library request through now and then, even when extraction runs here.
        if (done % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
        const { file } = extracted;
        for (const { article, print } of extracted.articles) {
          pending.push({
            article: { ...article, filePath: file, duplicateOf: null, importBatch: batchId },
            print,
            onlyArticleOfFile: extracted.articles.length === 1,
          });
        }
        for (const problem of extracted.skipped) skipped.push({ file, ...problem });
        for (const problem of extracted.warnings) warnings.push({ file, ...problem });
        done++;
        if (pending.length >= BATCH_ARTICLES) flush();
        if (Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
          lastProgress = Date.now();
          callbacks.onProgress(progress(file));
        }
      }
    } finally {
      await extractor.close();
    }
    flush();
    callbacks.onProgress(progress(null));

    const report: ImportReport = {
      batchId,
      filesSeen: files.length,
      imported,
      duplicates,
      reprints,
      updated,
      orphanedHighlights,
      skipped,
      warnings,
      cancelled: run.cancelled,
      seconds: (Date.now() - started) / 1000,
    };
    store.write((q) => finishImportBatch(q, report, new Date().toISOString()));
    return report;
  }
}

/**
 * The project's fingerprints as an in-memory index for this import. Articles from a project of
 * schema version 1 have none yet: they are fingerprinted once, here, in batches.
 */
function loadReprintContext(store: ProjectStore): ReprintContext {
  const missing = store.read(articlesWithoutFingerprints);
  for (let i = 0; i < missing.length; i += 200) {
    const batch = missing
      .slice(i, i + 200)
      .map((row) => ({ id: row.id, print: fingerprint(row.clean_text) }));
    store.write((q) => {
      // Texts too short to fingerprint get an empty row, so they are not read again next time.
      for (const { id, print } of batch) insertFingerprint(q, id, print?.buckets ?? []);
    });
  }
  const index = new LshIndex();
  for (const { articleId, buckets } of store.read(allFingerprints)) {
    if (buckets.length > 0) index.add(articleId, buckets);
  }
  return { index, shingles: new ShingleCache() };
}
