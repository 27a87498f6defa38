// The import entry point: walk the chosen paths, run each file through the ingest chain, store the
// articles in small durable batches. One bad file is reported and skipped, never fatal; a cancel
// stops between batches, so what was imported stays and nothing is half-imported. Memory is bounded
// whatever the folder holds: files are extracted a few at a time and at most IN_FLIGHT_BYTES of them
// at once, and a crawler dump arrives in parts of a few hundred articles (extract-file.ts).
import { ApiFailure } from '../../common/api/errors';
import type { ImportProgress, ImportReport, ImportState } from '../../common/model/project';
import { log } from '../log/logger';
import { importSummary } from './import-log';
import {
  finishImportBatch,
  recentImportReports,
  startImportBatch,
} from '../db/repositories/import-batches-repo';
import type { ProjectStore } from '../db/project-store';
import { LshIndex } from '../dedupe/lsh-index';
import { fingerprint, ShingleCache, type ReprintContext } from '../dedupe/reprint-linker';
import { createExtractor, type Extractor, type FileExtraction } from '../ingest/extraction-pool';
import {
  allFingerprints,
  articlesWithoutFingerprints,
  insertFingerprint,
} from '../db/repositories/fingerprints-repo';
import { walkImportPaths, type WalkResult } from '../ingest/walk-paths';
import { ImportRun } from './import-run';

// Articles per durable batch (a crawler dump may yield many from one file): larger batches mean
// fewer full-text index flushes (the main cost of a commit); 200 keeps a cancel within a second.
const BATCH_ARTICLES = 200;
const YIELD_EVERY = 16;
// Files being extracted ahead of the one being stored, and their total size at most (one file is
// always let through, however large: the walk refuses files over the size limit).
const IN_FLIGHT = 16;
const IN_FLIGHT_BYTES = 16 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 150;
// Articles waiting this long are stored even when fewer than a batch: the count of articles added
// (and the library) then moves while an import of small files runs, not only at its end. A commit a
// second costs little beside the reading it accompanies.
const STORE_INTERVAL_MS = 1000;
const RECENT_REPORTS = 5;

export interface ImportCallbacks {
  onProgress(progress: ImportProgress): void;
  /** Called after each stored batch, so the library can fill while the import runs. */
  onBatchStored(): void;
}

interface Running {
  run: ImportRun | null;
  cancelled: boolean;
  finished: Promise<unknown>;
  lastProgress: ImportProgress | null;
}

export class ImportService {
  /** The built extraction worker, where there is one; otherwise files are extracted in this thread. */
  constructor(private readonly extractionWorkerPath: string | null = null) {}

  private running: Running | null = null;

  /** Project-wide operations (open another project, restore, close) must wait for the import. */
  assertIdle(): void {
    if (this.running)
      throw new ApiFailure('IMPORT_IN_PROGRESS', 'An import is running. Wait for it or cancel it first.');
  }

  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancelled = true;
    if (this.running.run) this.running.run.cancelled = true;
    return true;
  }

  /** Cancels a running import and resolves once it has stopped (what it stored stays). */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.cancel();
    await running.finished.catch(() => undefined);
  }

  /** The running import's progress, and the last imports' reports: for a window that (re)opens. */
  state(store: ProjectStore | null): ImportState {
    return {
      running: this.running ? (this.running.lastProgress ?? emptyProgress()) : null,
      recent: store ? store.read((q) => recentImportReports(q, RECENT_REPORTS)) : [],
    };
  }

  async importPaths(store: ProjectStore, paths: string[], callbacks: ImportCallbacks): Promise<ImportReport> {
    this.assertIdle();
    const running: Running = { run: null, cancelled: false, finished: Promise.resolve(), lastProgress: null };
    const reporting: ImportCallbacks = {
      onProgress: (progress) => {
        running.lastProgress = progress;
        callbacks.onProgress(progress);
      },
      onBatchStored: callbacks.onBatchStored,
    };
    const finished = store.withSnapshotsDeferred(() => this.run(store, paths, running, reporting));
    running.finished = finished;
    this.running = running;
    const started = Date.now();
    try {
      const report = await finished;
      log.info(importSummary(report));
      return report;
    } catch (error) {
      // The failure's code and message, never the text it was reading. A refusal (nothing at the
      // path, another import running) is the user's to fix, not a bug: a warning.
      log[error instanceof ApiFailure ? 'warn' : 'error'](`import failed after ${((Date.now() - started) / 1000).toFixed(1)} s`, error);
      throw error;
    } finally {
      this.running = null;
    }
  }

  private async run(
    store: ProjectStore,
    paths: string[],
    running: Running,
    callbacks: ImportCallbacks,
  ): Promise<ImportReport> {
    const walk = await walkImportPaths(paths);
    if (walk.files.length === 0 && walk.missing.length === paths.length) {
      throw new ApiFailure('IMPORT_PATH_NOT_FOUND', `Nothing to import at ${walk.missing.join(', ')}.`, {
        paths: walk.missing,
      });
    }
    // A copy of the project as it was, in case the user regrets the import as a whole.
    if (store.journalRecords > 0) store.snapshot();
    store.backupBeforeImport();
    const reprintContext = loadReprintContext(store);
    const batchId = store.write((q) => startImportBatch(q, paths, new Date().toISOString()));
    const run = beginRun(batchId, paths, walk);
    running.run = run;
    run.cancelled = running.cancelled;
    callbacks.onProgress(run.progress(null));

    const extractor = createExtractor(this.extractionWorkerPath);
    try {
      await extractAndStore(run, walk, extractor, store, reprintContext, callbacks);
    } finally {
      await extractor.close();
    }
    if (run.storeBatch(store, reprintContext)) callbacks.onBatchStored();
    callbacks.onProgress(run.progress(null));
    const report = run.report();
    store.write((q) => finishImportBatch(q, report, report.finishedAt ?? new Date().toISOString()));
    return report;
  }
}

function emptyProgress(): ImportProgress {
  return { batchId: 0, filesDone: 0, filesTotal: 0, articlesAdded: 0, currentFile: null, secondsLeft: null };
}

/** A run with what the walk already knows: the files to read, and what it left out and why. */
function beginRun(batchId: number, paths: string[], walk: WalkResult): ImportRun {
  const run = new ImportRun(batchId, paths);
  run.filesTotal = walk.files.length;
  run.leftOut = walk.leftOut;
  for (const file of walk.missing) run.skipped.add({ file, code: 'path-not-found' });
  for (const problem of walk.problems) run.skipped.add(problem);
  return run;
}

/**
 * Extracts the files a few ahead of the one being stored, and stores their articles in batches.
 * Stops between files (or between parts of a dump) on a cancel.
 */
async function extractAndStore(
  run: ImportRun,
  walk: WalkResult,
  extractor: Extractor,
  store: ProjectStore,
  reprintContext: ReprintContext,
  callbacks: ImportCallbacks,
): Promise<void> {
  const queue = new ExtractionQueue(walk, extractor);
  let lastProgress = 0;
  let lastStored = Date.now();
  const storeIfDue = (force: boolean): void => {
    const due = run.pendingArticles >= BATCH_ARTICLES || (force && Date.now() - lastStored >= STORE_INTERVAL_MS);
    if (!due) return;
    lastStored = Date.now();
    if (run.storeBatch(store, reprintContext)) callbacks.onBatchStored();
  };
  for (let extraction = queue.next(); extraction && !run.cancelled; extraction = queue.next()) {
    // Let a cancel or a library request through now and then, even when extraction runs here.
    if (run.filesDone % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    let part = await extraction.nextPart();
    // Articles of a file known to have one: see ImportRun.take.
    run.take(part, extraction.file, !part.more && part.articles.length === 1);
    let yielded = part.articles.length + part.skipped.length;
    while (part.more && !run.cancelled) {
      storeIfDue(false);
      part = await extraction.nextPart();
      run.take(part, extraction.file, false);
      yielded += part.articles.length + part.skipped.length;
    }
    // Every file read is imported or reported: one that gave neither (an empty record list) is
    // reported here rather than vanishing from the account.
    if (yielded === 0 && !run.cancelled) run.skipped.add({ file: extraction.file, code: 'no-article-text' });
    queue.done(extraction);
    run.filesDone++;
    storeIfDue(true);
    if (Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = Date.now();
      callbacks.onProgress(run.progress(extraction.file));
    }
  }
}

/** Files started ahead of the one being stored, bounded by count and by total size. */
class ExtractionQueue {
  private readonly started: FileExtraction[] = [];
  private nextFile = 0;
  private bytesInFlight = 0;

  constructor(
    private readonly walk: WalkResult,
    private readonly extractor: Extractor,
  ) {}

  private sizeOf(file: string): number {
    return this.walk.sizes.get(file) ?? 0;
  }

  private fill(): void {
    const { files } = this.walk;
    while (this.nextFile < files.length && this.started.length < IN_FLIGHT) {
      const file = files[this.nextFile]!;
      const size = this.sizeOf(file);
      if (this.started.length > 0 && this.bytesInFlight + size > IN_FLIGHT_BYTES) break;
      this.bytesInFlight += size;
      this.started.push(this.extractor.extract(file));
      this.nextFile++;
    }
  }

  next(): FileExtraction | undefined {
    this.fill();
    return this.started[0];
  }

  done(extraction: FileExtraction): void {
    this.started.shift();
    this.bytesInFlight -= this.sizeOf(extraction.file);
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
