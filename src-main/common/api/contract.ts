// The one contract between the UI and the engine. The Electron IPC handlers, the preload bridge,
// the browser host, the CLI and the renderer's client are all built from this file: `API_METHODS`
// names every method, `ApiResults` types the answers, `ApiEvents` the events. The argument schemas
// (zod) live in schemas.ts, so the sandboxed preload and the renderer need no zod at run time.
import type { z } from 'zod';
import type {
  AutocodeResult,
  Code,
  CodedPassagePage,
  Highlight,
  Memo,
  TagCount,
  UndoState,
} from '../model/annotation';
import type { Article, ArticlePage, Note } from '../model/article';
import type { Diagnostics } from '../model/diagnostics';
import type {
  AppState,
  BackupInfo,
  ImportProgress,
  ImportReport,
  ImportState,
  ProjectInfo,
} from '../model/project';
import type { CodebookImportResult, ExportProgress, ExportResult, ReportPreview } from '../model/report';
import type { SavedSearch, SearchFacets, SearchResult } from '../model/search';
import type { Result } from './errors';
import type { apiSchemas } from './schemas';

/** Codebook, highlights, tags, memos, auto-coding and undo (node/services/annotation-handlers.ts). */
export const ANNOTATION_METHODS = [
  'listCodes',
  'createCode',
  'updateCode',
  'mergeCodes',
  'deleteCode',
  'listCodedPassages',
  'listHighlights',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'listTags',
  'tagArticles',
  'untagArticles',
  'deleteArticles',
  'listMemos',
  'saveMemo',
  'deleteMemo',
  'autocode',
  'getUndoState',
  'undo',
  'redo',
] as const;

/** Corrections by hand of article metadata (node/services/article-edits/edit-handlers.ts). */
export const ARTICLE_EDIT_METHODS = ['editArticle', 'editArticles'] as const;

/** Reports and exchange formats (node/report/report-handlers.ts). */
export const REPORT_METHODS = ['previewReport', 'exportReport', 'importCodebook', 'cancelExport'] as const;

export const API_METHODS = [
  'getAppState',
  'getDiagnostics',
  'clearRecentProjects',
  'setLocale',
  'setReaderPreferences',
  'createProject',
  'openProject',
  'openDemoProject',
  'closeProject',
  'saveProjectCopy',
  'listBackups',
  'restoreBackup',
  'listArticles',
  'getArticle',
  'getArticleNote',
  'saveArticleNote',
  'importPaths',
  'cancelImport',
  'search',
  'searchFacets',
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
  ...ANNOTATION_METHODS,
  ...REPORT_METHODS,
  'getOriginalText',
  'applyJournalRecovery',
  'listJournalRecoveries',
  ...ARTICLE_EDIT_METHODS,
  'getImportState',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export interface ApiResults {
  getAppState: AppState;
  /** Versions, system, project size and the last logged errors, for a problem report (no article text). */
  getDiagnostics: Diagnostics;
  /** Forgets the recent projects (File → 最近的项目 → 清除列表); the app state after it. */
  clearRecentProjects: AppState;
  setLocale: AppState;
  setReaderPreferences: AppState;
  createProject: ProjectInfo;
  openProject: ProjectInfo;
  openDemoProject: ProjectInfo;
  closeProject: null;
  saveProjectCopy: { path: string };
  listBackups: BackupInfo[];
  restoreBackup: ProjectInfo;
  listArticles: ArticlePage;
  getArticle: Article;
  getArticleNote: Note | null;
  saveArticleNote: Note | null;
  importPaths: ImportReport;
  cancelImport: { cancelled: boolean };
  search: SearchResult;
  searchFacets: SearchFacets;
  listSavedSearches: SavedSearch[];
  saveSearch: SavedSearch;
  deleteSavedSearch: null;
  listCodes: Code[];
  createCode: Code;
  updateCode: Code;
  /** The code the passages were merged into. */
  mergeCodes: Code;
  deleteCode: null;
  listCodedPassages: CodedPassagePage;
  listHighlights: Highlight[];
  createHighlight: Highlight;
  updateHighlight: Highlight;
  deleteHighlight: null;
  listTags: TagCount[];
  tagArticles: { changed: number };
  untagArticles: { changed: number };
  deleteArticles: { deleted: number };
  listMemos: Memo[];
  saveMemo: Memo;
  deleteMemo: null;
  autocode: AutocodeResult;
  getUndoState: UndoState;
  undo: UndoState;
  redo: UndoState;
  previewReport: ReportPreview;
  exportReport: ExportResult;
  importCodebook: CodebookImportResult;
  cancelExport: { cancelled: boolean };
  /** An article's original text alone: the reader asks for it when "对照原文" is shown. */
  getOriginalText: string;
  /** Edits kept aside from a damaged journal, applied to the open project (journal-recovery.ts). */
  applyJournalRecovery: { applied: number; file: string };
  /** The files of edits kept aside from a damaged journal, beside a project, with their record counts. */
  listJournalRecoveries: { file: string; records: number }[];
  /** The article as it now is. */
  editArticle: Article;
  editArticles: { changed: number };
  /** The running import's progress (null when none runs) and the last imports' reports. */
  getImportState: ImportState;
}

/** What a caller passes (defaults may be left out). */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
/** What the engine receives after validation (defaults filled in). */
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;

/** Every method: one JSON-safe argument object in, a JSON-safe Result out. */
export type ZhiyanApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<Result<ApiResults[M]>>;
};

/** The engine's side: arguments already validated. */
export type ZhiyanHandlers = {
  [M in ApiMethod]: (args: ApiParsedArgs<M>) => Promise<ApiResults[M]>;
};

export interface ApiEvents {
  importProgress: ImportProgress;
  importFinished: ImportReport;
  libraryChanged: { reason: 'import' | 'edit' | 'delete' };
  savedSearchesChanged: { savedSearches: SavedSearch[] };
  projectChanged: { project: ProjectInfo | null };
  /**
   * Highlights, codes or tags changed (by the UI, the CLI, undo or auto-coding). `articleIds`: the
   * articles whose highlights or tags changed, null for "any"; `codebook`: codes or counts changed.
   */
  annotationsChanged: { articleIds: number[] | null; codebook: boolean };
  undoChanged: UndoState;
  exportProgress: ExportProgress;
  /**
   * Article notes or memos changed (saved by any window, tab or the CLI, or by undo):
   * `articleIds`: the articles whose note changed; `memos`: whether any memo did.
   */
  notesChanged: { articleIds: number[]; memos: boolean };
}

export type ApiEventName = keyof ApiEvents;
export const API_EVENTS: readonly ApiEventName[] = [
  'importProgress',
  'importFinished',
  'libraryChanged',
  'savedSearchesChanged',
  'projectChanged',
  'annotationsChanged',
  'undoChanged',
  'exportProgress',
  'notesChanged',
];

/**
 * `target`: the one client the event is for (its own undo state), as the engine names clients
 * (node/services/client-scope.ts); hosts deliver it to that window or tab only. Unset: everyone.
 */
export type ApiEventListener = <E extends ApiEventName>(name: E, payload: ApiEvents[E], target?: string) => void;

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}
