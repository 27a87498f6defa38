// The state of one import while it runs: the articles waiting to be stored, the counts, and the
// problems, grouped so a report stays readable (one line per file and kind of problem, with a count
// and the first few record numbers, however many records of a dump share it).
import type { ImportProblem, ImportProgress, ImportReport, LeftOutGroup } from '../../common/model/project';
import { articleIdsAtPath } from '../db/repositories/article-updates-repo';
import { findArticleIdByHash, insertArticle, type NewArticle } from '../db/repositories/articles-repo';
import { saveImportProgress } from '../db/repositories/import-batches-repo';
import type { ProjectStore } from '../db/project-store';
import type { WriteQuery } from '../db/query';
import { linkReprint, type Fingerprint, type ReprintContext } from '../dedupe/reprint-linker';
import type { ExtractedFile } from '../ingest/extract-file';
import { MAX_EXAMPLE_RECORDS } from '../ingest/records/problem-tally';
import { indexArticles, type IndexableArticle } from '../search/search-index';
import { updateArticle } from './update-article';

interface PendingArticle {
  article: NewArticle;
  print: Fingerprint | null;
  /**
   * The file yields one article, so an article already stored from the same path is this one's
   * earlier version (a crawler dump's records have no such one-to-one match).
   */
  onlyArticleOfFile: boolean;
}

// A detail is a parser's message or a header row: a CSV whose "header" is a 6 MB line would put all
// of it into the report.
const MAX_DETAIL_CHARS = 300;

function shortDetail(problem: ImportProblem): ImportProblem {
  const { detail } = problem;
  return detail !== undefined && detail.length > MAX_DETAIL_CHARS
    ? { ...problem, detail: `${detail.slice(0, MAX_DETAIL_CHARS)}…` }
    : { ...problem };
}

/** Problems keyed by file and kind: a second one of the same kind joins the first's line. */
class GroupedProblems {
  private readonly lines = new Map<string, ImportProblem>();

  add(problem: ImportProblem): void {
    const key = `${problem.file}\u0000${problem.code}`;
    const line = this.lines.get(key);
    if (!line) {
      this.lines.set(key, shortDetail(problem));
      return;
    }
    line.count = (line.count ?? 1) + (problem.count ?? 1);
    const records = (line.records ??= line.record === undefined ? [] : [line.record]);
    for (const record of problem.records ?? (problem.record === undefined ? [] : [problem.record]))
      if (records.length < MAX_EXAMPLE_RECORDS) records.push(record);
  }

  list(): ImportProblem[] {
    return [...this.lines.values()];
  }
}

export class ImportRun {
  readonly started = Date.now();
  cancelled = false;
  filesTotal = 0;
  filesDone = 0;
  imported = 0;
  duplicates = 0;
  reprints = 0;
  updated = 0;
  orphanedHighlights = 0;
  leftOut: LeftOutGroup[] = [];
  readonly skipped = new GroupedProblems();
  readonly warnings = new GroupedProblems();
  private pending: PendingArticle[] = [];

  constructor(
    readonly batchId: number,
    readonly paths: string[],
  ) {}

  get pendingArticles(): number {
    return this.pending.length;
  }

  progress(currentFile: string | null): ImportProgress {
    const elapsed = (Date.now() - this.started) / 1000;
    const done = this.filesDone;
    const secondsLeft = done >= 5 ? Math.round((elapsed / done) * (this.filesTotal - done)) : null;
    return {
      batchId: this.batchId,
      filesDone: done,
      filesTotal: this.filesTotal,
      articlesAdded: this.imported,
      currentFile,
      secondsLeft,
    };
  }

  /** One part of a file's extraction: its articles wait for the next batch, its problems are noted. */
  take(part: ExtractedFile, file: string, onlyArticleOfFile: boolean): void {
    for (const { article, print } of part.articles) {
      const stored: NewArticle = { ...article, filePath: file, duplicateOf: null, importBatch: this.batchId };
      this.pending.push({ article: stored, print, onlyArticleOfFile });
    }
    for (const problem of part.skipped) this.skipped.add({ file, ...problem });
    for (const problem of part.warnings) this.warnings.add({ file, ...problem });
  }

  /** Stores the waiting articles in one durable transaction, with the progress so far. */
  storeBatch(store: ProjectStore, reprintContext: ReprintContext): boolean {
    if (this.pending.length === 0) return false;
    const batch = this.pending;
    this.pending = [];
    const now = new Date().toISOString();
    store.write((q) => {
      const stored = batch.flatMap((pending) => this.storeArticle(q, pending, reprintContext, now));
      saveImportProgress(q, this.progress(null));
      indexArticles(q, stored); // last in the transaction: see indexArticles
    });
    return true;
  }

  private storeArticle(
    q: WriteQuery,
    { article, print, onlyArticleOfFile }: PendingArticle,
    reprintContext: ReprintContext,
    now: string,
  ): IndexableArticle[] {
    // An earlier batch (or an earlier import) may hold the same text: store it once.
    if (findArticleIdByHash(q, article.contentHash) !== undefined) {
      this.duplicates++;
      return [];
    }
    const previous = onlyArticleOfFile ? articleIdsAtPath(q, article.filePath) : [];
    if (previous.length === 1) {
      const outcome = updateArticle(q, previous[0]!, article, print, reprintContext, now);
      this.updated++;
      this.orphanedHighlights += outcome.orphaned;
      if (outcome.linkedAsReprint) this.reprints++;
      // As stored: fields a researcher corrected by hand were kept (update-article.ts).
      const kept = outcome.stored;
      return [{ id: previous[0]!, title: kept.title, docNumber: kept.docNumber, cleanText: kept.cleanText }];
    }
    const id = insertArticle(q, article, now);
    this.imported++;
    if (print && linkReprint(q, id, print, reprintContext)) this.reprints++;
    return [{ id, title: article.title, docNumber: article.docNumber, cleanText: article.cleanText }];
  }

  report(): ImportReport {
    return {
      batchId: this.batchId,
      filesSeen: this.filesTotal,
      imported: this.imported,
      duplicates: this.duplicates,
      reprints: this.reprints,
      updated: this.updated,
      orphanedHighlights: this.orphanedHighlights,
      skipped: this.skipped.list(),
      warnings: this.warnings.list(),
      leftOut: this.leftOut,
      cancelled: this.cancelled,
      seconds: (Date.now() - this.started) / 1000,
      finishedAt: new Date().toISOString(),
      paths: this.paths,
    };
  }
}
