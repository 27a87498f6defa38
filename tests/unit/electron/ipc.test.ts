import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ApiEventListener } from '../../../src-main/common/api/contract';
import { ok } from '../../../src-main/common/api/errors';
import { HOST_DIALOG_METHODS, IPC, type HostDialogs } from '../../../src-main/common/api/host';
import type { AppLocation } from '../../../src-main/electron-main/app-location';
import {
  apiForwarders,
  forwardEngineEvents,
  registerIpcHandlers,
  safeSuggestedName,
  windowClientId,
} from '../../../src-main/electron-main/ipc';

const rendererRoot = path.resolve('/opt/zhiyan/out/renderer');
const location: AppLocation = { rendererRoot };
const appFrame = { url: pathToFileURL(path.join(rendererRoot, 'index.html')).href, parent: null };
const evilFrame = { url: 'https://evil.example/', parent: null };

type Handler = (event: { senderFrame: unknown; sender: { id: number } }, ...args: unknown[]) => Promise<unknown>;

// ipcMain is an edge we can stand in for with a map: only `handle` is used.
function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  const engine = { call: vi.fn(async (method: string, args: unknown, _client?: string) => ok({ method, args })) };
  const dialogs: HostDialogs = {
    pickProjectToOpen: vi.fn(async () => '/home/u/a.zhiyan'),
    pickNewProjectPath: vi.fn(async () => '/home/u/new.zhiyan'),
    pickCopyPath: vi.fn(async (name: string) => `/home/u/${name}.zhiyan`),
    pickImportPaths: vi.fn(async () => ['/home/u/crawl']),
    pickExportPath: vi.fn(async (name: string, format: string) => `/home/u/${name}.${format}`),
    pickCodebookFile: vi.fn(async () => '/home/u/codes.qdc'),
  };
  const afterCall = vi.fn();
  registerIpcHandlers({
    ipcMain: ipcMain as never, // a stand-in with the one method registerIpcHandlers uses
    engine: engine as never, // returns a generic ok() for every method
    dialogs,
    location,
    afterCall,
  });
  const invokeFrom = (senderId: number, channel: string, frame: unknown, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: frame, sender: { id: senderId } }, ...args);
  };
  const invoke = (channel: string, frame: unknown, ...args: unknown[]) => invokeFrom(1, channel, frame, ...args);
  return { handlers, engine, dialogs, afterCall, invoke, invokeFrom };
}

describe('registerIpcHandlers', () => {
  it('registers one handler per API method and per dialog, and nothing else', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(
      [...API_METHODS.map((m) => IPC.call(m)), ...HOST_DIALOG_METHODS.map((m) => IPC.dialog(m))].sort(),
    );
  });

  it('refuses an untrusted sender with UNAUTHORIZED, as data, without calling the engine', async () => {
    const { engine, invoke } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const frame of [evilFrame, null, { ...appFrame, parent: appFrame }]) {
      const answer = await invoke(IPC.call('getArticle'), frame, { id: 1 });
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(engine.call).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('forwards a trusted call to the engine unchanged and reports it', async () => {
    const { engine, invoke, afterCall } = setup();
    const answer = await invoke(IPC.call('setLocale'), appFrame, { locale: 'en' });
    expect(engine.call).toHaveBeenCalledWith('setLocale', { locale: 'en' }, 'window:1');
    expect(answer).toEqual({ ok: true, value: { method: 'setLocale', args: { locale: 'en' } } });
    expect(afterCall).toHaveBeenCalledWith('setLocale', answer);
  });

  it('turns a host bug into INTERNAL_ERROR rather than a rejected promise', async () => {
    const { engine, invoke } = setup();
    engine.call.mockRejectedValueOnce(new Error('boom'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(invoke(IPC.call('listArticles'), appFrame, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL_ERROR', message: 'boom' },
    });
    error.mockRestore();
  });

  it('opens dialogs only for the app window, cleaning the suggested name', async () => {
    const { dialogs, invoke } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await invoke(IPC.dialog('pickImportPaths'), evilFrame)).toBeNull();
    expect(dialogs.pickImportPaths).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(await invoke(IPC.dialog('pickImportPaths'), appFrame)).toEqual(['/home/u/crawl']);
    await invoke(IPC.dialog('pickCopyPath'), appFrame, '../../etc/衢州 项目');
    expect(dialogs.pickCopyPath).toHaveBeenCalledWith('....etc衢州 项目');
  });

  it('passes both arguments of pickExportPath, cleaned: a plain name and a known format', async () => {
    const { dialogs, invoke } = setup();
    expect(await invoke(IPC.dialog('pickExportPath'), appFrame, '../报告', 'docx')).toBe(
      '/home/u/..报告.docx',
    );
    await invoke(IPC.dialog('pickExportPath'), appFrame, '报告', 'exe');
    expect(dialogs.pickExportPath).toHaveBeenLastCalledWith('报告', 'html');
    expect(await invoke(IPC.dialog('pickCodebookFile'), appFrame)).toBe('/home/u/codes.qdc');
  });
});

describe('apiForwarders', () => {
  it('has exactly the contract methods', () => {
    const forwarders = apiForwarders({ call: vi.fn() as never });
    expect(Object.keys(forwarders).sort()).toEqual([...API_METHODS].sort());
  });
});

describe('safeSuggestedName', () => {
  it('keeps a plain name and drops path separators and control characters', () => {
    expect(safeSuggestedName('衢州产业研究')).toBe('衢州产业研究');
    expect(safeSuggestedName('a/b\\c:d\u0000')).toBe('abcd');
    expect(safeSuggestedName(42)).toBe('');
    expect(safeSuggestedName('x'.repeat(500))).toHaveLength(200);
    expect(safeSuggestedName('𠮷'.repeat(300))).toBe('𠮷'.repeat(200));
  });
});

describe('forwardEngineEvents', () => {
  it('sends engine events to live windows only', () => {
    let emit: ApiEventListener = () => undefined;
    const engine = {
      onEvent: (listener: ApiEventListener) => {
        emit = listener;
        return () => undefined;
      },
    };
    const live = { id: 1, send: vi.fn(), isDestroyed: () => false };
    const gone = { id: 2, send: vi.fn(), isDestroyed: () => true };
    forwardEngineEvents(engine, () => [live, gone]);
    emit('libraryChanged', { reason: 'import' });
    expect(live.send).toHaveBeenCalledWith(IPC.event, 'libraryChanged', { reason: 'import' });
    expect(gone.send).not.toHaveBeenCalled();
  });
});

describe('two windows on one project', () => {
  function twoWindows() {
    let emit: ApiEventListener = () => undefined;
    const engine = {
      onEvent: (listener: ApiEventListener) => {
        emit = listener;
        return () => undefined;
      },
    };
    const first = { id: 7, send: vi.fn(), isDestroyed: () => false };
    const second = { id: 9, send: vi.fn(), isDestroyed: () => false };
    forwardEngineEvents(engine, () => [first, second]);
    return { emit: (...args: Parameters<ApiEventListener>) => emit(...args), first, second };
  }

  it('sends every change to every window, so each sees what the other did', () => {
    const { emit, first, second } = twoWindows();
    emit('notesChanged', { articleIds: [3], memos: false });
    emit('annotationsChanged', { articleIds: [3], codebook: false });
    for (const window of [first, second]) {
      expect(window.send).toHaveBeenCalledWith(IPC.event, 'notesChanged', { articleIds: [3], memos: false });
      expect(window.send).toHaveBeenCalledWith(IPC.event, 'annotationsChanged', { articleIds: [3], codebook: false });
    }
  });

  it('sends a window its own undo state only', () => {
    const { emit, first, second } = twoWindows();
    const state = { canUndo: true, canRedo: false, undoLabel: 'tag-articles', redoLabel: null } as const;
    emit('undoChanged', state, windowClientId({ id: 9 }));
    expect(second.send).toHaveBeenCalledWith(IPC.event, 'undoChanged', state);
    expect(first.send).not.toHaveBeenCalled();
  });

  it('names each window as its own client in every call, so undo is per window', async () => {
    const { engine, invokeFrom } = setup();
    await invokeFrom(7, IPC.call('undo'), appFrame, {});
    await invokeFrom(9, IPC.call('undo'), appFrame, {});
    expect(engine.call.mock.calls.map((call) => call[2])).toEqual(['window:7', 'window:9']);
    expect(windowClientId({ id: 7 })).not.toBe(windowClientId({ id: 9 }));
  });
});
