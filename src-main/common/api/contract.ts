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

/** Reports and exchange formats (node/report/report-handlers.ts). */
export const REPORT_METHODS = ['previewReport', 'exportReport', 'importCodebook'] as const;

export const API_METHODS = [
  'getAppState',
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
  'getImportState',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export interface ApiResults {
  getAppState: AppState;
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
];

export type ApiEventListener = <E extends ApiEventName>(name: E, payload: ApiEvents[E]) => void;

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}
