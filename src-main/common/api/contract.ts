// The one contract between the UI and the engine. The Electron IPC handlers, the preload bridge,
// the browser host, the CLI and the renderer's client are all built from this file: `API_METHODS`
// names every method, `ApiResults` types the answers, `ApiEvents` the events. The argument schemas
// (zod) live in schemas.ts, so the sandboxed preload and the renderer need no zod at run time.
import type { z } from 'zod';
import type { Article, ArticlePage, Note } from '../model/article';
import type { AppState, BackupInfo, ImportProgress, ImportReport, ProjectInfo } from '../model/project';
import type { SavedSearch, SearchFacets, SearchResult } from '../model/search';
import type { Result } from './errors';
import type { apiSchemas } from './schemas';

export const API_METHODS = [
  'getAppState',
  'setLocale',
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
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export interface ApiResults {
  getAppState: AppState;
  setLocale: AppState;
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
}

export type ApiEventName = keyof ApiEvents;
export const API_EVENTS: readonly ApiEventName[] = [
  'importProgress',
  'importFinished',
  'libraryChanged',
  'savedSearchesChanged',
  'projectChanged',
];

export type ApiEventListener = <E extends ApiEventName>(name: E, payload: ApiEvents[E]) => void;

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}
