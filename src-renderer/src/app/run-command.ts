// The app's commands, reached from the File menu, the Electron app menu and keyboard shortcuts
// alike, so each does the same thing whichever way it was asked for.
import type { MenuCommand } from '../../../src-main/common/api/host';
import { useAppStore } from './app';
import { useDialogsStore } from './dialogs';
import { importCodebookFromFile } from '../features/codebook/codebook-import';
import { useExportsStore } from '../features/export/exports';
import { useImporterStore } from '../features/import/importer';
import { useNotesStore } from '../features/notes/notes';
import { useUndoStore } from './undo';
import { isTextInput } from '../ui/keyboard';

export type Command = MenuCommand | { kind: 'close-project' } | { kind: 'clear-recent' };

export async function runCommand(command: Command): Promise<void> {
  const app = useAppStore();
  const dialogs = useDialogsStore();
  switch (command.kind) {
    case 'new-project': {
      const path = await dialogs.pickNewProjectPath();
      if (path) await switchProject(() => app.createProject(path));
      return;
    }
    case 'open-project': {
      const path = await dialogs.pickProjectToOpen();
      if (path) await switchProject(() => app.openProject(path));
      return;
    }
    case 'open-recent':
    case 'open-file':
      await switchProject(() => app.openProject(command.path));
      return;
    case 'open-demo':
      await switchProject(() => app.openDemoProject());
      return;
    case 'close-project':
      await switchProject(() => app.closeProject());
      return;
    case 'clear-recent':
      await app.clearRecentProjects();
      return;
    case 'save-copy': {
      if (!app.project) return;
      await useNotesStore().flush();
      const path = await dialogs.pickCopyPath(app.project.name);
      if (path) await app.saveProjectCopy(path);
      return;
    }
    case 'import-folder': {
      if (!app.project) return;
      const paths = await dialogs.pickImportPaths();
      if (paths && paths.length > 0) await useImporterStore().start(paths);
      return;
    }
    case 'export-report':
      if (!app.project) return;
      await useNotesStore().flush();
      useExportsStore().show();
      return;
    case 'import-codebook':
      if (app.project) await importCodebookFromFile();
      return;
    case 'settings':
      app.settingsOpen = true;
      return;
    case 'undo':
    case 'redo':
      // In a text field the menu means the field's own undo; elsewhere the project's history.
      if (isTextInput(document.activeElement)) document.execCommand(command.kind);
      else await useUndoStore()[command.kind]();
      return;
  }
}

/** Saves the open note before the project under it changes. */
async function switchProject(action: () => Promise<unknown>): Promise<void> {
  await useNotesStore().flush();
  await action();
}
