import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../src-main/common/api/contract';
import { HOST_DIALOG_METHODS, IPC, type ZhiyanBridge } from '../../../src-main/common/api/host';

// The preload's only dependency is Electron's renderer half, a true edge: stand in for it.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  };
});

vi.mock('electron', () => ({
  webUtils: { getPathForFile: (file: { fakePath?: string }) => file.fakePath ?? '' },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

function emit(channel: string, ...args: unknown[]): void {
  const fakeIpcEvent = { sender: 'the raw IpcRendererEvent' };
  for (const listener of electron.listeners.get(channel) ?? []) listener(fakeIpcEvent, ...args);
}

let bridge: ZhiyanBridge;

beforeAll(async () => {
  await import('../../../src-main/preload/index');
  bridge = electron.exposed.get('zhiyan') as ZhiyanBridge;
});

describe('preload', () => {
  it('exposes exactly one object, window.zhiyan, with five members', () => {
    expect([...electron.exposed.keys()]).toEqual(['zhiyan']);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'dialogs', 'onEvent', 'onMenuCommand', 'pathForFile']);
  });

  it('exposes exactly the contract methods and the host dialogs', () => {
    expect(Object.keys(bridge.api).sort()).toEqual([...API_METHODS].sort());
    expect(Object.keys(bridge.dialogs).sort()).toEqual([...HOST_DIALOG_METHODS].sort());
  });

  it('sends each call over its own channel with the arguments unchanged', async () => {
    await bridge.api.getArticle({ id: 7 });
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC.call('getArticle'), { id: 7 });
    await bridge.dialogs.pickCopyPath('衢州');
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC.dialog('pickCopyPath'), '衢州');
  });

  it('passes events on without the IpcRendererEvent, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    emit(IPC.event, 'libraryChanged', { reason: 'import' });
    expect(listener).toHaveBeenCalledExactlyOnceWith('libraryChanged', { reason: 'import' });
    unsubscribe();
    emit(IPC.event, 'libraryChanged', { reason: 'edit' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('holds menu commands sent before the renderer listens (a file to open at launch) for its first listener', async () => {
    emit(IPC.menu, { kind: 'open-file', path: '/home/u/衢州.zhiyan' });
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    await Promise.resolve();
    expect(listener).toHaveBeenCalledExactlyOnceWith({ kind: 'open-file', path: '/home/u/衢州.zhiyan' });
    unsubscribe();
  });

  it('passes menu commands on, until unsubscribed', async () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    emit(IPC.menu, { kind: 'open-demo' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ kind: 'open-demo' });
    unsubscribe();
    emit(IPC.menu, { kind: 'settings' });
    expect(listener).toHaveBeenCalledTimes(1);
    // With no one listening the command waits, for the next listener only.
    const later = vi.fn();
    bridge.onMenuCommand(later);
    await Promise.resolve();
    expect(later).toHaveBeenCalledExactlyOnceWith({ kind: 'settings' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('gives the path of a dropped file through webUtils, and nothing more', () => {
    expect(bridge.pathForFile({ fakePath: '/home/me/爬虫/衢州' })).toBe('/home/me/爬虫/衢州');
    expect(bridge.pathForFile({})).toBe('');
  });
});
