// What only the Electron host can do for the renderer: native file dialogs and the app menu.
// In the browser host the renderer asks for paths in its own dialog instead.
import type { ExportFormat } from '../model/report';
import type { ApiEventListener, ZhiyanApi } from './contract';

export interface HostDialogs {
  pickProjectToOpen(): Promise<string | null>;
  pickNewProjectPath(): Promise<string | null>;
  pickCopyPath(suggestedName: string): Promise<string | null>;
  pickImportPaths(): Promise<string[] | null>;
  /** Where to write an export; the file name gets the format's extension. */
  pickExportPath(suggestedName: string, format: ExportFormat): Promise<string | null>;
  /** A REFI-QDA codebook (.qdc) to import. */
  pickCodebookFile(): Promise<string | null>;
}

export const HOST_DIALOG_METHODS = [
  'pickProjectToOpen',
  'pickNewProjectPath',
  'pickCopyPath',
  'pickImportPaths',
  'pickExportPath',
  'pickCodebookFile',
] as const satisfies readonly (keyof HostDialogs)[];

export type MenuCommand =
  | { kind: 'new-project' }
  | { kind: 'open-project' }
  | { kind: 'open-recent'; path: string }
  /** A project file the OS asked the app to open (double-click, a second launch, macOS open-file). */
  | { kind: 'open-file'; path: string }
  | { kind: 'open-demo' }
  | { kind: 'save-copy' }
  | { kind: 'import-folder' }
  | { kind: 'export-report' }
  | { kind: 'import-codebook' }
  | { kind: 'settings' }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** What the preload exposes as `window.zhiyan`, and nothing more. */
export interface ZhiyanBridge {
  api: ZhiyanApi;
  dialogs: HostDialogs;
  onEvent(listener: ApiEventListener): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * The path on disk of a file or folder dropped on the window (Electron's webUtils); '' when it has
   * none. Typed `object` because common/ knows no DOM: pass a `File`.
   */
  pathForFile(file: object): string;
}

/** IPC channel names, shared by the preload and the main process. */
export const IPC = {
  call: (method: string) => `zhiyan:api:${method}`,
  dialog: (method: string) => `zhiyan:dialog:${method}`,
  event: 'zhiyan:event',
  menu: 'zhiyan:menu',
} as const;
