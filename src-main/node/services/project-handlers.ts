// The app-state and project-lifecycle methods of the contract: language, reader preferences, and
// creating, opening, closing, copying and restoring projects, and applying edits kept aside. No project may change under a running
// import, so each change asks the import service first.
import type { ZhiyanHandlers } from '../../common/api/contract';
import fs from 'node:fs';
import { applyRecoveryFile, listRecoveryFiles } from '../db/journal-recovery';
import { parseRecords } from '../durability/journal';
import { collectDiagnostics } from './diagnostics';
import type { ProjectSession } from './project-session';

export type ProjectHandlers = Pick<
  ZhiyanHandlers,
  | 'getAppState'
  | 'getDiagnostics'
  | 'clearRecentProjects'
  | 'setLocale'
  | 'setReaderPreferences'
  | 'createProject'
  | 'openProject'
  | 'openDemoProject'
  | 'closeProject'
  | 'saveProjectCopy'
  | 'listBackups'
  | 'restoreBackup'
  | 'applyJournalRecovery'
  | 'listJournalRecoveries'
>;

export function projectHandlers(session: ProjectSession): ProjectHandlers {
  const { settings, projects, importer } = session;
  return {
    getAppState: async () => session.appState(),
    getDiagnostics: async () => collectDiagnostics(session.appState()),
    clearRecentProjects: async () => {
      settings.clearRecentProjects();
      // No event says "the app state changed"; projectChanged (same project) makes every window and
      // the Electron menu read it again, and changes nothing else (views reset on another project).
      session.emit('projectChanged', { project: session.projects.info() });
      return session.appState();
    },
    setLocale: async ({ locale }) => {
      settings.setLocale(locale);
      return session.appState();
    },
    setReaderPreferences: async (changes) => {
      settings.setReaderPreferences(changes);
      return session.appState();
    },
    createProject: async ({ path: target }) => {
      importer.assertIdle();
      return session.projectChanged(await projects.create(target));
    },
    openProject: async ({ path: target }) => {
      importer.assertIdle();
      return session.projectChanged(await projects.open(target));
    },
    openDemoProject: async () => {
      importer.assertIdle();
      return session.projectChanged(await session.openDemo());
    },
    closeProject: async () => {
      importer.assertIdle();
      projects.close();
      return session.projectChanged(null);
    },
    saveProjectCopy: async ({ path: target }) => projects.saveCopy(target),
    listBackups: async ({ path: target }) => projects.listBackups(target),
    restoreBackup: async ({ path: target, backupPath }) => {
      importer.assertIdle();
      return session.projectChanged(await projects.restoreBackup(target, backupPath));
    },
    // Edits kept aside from a damaged journal, applied on purpose (db/journal-recovery.ts).
    applyJournalRecovery: async ({ path: file }) => {
      const result = applyRecoveryFile(projects.requireStore(), file);
      session.emit('libraryChanged', { reason: 'edit' });
      return result;
    },
    listJournalRecoveries: async ({ path: target }) =>
      listRecoveryFiles(target).map((file) => ({
        file,
        records: parseRecords(fs.readFileSync(file)).length,
      })),
  };
}
