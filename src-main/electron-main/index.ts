// The Electron entry: one instance, a sandboxed window, the engine on a worker thread, IPC bound
// from the contract, native dialogs and menu. Nothing here touches a project's data directly.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { startEngineWorker, type EngineClient } from '../node/engine/engine-client';
import { electronForPdf } from './pdf-electron';
import { createPdfPrinter } from './pdf-printer';
import { devServerUrlFrom, rendererRootDir, resourcesDirFor, type AppLocation } from './app-location';
import { createNativeDialogs } from './dialogs';
import { forwardEngineEvents, registerIpcHandlers } from './ipc';
import { installAppMenu } from './menu';
import { guardAllWebContents, guardSession } from './security';
import { createMainWindow } from './window';
import { log } from '../node/log/logger';

// Before anything reads userData: the single-instance lock lives there too, so tests that each
// point ZHIYAN_USER_DATA at their own folder can run side by side.
const userDataOverride = process.env['ZHIYAN_USER_DATA'];
if (userDataOverride !== undefined && userDataOverride !== '') {
  app.setPath('userData', path.resolve(userDataOverride));
}

// Every renderer is OS-sandboxed, whatever a window's own preferences say. Must precede 'ready'.
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // Another Zhiyan owns this user folder (settings, demo project); it gets focus instead.
  app.quit();
}

function startApp(): void {
  const location: AppLocation = {
    rendererRoot: rendererRootDir(__dirname),
    devServerUrl: devServerUrlFrom(process.env, app.isPackaged),
  };
  const isDev = location.devServerUrl !== undefined;

  // Started before 'ready' so the engine loads settings and sql.js while Chromium starts up.
  const engine = startEngineWorker(
    path.join(__dirname, 'engine-worker.js'),
    {
      dataDir: app.getPath('userData'),
      resourcesDir: resourcesDirFor({
        isPackaged: app.isPackaged,
        appPath: app.getAppPath(),
        resourcesPath: process.resourcesPath,
      }),
      host: 'electron',
      appVersion: app.getVersion(),
      extractionWorkerPath: path.join(__dirname, 'extraction-worker.js'),
    },
    { printPdf: createPdfPrinter(electronForPdf) },
  );
  stopEngineBeforeQuit(engine);

  // Registered before any web contents exists, so none escapes the navigation guards.
  guardAllWebContents(app, location);

  // Any number of windows on the open project (File → 新建窗口): each gets every engine event and
  // has its own undo history (ipc.ts names it by its web contents). Menu commands and dialogs go to
  // the focused one.
  const windows = new Set<BrowserWindow>();
  const getWindow = (): BrowserWindow | null => {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && windows.has(focused) && !focused.isDestroyed()) return focused;
    return [...windows].reverse().find((window) => !window.isDestroyed()) ?? null;
  };
  const openWindow = (): void => {
    const window = createMainWindow(__dirname, location);
    windows.add(window);
    window.on('closed', () => windows.delete(window));
  };

  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows; 'activate' brings one back.
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    guardSession(session.defaultSession, location);
    const menu = installAppMenu({ engine, getWindow, isDev, openWindow });
    registerIpcHandlers({
      ipcMain,
      engine,
      dialogs: createNativeDialogs(engine, getWindow),
      location,
      afterCall: (method, result) => {
        // No engine event announces a language change, and the menu speaks the UI language.
        if (method === 'setLocale' && result.ok) void menu.refresh();
      },
    });
    forwardEngineEvents(engine, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
    openWindow();
    app.on('activate', () => {
      if (getWindow() === null) openWindow();
    });
  });
}

/**
 * The engine writes its last snapshot on shutdown, which is asynchronous; Electron would not wait
 * for it. So the first quit is held back, the engine is stopped once, and then the quit repeats.
 */
function stopEngineBeforeQuit(engine: EngineClient): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    void engine
      .shutdown()
      .catch((error: unknown) => log.error('engine shutdown failed', error))
      .finally(() => {
        state = 'stopped';
        app.quit();
      });
  });
}
