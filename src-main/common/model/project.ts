import type { ApiError } from '../api/errors';

export type Locale = 'zh-CN' | 'en';

export type ReaderTheme = 'light' | 'dark';

/** How the reader sets text, remembered per user (the browser host's origin changes per run). */
export interface ReaderPreferences {
  /** Body text size in CSS pixels. */
  fontSize: number;
  theme: ReaderTheme;
  /** Coding stripes beside the text, one per code of each coded passage. */
  codingStripes: boolean;
  /** A small marker at the end of each passage that has a note. */
  noteMarkers: boolean;
}

export const READER_FONT_SIZES = { min: 14, max: 24, default: 17 } as const;

export const DEFAULT_READER_PREFERENCES: ReaderPreferences = {
  fontSize: READER_FONT_SIZES.default,
  theme: 'light',
  codingStripes: true,
  noteMarkers: true,
};

export interface ProjectInfo {
  path: string;
  /** File name without the .zhiyan extension. */
  name: string;
  schemaVersion: number;
  articleCount: number;
  isDemo: boolean;
  /** Set when opening migrated an older project; the pre-migration copy is kept here. */
  migratedFromBackup: string | null;
  /** Set when opening found a damaged line in the middle of the change journal (shown as a warning). */
  journalDamage?: JournalDamageInfo | null;
}

/** What opening did about a journal line that failed its checksum with valid records after it. */
export interface JournalDamageInfo {
  /** 1-based line number of the damaged line. */
  line: number;
  /** Later records replayed because their sequence numbers followed on. */
  recordsReplayed: number;
  /** Later records kept aside, not applied (a record before them is missing). */
  recordsKept: number;
  /** Where they are kept, beside the project; apply with `zhiyan recover --apply`. */
  recoveryFile: string | null;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface BackupInfo {
  path: string;
  createdAt: string;
  sizeBytes: number;
  reason: 'rotating' | 'pre-migration' | 'pre-import' | 'damaged';
}

export interface AppState {
  appVersion: string;
  locale: Locale;
  readerPreferences: ReaderPreferences;
  recentProjects: RecentProject[];
  project: ProjectInfo | null;
  /** Which host the renderer talks to; the renderer uses native dialogs only in Electron. */
  host: 'electron' | 'browser';
  /** Why the project open at the last exit could not be reopened (e.g. it is damaged), if so. */
  startupError: ApiError | null;
}

export interface ImportProgress {
  batchId: number;
  filesDone: number;
  filesTotal: number;
  articlesAdded: number;
  currentFile: string | null;
  /** Estimated from the rate so far; null until a few files are done. */
  secondsLeft: number | null;
}

/**
 * Why a file (or one record of a crawler dump) was not imported, or what was odd about it. Codes, not
 * sentences, so the renderer can say it in the user's language; `detail` adds specifics (a byte
 * count, a parser message) that need no translation.
 */
export const IMPORT_PROBLEMS = [
  // The file (or record) was skipped:
  'path-not-found',
  'read-failed',
  'empty',
  'whitespace-only',
  'binary',
  'undecodable',
  'truncated',
  'too-large',
  'no-article-text',
  'malformed-records',
  'record-without-text',
  'import-failed',
  // Left out by the folder walk (the entry was never read):
  'link-outside',
  'link-loop',
  'link-dangling',
  'unreadable',
  'not-a-file',
  // The file was imported, but:
  'broken-front-matter',
  'encoding-guessed',
  'front-matter-not-yaml',
  'damaged-bytes',
] as const;

export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

export interface ImportProblem {
  file: string;
  code: ImportProblemCode;
  /** For a crawler dump (.json/.jsonl/.csv): the 1-based record it concerns. */
  record?: number;
  detail?: string;
  /**
   * Several records of one file with the same problem are one line: how many there were, and the
   * first few record numbers (`record` is the first of them). Absent for a single problem.
   */
  count?: number;
  records?: number[];
}

/**
 * Entries of the chosen folders that were never read, counted rather than listed one by one: files
 * of a type Zhiyan does not read (by extension: ".pdf" x 12), and names it ignores on purpose
 * ("_truth.jsonl", ".git", README). `examples` holds the first few paths.
 */
export interface LeftOutGroup {
  reason: 'unsupported-type' | 'ignored-name';
  /** Lower-cased, with the dot (".pdf"); "" for a name without one. Null for ignored names. */
  extension: string | null;
  count: number;
  examples: string[];
}

/** The import running in the engine, or null; and the reports of the last imports, newest first. */
export interface ImportState {
  running: ImportProgress | null;
  recent: ImportReport[];
}

export interface ImportReport {
  batchId: number;
  filesSeen: number;
  imported: number;
  /** Exactly the same clean text as an article already in the project: not stored again. */
  duplicates: number;
  /** Stored, and linked to the article they reprint (same story, small edits). */
  reprints: number;
  /**
   * Articles whose file was imported before and now cleans to different text: updated in place
   * (same article, notes and tags kept; highlights anchored again). Absent in older reports.
   */
  updated?: number;
  /** Highlights of updated articles whose passage could not be found again: kept, marked orphaned. */
  orphanedHighlights?: number;
  skipped: ImportProblem[];
  /** Imported, with something the user should know (e.g. broken front matter read as text). */
  warnings: ImportProblem[];
  /** Entries never read, grouped (unsupported types by extension, ignored names). Absent in older reports. */
  leftOut?: LeftOutGroup[];
  cancelled: boolean;
  seconds: number;
  /** When the import ended (ISO). Absent in older reports. */
  finishedAt?: string;
  /** The paths the user chose. Absent in older reports. */
  paths?: string[];
}
