// Asking the user for paths. In Electron the native dialogs answer; in the browser host there are
// none, so PathPromptDialog.vue asks for a typed path and this store resolves the pending promise.
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { HostDialogs } from '../../../src-main/common/api/host';
import { useApiClient } from '../api';

import { withExportExtension, type ExportFormat } from '../../../src-main/common/model/export-formats';

export type PathPromptKind =
  'newProject' | 'openProject' | 'saveCopy' | 'import' | 'exportReport' | 'importCodebook';

export interface PathPrompt {
  kind: PathPromptKind;
  /** Several paths, one per line (import only). */
  multiple: boolean;
  /** Project name used in the hint for a copy. */
  suggestedName: string;
  resolve: (paths: string[] | null) => void;
}

export const useDialogsStore = defineStore('dialogs', () => {
  const prompt = shallowRef<PathPrompt | null>(null);
  const native = (): HostDialogs | null => useApiClient().nativeDialogs;

  function askPaths(kind: PathPromptKind, suggestedName = ''): Promise<string[] | null> {
    // A second request while one is open (a shortcut pressed twice) gets no dialog of its own.
    if (prompt.value) return Promise.resolve(null);
    return new Promise((resolve) => {
      prompt.value = {
        kind,
        multiple: kind === 'import',
        suggestedName,
        resolve: (paths) => {
          prompt.value = null;
          resolve(paths);
        },
      };
    });
  }

  async function askPath(kind: PathPromptKind, suggestedName = ''): Promise<string | null> {
    const paths = await askPaths(kind, suggestedName);
    return paths?.[0] ?? null;
  }

  function pickProjectToOpen(): Promise<string | null> {
    return native()?.pickProjectToOpen() ?? askPath('openProject');
  }

  function pickNewProjectPath(): Promise<string | null> {
    return native()?.pickNewProjectPath() ?? askPath('newProject');
  }

  function pickCopyPath(suggestedName: string): Promise<string | null> {
    return native()?.pickCopyPath(suggestedName) ?? askPath('saveCopy', suggestedName);
  }

  function pickImportPaths(): Promise<string[] | null> {
    return native()?.pickImportPaths() ?? askPaths('import');
  }

  function pickExportPath(suggestedName: string, format: ExportFormat): Promise<string | null> {
    return (
      native()?.pickExportPath(suggestedName, format) ??
      askPath('exportReport', withExportExtension(suggestedName, format))
    );
  }

  function pickCodebookFile(): Promise<string | null> {
    return native()?.pickCodebookFile() ?? askPath('importCodebook');
  }

  return {
    prompt,
    pickProjectToOpen,
    pickNewProjectPath,
    pickCopyPath,
    pickImportPaths,
    pickExportPath,
    pickCodebookFile,
  };
});
