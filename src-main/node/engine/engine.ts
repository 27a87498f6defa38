// The engine: the contract implemented once over the services. The worker thread (Electron and the
// browser host) and the CLI all drive this same object through `dispatch`.
import fs from 'node:fs';
import path from 'node:path';
import { isApiMethod, type ApiMethod, type ApiResults, type ZhiyanHandlers } from '../../common/api/contract';
import { ApiFailure, fail, ok, type ApiError, type Result } from '../../common/api/errors';
import { apiSchemas } from '../../common/api/schemas';
import type { AppState } from '../../common/model/project';
import type { StoreOptions } from '../db/project-store';
import { AppSettings } from '../services/app-settings';
import { ImportService } from '../services/import-service';
import { getArticle, listArticles } from '../services/library-service';
import { readArticleNote, writeArticleNote } from '../services/notes-service';
import { ProjectService } from '../services/project-service';
import { SavedSearches } from '../services/saved-searches';
import { SearchCatalogue } from '../search/search-catalogue';
import { search, searchFacets } from '../search/search-service';
import type { ProjectStore } from '../db/project-store';
import type { PdfPrinter } from '../report/print-pdf';
import { reportHandlers } from '../report/report-handlers';
import { annotationHandlers } from '../services/annotation-handlers';
import type { EngineContext, EventSink } from '../services/engine-context';
import type { EngineOptions } from './engine-protocol';

export type { EventSink } from '../services/engine-context';

export interface Engine {
  handlers: ZhiyanHandlers;
  /** Validates raw arguments, runs the method, and turns every outcome into a Result. */
  dispatch(method: string, rawArgs: unknown): Promise<Result<unknown>>;
  /** Reopens the last project, or builds the demo project on the very first start. */
  start(): Promise<void>;
  /** Stops a running import, writes the last snapshot and releases the project. */
  shutdown(): Promise<void>;
}

export interface CreateEngineOptions extends Omit<EngineOptions, 'dataDir'> {
  /** null: keep settings in memory only (the CLI must not change the app's recent projects). */
  dataDir: string | null;
  storeOptions?: StoreOptions;
  /** How this host prints PDF reports (Electron: its own window); unset: headless system Chromium. */
  pdfPrinter?: PdfPrinter;
}

export function createEngine(options: CreateEngineOptions, emit: EventSink = () => {}): Engine {
  const settings = new AppSettings(options.dataDir ? path.join(options.dataDir, 'settings.json') : null);
  const projects = new ProjectService(settings, options.storeOptions);
  const importer = new ImportService(options.extractionWorkerPath ?? null);
  const demoPath = options.dataDir ? path.join(options.dataDir, 'demo', 'demo.zhiyan') : null;
  if (demoPath) projects.setDemoPath(demoPath);
  let startupError: ApiError | null = null;
  // One catalogue per open project, dropped with it.
  const catalogues = new WeakMap<ProjectStore, SearchCatalogue>();
  const catalogueOf = (store: ProjectStore): SearchCatalogue => {
    let catalogue = catalogues.get(store);
    if (!catalogue) catalogues.set(store, (catalogue = new SearchCatalogue(store)));
    return catalogue;
  };
  const savedSearches = new SavedSearches((list) => emit('savedSearchesChanged', { savedSearches: list }));

  // Search's memory of the open project fills in the background, after it opens and after imports.
  const fillSearchMemory = () => {
    if (projects.info()) catalogueOf(projects.requireStore()).memory.fillInBackground();
  };

  const projectChanged = <T>(value: T): T => {
    startupError = null;
    emit('projectChanged', { project: projects.info() });
    fillSearchMemory();
    return value;
  };

  const appState = (): AppState => ({
    appVersion: options.appVersion,
    locale: settings.locale,
    readerPreferences: settings.readerPreferences,
    recentProjects: settings.recentProjects,
    project: projects.info(),
    host: options.host,
    startupError,
  });

  const runImport = (paths: string[]) =>
    importer.importPaths(projects.requireStore(), paths, {
      onProgress: (progress) => emit('importProgress', progress),
      onBatchStored: () => emit('libraryChanged', { reason: 'import' }),
    });

  const openDemo = async () => {
    if (!demoPath) throw new ApiFailure('INVALID_ARGUMENT', 'The demo project needs a user data folder.');
    if (fs.existsSync(demoPath)) return projects.open(demoPath, { isDemo: true });
    // Built under a temporary name and renamed when complete, so a crash never leaves half a demo.
    const building = `${demoPath}.building-${process.pid}.zhiyan`;
    fs.rmSync(building, { force: true });
    await projects.create(building, { isDemo: true });
    await runImport([path.join(options.resourcesDir, 'demo-corpus')]);
    projects.closeCurrent();
    fs.renameSync(building, demoPath);
    return projects.open(demoPath, { isDemo: true });
  };

  const context: EngineContext = {
    requireStore: () => projects.requireStore(),
    catalogueOf,
    emit,
    pdfPrinter: options.pdfPrinter,
  };

  const handlers: ZhiyanHandlers = {
    getAppState: async () => appState(),
    setLocale: async ({ locale }) => {
      settings.setLocale(locale);
      return appState();
    },
    setReaderPreferences: async (changes) => {
      settings.setReaderPreferences(changes);
      return appState();
    },
    createProject: async ({ path: target }) => {
      importer.assertIdle();
      return projectChanged(await projects.create(target));
    },
    openProject: async ({ path: target }) => {
      importer.assertIdle();
      return projectChanged(await projects.open(target));
    },
    openDemoProject: async () => {
      importer.assertIdle();
      return projectChanged(await openDemo());
    },
    closeProject: async () => {
      importer.assertIdle();
      projects.close();
      return projectChanged(null);
    },
    saveProjectCopy: async ({ path: target }) => projects.saveCopy(target),
    listBackups: async ({ path: target }) => projects.listBackups(target),
    restoreBackup: async ({ path: target, backupPath }) => {
      importer.assertIdle();
      return projectChanged(await projects.restoreBackup(target, backupPath));
    },
    listArticles: async ({ offset, limit, sort, tags }) =>
      listArticles(projects.requireStore(), offset, limit, sort, tags),
    getArticle: async ({ id }) => getArticle(projects.requireStore(), id),
    getArticleNote: async ({ articleId }) => readArticleNote(projects.requireStore(), articleId),
    saveArticleNote: async ({ articleId, body }) => {
      const note = writeArticleNote(projects.requireStore(), articleId, body);
      emit('libraryChanged', { reason: 'edit' });
      return note;
    },
    importPaths: async ({ paths }) => {
      const report = await runImport(paths);
      emit('importFinished', report);
      fillSearchMemory();
      emit('projectChanged', { project: projects.info() });
      return report;
    },
    cancelImport: async () => ({ cancelled: importer.cancel() }),
    getImportState: async () => importer.state(projects.info() ? projects.requireStore() : null),
    search: async (request) => {
      const store = projects.requireStore();
      return search(store, catalogueOf(store), request);
    },
    searchFacets: async () => {
      const store = projects.requireStore();
      return searchFacets(store, catalogueOf(store));
    },
    listSavedSearches: async () => savedSearches.list(projects.requireStore()),
    saveSearch: async ({ name, query, filters }) =>
      savedSearches.save(projects.requireStore(), name, query, filters),
    deleteSavedSearch: async ({ id }) => {
      savedSearches.delete(projects.requireStore(), id);
      return null;
    },
    ...annotationHandlers(context),
    ...reportHandlers(context),
  };

  const dispatch = async (method: string, rawArgs: unknown): Promise<Result<unknown>> => {
    if (!isApiMethod(method)) return fail('INVALID_ARGUMENT', `Unknown method ${String(method)}.`);
    const parsed = apiSchemas[method].safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return fail('INVALID_ARGUMENT', `Invalid arguments for ${method}: ${parsed.error.message}`, {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String),
          message: issue.message,
        })),
      });
    }
    try {
      // The schema for `method` produced `parsed.data`, so it is the handler's argument type.
      const handler = handlers[method] as (args: unknown) => Promise<ApiResults[ApiMethod]>;
      return ok(await handler(parsed.data));
    } catch (error) {
      return toFailure(error);
    }
  };

  return {
    handlers,
    dispatch,
    async start() {
      const last = settings.lastProjectPath;
      try {
        if (last && fs.existsSync(last)) await projects.open(last, { isDemo: last === demoPath });
        else if (settings.firstRun && demoPath) await openDemo();
        fillSearchMemory();
      } catch (error) {
        startupError = toFailure(error).error;
      }
    },
    async shutdown() {
      await importer.stop();
      projects.closeCurrent();
    },
  };
}

export function toFailure(error: unknown): { ok: false; error: ApiError } {
  if (error instanceof ApiFailure)
    return fail(error.code, error.message, error.detail) as { ok: false; error: ApiError };
  console.error('[zhiyan] internal error:', error);
  const message = error instanceof Error ? error.message : String(error);
  return fail('INTERNAL_ERROR', message) as { ok: false; error: ApiError };
}
