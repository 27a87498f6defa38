import type { ApiError } from '../api/errors';

export type Locale = 'zh-CN' | 'en';

export interface ProjectInfo {
  path: string;
  /** File name without the .zhiyan extension. */
  name: string;
  schemaVersion: number;
  articleCount: number;
  isDemo: boolean;
  /** Set when opening migrated an older project; the pre-migration copy is kept here. */
  migratedFromBackup: string | null;
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

export interface ImportSkip {
  file: string;
  reason: string;
}

export interface ImportReport {
  batchId: number;
  filesSeen: number;
  imported: number;
  duplicates: number;
  skipped: ImportSkip[];
  cancelled: boolean;
  seconds: number;
}
