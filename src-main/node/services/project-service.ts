// Which project is open, and the operations on the project file as a whole.
import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../common/api/errors';
import type { BackupInfo, ProjectInfo } from '../../common/model/project';
import { listBackups, setAsideDamaged } from '../durability/backups';
import { copyFileAtomic } from '../durability/atomic-write';
import { countArticles } from '../db/repositories/articles-repo';
import { journalPathFor, PROJECT_EXTENSION, ProjectStore, type StoreOptions } from '../db/project-store';
import { ensureSearchIndex } from '../search/search-index';
import { acquireProjectLock } from '../db/project-lock';
import type { AppSettings } from './app-settings';

export class ProjectService {
  private store: ProjectStore | null = null;
  private demoPath: string | null = null;

  constructor(
    private readonly settings: AppSettings,
    private readonly storeOptions: StoreOptions = {},
  ) {}

  /** The open project's store; NO_PROJECT_OPEN when there is none. */
  requireStore(): ProjectStore {
    if (!this.store)
      throw new ApiFailure('NO_PROJECT_OPEN', 'No project is open. Open or create a project first.');
    return this.store;
  }

  get current(): ProjectStore | null {
    return this.store;
  }

  info(): ProjectInfo | null {
    const store = this.store;
    if (!store) return null;
    return {
      path: store.path,
      name: path.basename(store.path, PROJECT_EXTENSION),
      schemaVersion: store.schemaVersion,
      articleCount: store.read(countArticles),
      isDemo: store.path === this.demoPath,
      migratedFromBackup: store.migratedFromBackup,
      journalDamage: store.journalDamage,
    };
  }

  async create(projectPath: string, options: { isDemo?: boolean } = {}): Promise<ProjectInfo> {
    const target = withExtension(projectPath);
    const store = await ProjectStore.create(target, this.storeOptions);
    this.swapIn(store, options.isDemo ?? false);
    return this.info()!;
  }

  async open(projectPath: string, options: { isDemo?: boolean } = {}): Promise<ProjectInfo> {
    const target = path.resolve(projectPath);
    if (this.store?.path === target) return this.info()!;
    const store = await ProjectStore.open(target, this.storeOptions);
    this.swapIn(store, options.isDemo ?? false);
    return this.info()!;
  }

  close(): void {
    this.closeCurrent();
    this.settings.projectClosed();
  }

  /** Closes without forgetting it as the project to reopen next time (app shutdown). */
  closeCurrent(): void {
    const store = this.store;
    this.store = null;
    store?.close();
  }

  saveCopy(target: string): { path: string } {
    const store = this.requireStore();
    const destination = withExtension(target);
    if (destination === store.path) {
      throw new ApiFailure('PROJECT_ALREADY_EXISTS', 'A copy cannot replace the open project itself.', {
        path: destination,
      });
    }
    if (fs.existsSync(destination)) {
      throw new ApiFailure('PROJECT_ALREADY_EXISTS', `A file already exists at ${destination}.`, {
        path: destination,
      });
    }
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    store.saveCopy(destination);
    return { path: destination };
  }

  listBackups(projectPath: string): BackupInfo[] {
    return listBackups(path.resolve(projectPath));
  }

  /** Sets the (damaged) project aside as a 'damaged' backup, puts the chosen backup in its place, opens it. */
  async restoreBackup(projectPath: string, backupPath: string): Promise<ProjectInfo> {
    const target = path.resolve(projectPath);
    const backup = listBackups(target).find((b) => b.path === path.resolve(backupPath));
    if (!backup) {
      throw new ApiFailure('BACKUP_NOT_FOUND', `No backup ${backupPath} for ${target}.`, {
        path: backupPath,
      });
    }
    if (this.store?.path === target) this.closeCurrent();
    // Never swap the file under another process that has it open (the app while the CLI restores).
    const release = acquireProjectLock(target);
    try {
      if (fs.existsSync(target)) setAsideDamaged(target);
      // The journal belongs to the damaged file's history, not to the backup's.
      const journal = journalPathFor(target);
      if (fs.existsSync(journal)) fs.renameSync(journal, `${journal}.damaged-${Date.now()}`);
      copyFileAtomic(backup.path, target);
    } finally {
      release();
    }
    return this.open(target);
  }

  setDemoPath(demoPath: string): void {
    this.demoPath = path.resolve(demoPath);
  }

  private swapIn(store: ProjectStore, isDemo: boolean): void {
    // A project from before search (schema < 3), or indexed by an older tokenizer, is indexed once.
    ensureSearchIndex(store);
    this.closeCurrent();
    this.store = store;
    const name = path.basename(store.path, PROJECT_EXTENSION);
    this.settings.projectOpened(store.path, name, !isDemo && store.path !== this.demoPath);
  }
}

function withExtension(projectPath: string): string {
  const resolved = path.resolve(projectPath.trim());
  return resolved.toLowerCase().endsWith(PROJECT_EXTENSION) ? resolved : `${resolved}${PROJECT_EXTENSION}`;
}
