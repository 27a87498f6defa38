// The sandboxed preload: exposes the contract as `window.zhiyan` and nothing else. Both halves are
// built from the contract's name lists, so a method added there appears here without an edit.
// Sandboxed preloads may require only a few modules, so electron-vite bundles this file whole.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_METHODS, type ApiEventName, type ApiEvents, type ZhiyanApi } from '../common/api/contract';
import {
  HOST_DIALOG_METHODS,
  IPC,
  type HostDialogs,
  type MenuCommand,
  type ZhiyanBridge,
} from '../common/api/host';

// Object.fromEntries loses the per-key types; the entries come from the very lists that define them.
const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(IPC.call(method), args)]),
) as ZhiyanApi;

const dialogs = Object.fromEntries(
  HOST_DIALOG_METHODS.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(IPC.dialog(method), ...args),
  ]),
) as unknown as HostDialogs; // the invoke results are untyped; main answers per HostDialogs

/** Subscribes to a channel, hands the listener only the message (never the IpcRendererEvent). */
function subscribe<Args extends unknown[]>(channel: string, listener: (...args: Args) => void): () => void {
  const relay = (_event: IpcRendererEvent, ...args: unknown[]): void => listener(...(args as Args));
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

// Menu commands that arrive before the renderer listens (it subscribes only once the engine has
// answered; a project file to open at launch is sent as soon as the page has loaded) wait here and
// go to the first listener. A few at most: a person cannot ask for more before the window is up.
const MAX_EARLY_COMMANDS = 10;
const menuListeners = new Set<(command: MenuCommand) => void>();
const earlyCommands: MenuCommand[] = [];
ipcRenderer.on(IPC.menu, (_event: IpcRendererEvent, command: MenuCommand) => {
  if (menuListeners.size === 0) {
    if (earlyCommands.length < MAX_EARLY_COMMANDS) earlyCommands.push(command);
    return;
  }
  for (const listener of menuListeners) listener(command);
});

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  menuListeners.add(listener);
  const early = earlyCommands.splice(0);
  // After the subscriber's own setup has finished, as a command arriving now would be.
  if (early.length > 0) void Promise.resolve().then(() => early.forEach((command) => listener(command)));
  return () => {
    menuListeners.delete(listener);
  };
}

const bridge: ZhiyanBridge = {
  api,
  dialogs,
  onEvent: (listener) =>
    subscribe(IPC.event, (name: ApiEventName, payload: ApiEvents[ApiEventName]) => listener(name, payload)),
  onMenuCommand,
  // Since Electron 32 a dropped File no longer carries `.path`; webUtils gives it, in the preload only.
  pathForFile: (file) => webUtils.getPathForFile(file as File),
};

contextBridge.exposeInMainWorld('zhiyan', bridge);
