// Native file dialogs for the renderer (HostDialogs). Each dialog is modal to the main window and
// titled in the language the engine's settings hold.
import path from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { HostDialogs } from '../common/api/host';
import type { Locale } from '../common/model/project';
import type { EngineClient } from '../node/engine/engine-client';
import {
  codebookFileOptions,
  exportPathOptions,
  importPathsOptions,
  withExportExtension,
  newProjectOptions,
  openProjectOptions,
  saveCopyOptions,
  withProjectExtension,
} from './dialog-options';

export async function currentLocale(engine: Pick<EngineClient, 'call'>): Promise<Locale> {
  const state = await engine.call('getAppState', {});
  return state.ok ? state.value.locale : 'zh-CN';
}

export function createNativeDialogs(
  engine: Pick<EngineClient, 'call'>,
  getWindow: () => BrowserWindow | null,
): HostDialogs {
  const documentsDir = (): string => app.getPath('documents');

  const pickOpen = async (options: OpenDialogOptions): Promise<string[] | null> => {
    const window = getWindow();
    const answer = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths;
  };
  const pickSave = async (
    options: SaveDialogOptions,
    withExtension: (filePath: string) => string = withProjectExtension,
  ): Promise<string | null> => {
    const window = getWindow();
    const answer = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return answer.canceled || !answer.filePath ? null : withExtension(path.resolve(answer.filePath));
  };

  return {
    async pickProjectToOpen() {
      const paths = await pickOpen(openProjectOptions(await currentLocale(engine)));
      return paths?.[0] ?? null;
    },
    async pickNewProjectPath() {
      return pickSave(newProjectOptions(await currentLocale(engine), documentsDir()));
    },
    async pickCopyPath(suggestedName) {
      return pickSave(saveCopyOptions(await currentLocale(engine), documentsDir(), suggestedName));
    },
    async pickImportPaths() {
      return pickOpen(importPathsOptions(await currentLocale(engine), process.platform));
    },
    async pickExportPath(suggestedName, format) {
      const options = exportPathOptions(await currentLocale(engine), documentsDir(), suggestedName, format);
      return pickSave(options, (filePath) => withExportExtension(filePath, format));
    },
    async pickCodebookFile() {
      const paths = await pickOpen(codebookFileOptions(await currentLocale(engine)));
      return paths?.[0] ?? null;
    },
  } satisfies HostDialogs;
}
