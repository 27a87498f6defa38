// The engine's long-lived state, in one place: the app settings, the open project, the import
// service, the search catalogue of the open project, and why the last start failed. The handler
// groups (project-handlers, library-handlers, search-handlers, ...) are thin over this.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiError } from '../../common/api/errors';
import { ApiFailure } from '../../common/api/errors';
import type { AppState, ImportReport } from '../../common/model/project';
import type { ProjectStore, StoreOptions } from '../db/project-store';
import { SearchCatalogue } from '../search/search-catalogue';
import { AppSettings } from './app-settings';
import type { EngineContext, EventSink } from './engine-context';
import { ImportService } from './import-service';
import type { PdfPrinter } from './pdf/headless-chromium-printer';
import { ProjectService } from './project-service';

export interface SessionOptions {
  /** null: keep settings in memory only (the CLI must not change the app's recent projects). */
  dataDir: string | null;
  /** The app's resources folder; the demo corpus is `demo-corpus/` inside it. */
  resourcesDir: string;
  host: AppState['host'];
  appVersion: string;
  extractionWorkerPath?: string;
  storeOptions?: StoreOptions;
  pdfPrinter?: PdfPrinter;
}

export class ProjectSession {
  readonly settings: AppSettings;
  readonly projects: ProjectService;
  readonly importer: ImportService;
  readonly demoPath: string | null;
  /** Why the last project could not be reopened at start; cleared by the next project change. */
  startupError: ApiError | null = null;
  // One catalogue per open project, dropped with it.
  private readonly catalogues = new WeakMap<ProjectStore, SearchCatalogue>();

  constructor(
    private readonly options: SessionOptions,
    readonly emit: EventSink,
  ) {
    const { dataDir } = options;
    this.settings = new AppSettings(dataDir ? path.join(dataDir, 'settings.json') : null);
    this.projects = new ProjectService(this.settings, options.storeOptions);
    this.importer = new ImportService(options.extractionWorkerPath ?? null);
    this.demoPath = dataDir ? path.join(dataDir, 'demo', 'demo.zhiyan') : null;
    if (this.demoPath) this.projects.setDemoPath(this.demoPath);
  }

  /** What the annotation and report handlers borrow. */
  get context(): EngineContext {
    return {
      requireStore: () => this.projects.requireStore(),
      catalogueOf: (store) => this.catalogueOf(store),
      emit: this.emit,
      pdfPrinter: this.options.pdfPrinter,
    };
  }

  catalogueOf(store: ProjectStore): SearchCatalogue {
    let catalogue = this.catalogues.get(store);
    if (!catalogue) this.catalogues.set(store, (catalogue = new SearchCatalogue(store)));
    return catalogue;
  }

  /** Search's memory of the open project fills in the background, after it opens and after imports. */
  fillSearchMemory(): void {
    if (this.projects.info()) this.catalogueOf(this.projects.requireStore()).memory.fillInBackground();
  }

  projectChanged<T>(value: T): T {
    this.startupError = null;
    this.emit('projectChanged', { project: this.projects.info() });
    this.fillSearchMemory();
    return value;
  }

  appState(): AppState {
    return {
      appVersion: this.options.appVersion,
      locale: this.settings.locale,
      readerPreferences: this.settings.readerPreferences,
      recentProjects: this.settings.recentProjects,
      project: this.projects.info(),
      host: this.options.host,
      startupError: this.startupError,
    };
  }

  runImport(paths: string[]): Promise<ImportReport> {
    return this.importer.importPaths(this.projects.requireStore(), paths, {
      onProgress: (progress) => this.emit('importProgress', progress),
      onBatchStored: () => this.emit('libraryChanged', { reason: 'import' }),
    });
  }

  async openDemo() {
    const demoPath = this.demoPath;
    if (!demoPath) throw new ApiFailure('INVALID_ARGUMENT', 'The demo project needs a user data folder.');
    if (fs.existsSync(demoPath)) return this.projects.open(demoPath, { isDemo: true });
    // Built under a temporary name and renamed when complete, so a crash never leaves half a demo.
    const building = `${demoPath}.building-${process.pid}.zhiyan`;
    fs.rmSync(building, { force: true });
    await this.projects.create(building, { isDemo: true });
    await this.runImport([path.join(this.options.resourcesDir, 'demo-corpus')]);
    this.projects.closeCurrent();
    fs.renameSync(building, demoPath);
    return this.projects.open(demoPath, { isDemo: true });
  }

  /** Reopens the last project, or builds the demo project on the very first start. */
  async start(toError: (error: unknown) => ApiError): Promise<void> {
    const last = this.settings.lastProjectPath;
    try {
      if (last && fs.existsSync(last)) await this.projects.open(last, { isDemo: last === this.demoPath });
      else if (this.settings.firstRun && this.demoPath) await this.openDemo();
      this.fillSearchMemory();
    } catch (error) {
      this.startupError = toError(error);
    }
  }

  /** Stops a running import, writes the last snapshot and releases the project. */
  async shutdown(): Promise<void> {
    await this.importer.stop();
    this.projects.closeCurrent();
  }
}
