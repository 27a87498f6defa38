// Binds the contract to IPC. Every API method is forwarded to the engine worker, which validates
// the arguments with the contract's schemas; this side only checks who is asking. Failures travel
// as `Result` data: ipcMain.handle would reduce a thrown error to its message.
import type { IpcMain, WebContents } from 'electron';
import { API_METHODS, type ApiMethod, type ApiResults } from '../common/api/contract';
import { fail, type Result } from '../common/api/errors';
import { HOST_DIALOG_METHODS, IPC, type HostDialogs } from '../common/api/host';
import { isExportFormat, type ExportFormat } from '../common/model/export-formats';
import type { EngineClient } from '../node/engine/engine-client';
import type { AppLocation } from './app-location';
import { isTrustedSender } from './security';
import { log } from '../node/log/logger';

/** One forwarder per contract method, built from the method list, so none can be missing. */
export type ApiForwarders = {
  [M in ApiMethod]: (args: unknown, client: string) => Promise<Result<ApiResults[M]>>;
};

export function apiForwarders(engine: Pick<EngineClient, 'call'>): ApiForwarders {
  // Object.fromEntries loses the per-key types; the keys are exactly API_METHODS.
  return Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (args: unknown, client: string) => engine.call(method, args, client),
    ]),
  ) as ApiForwarders;
}

/**
 * The engine's name for a window: its web contents' id, stable across reloads of the window and
 * never shared by two windows, so each window has its own undo history and its own events.
 */
export function windowClientId(contents: Pick<WebContents, 'id'>): string {
  return `window:${contents.id}`;
}

type HostDialogMethod = (typeof HOST_DIALOG_METHODS)[number];

/** The renderer's dialog arguments are untrusted too: only a short plain file name gets through. */
export function safeSuggestedName(value: unknown): string {
  if (typeof value !== 'string') return '';
  const isControl = (char: string): boolean => char.charCodeAt(0) < 0x20;
  // By code point, so a character outside the BMP (𠮷) is never cut in half.
  const chars = [...value.replace(/[\\/:*?"<>|]/g, '').trim()].filter((char) => !isControl(char));
  return chars.slice(0, 200).join('');
}

/** An export format from the renderer, or 'html' for anything else. */
export function safeExportFormat(value: unknown): ExportFormat {
  return isExportFormat(value) ? value : 'html';
}

function dialogForwarders(dialogs: HostDialogs) {
  return {
    pickProjectToOpen: () => dialogs.pickProjectToOpen(),
    pickNewProjectPath: () => dialogs.pickNewProjectPath(),
    pickCopyPath: (suggestedName: unknown) => dialogs.pickCopyPath(safeSuggestedName(suggestedName)),
    pickImportPaths: () => dialogs.pickImportPaths(),
    pickExportPath: (suggestedName: unknown, format: unknown) =>
      dialogs.pickExportPath(safeSuggestedName(suggestedName), safeExportFormat(format)),
    pickCodebookFile: () => dialogs.pickCodebookFile(),
  } satisfies { [K in HostDialogMethod]: (...args: unknown[]) => ReturnType<HostDialogs[K]> };
}

export interface IpcBindings {
  ipcMain: Pick<IpcMain, 'handle'>;
  engine: Pick<EngineClient, 'call'>;
  dialogs: HostDialogs;
  location: AppLocation;
  /** Told after every answered call, e.g. so the menu can follow a language change. */
  afterCall?: (method: ApiMethod, result: Result<unknown>) => void;
}

export function registerIpcHandlers(bindings: IpcBindings): void {
  const { ipcMain, location } = bindings;
  const api = apiForwarders(bindings.engine);

  for (const method of API_METHODS) {
    ipcMain.handle(IPC.call(method), async (event, args: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame, location)) {
        log.warn(`refused ${method} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return fail('UNAUTHORIZED', `${method} may only be called by the Zhiyan window`);
      }
      try {
        const result = await api[method](args, windowClientId(event.sender));
        bindings.afterCall?.(method, result);
        return result;
      } catch (error) {
        // The engine client answers failures as data; reaching here is a bug in the host.
        log.error(`${method} failed in the main process`, error);
        return fail('INTERNAL_ERROR', error instanceof Error ? error.message : String(error));
      }
    });
  }

  const dialogs = dialogForwarders(bindings.dialogs);
  for (const method of HOST_DIALOG_METHODS) {
    // A refused or failed dialog answers as if the user cancelled it: there is no path to act on.
    ipcMain.handle(IPC.dialog(method), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, location)) {
        log.warn(`refused dialog ${method} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return null;
      }
      try {
        return await (dialogs[method] as (...values: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        log.error(`dialog ${method} failed`, error);
        return null;
      }
    });
  }
}

/**
 * Sends every engine event to every window still alive, so each window on the project sees what
 * the others changed; an event for one window only (its undo state) goes to that window.
 */
export function forwardEngineEvents(
  engine: Pick<EngineClient, 'onEvent'>,
  targets: () => Pick<WebContents, 'id' | 'send' | 'isDestroyed'>[],
): () => void {
  return engine.onEvent((name, payload, target) => {
    for (const contents of targets()) {
      if (contents.isDestroyed()) continue;
      if (target === undefined || target === windowClientId(contents))
        contents.send(IPC.event, name, payload);
    }
  });
}
