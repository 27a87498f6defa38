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

const bridge: ZhiyanBridge = {
  api,
  dialogs,
  onEvent: (listener) =>
    subscribe(IPC.event, (name: ApiEventName, payload: ApiEvents[ApiEventName]) => listener(name, payload)),
  onMenuCommand: (listener) => subscribe(IPC.menu, (command: MenuCommand) => listener(command)),
  // Since Electron 32 a dropped File no longer carries `.path`; webUtils gives it, in the preload only.
  pathForFile: (file) => webUtils.getPathForFile(file as File),
};

contextBridge.exposeInMainWorld('zhiyan', bridge);
