// The Electron entry: one instance, a sandboxed window, the engine on a worker thread, IPC bound
// from the contract, native dialogs and menu. Nothing here touches a project's data directly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  screen,
  session,
  shell,
  type MessageBoxOptions,
} from 'electron';
import { IPC, type MenuCommand } from '../common/api/host';
import { startEngineWorker, type EngineClient } from '../node/engine/engine-client';
import { configureLog, log, logCrashes } from '../node/log/logger';
import { electronForPdf } from './pdf-electron';
import { createPdfPrinter } from './pdf-printer';
import { APP_ID, devServerUrlFrom, rendererRootDir, resourcesDirFor, type AppLocation } from './app-location';
import { createNativeDialogs } from './dialogs';
import { forwardEngineEvents, registerIpcHandlers } from './ipc';
import { installAppMenu } from './menu';
import { guardAllWebContents, guardSession } from './security';
import { copyDiagnostics, currentLocale, openLogFolder } from './diagnostics-actions';
import { PendingProjectFiles, projectFileFromArgv } from './project-files';
import { createMainWindow } from './window';
import { mainWindowOptions } from './window-options';
import { WindowStateFile, captureWindowState, placeWindow } from './window-state';

// Before anything reads userData: the single-instance lock lives there too, so tests that each
// point ZHIYAN_USER_DATA at their own folder can run side by side.
const userDataOverride = process.env['ZHIYAN_USER_DATA'];
if (userDataOverride !== undefined && userDataOverride !== '') {
  app.setPath('userData', path.resolve(userDataOverride));
}

// The log folder: ~/Library/Logs/<app> on macOS, <userData>/logs elsewhere (so a test's own user
// folder holds its own logs); ZHIYAN_LOG_DIR moves it. Set before anything logs.
const logDirOverride = process.env['ZHIYAN_LOG_DIR'];
// Called without an argument rather than with undefined: a native optional argument may not take it.
if (logDirOverride) app.setAppLogsPath(path.resolve(logDirOverride));
else app.setAppLogsPath();
const logDir = app.getPath('logs');
configureLog({ dir: logDir, name: 'main' });
logCrashes();

// Every renderer is OS-sandboxed, whatever a window's own preferences say. Must precede 'ready'.
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  // Another Zhiyan owns this user folder (settings, demo project); it gets focus instead, and our
  // argv (with any project file) in its 'second-instance' event.
  app.quit();
}

function startApp(): void {
  const resourcesDir = resourcesDirFor({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  const location: AppLocation = {
    rendererRoot: rendererRootDir(__dirname),
    devServerUrl: devServerUrlFrom(process.env, app.isPackaged),
    // Linux desktops take the window's icon from here (Windows and macOS from the executable).
    windowIcon: path.join(resourcesDir, 'icons', 'png', '256x256.png'),
  };
  // Windows groups taskbar buttons and notifications by this id; it matches electron-builder.yml.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const isDev = location.devServerUrl !== undefined;
  log.info(
    `Zhiyan ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${os.release()} ${process.arch})`,
  );
  logProcessCrashes();

  // A project file to open: from our own command line (a double-click on Windows and Linux), from
  // macOS's open-file (which may come before 'ready'), or from a second launch. Held until the
  // first window exists, then opened in a window like File → 打开项目.
  const pendingFiles = new PendingProjectFiles();
  const launchFile = projectFileFromArgv(process.argv, process.cwd());
  if (launchFile) pendingFiles.request(launchFile);
  app.on('open-file', (event, file) => {
    event.preventDefault();
    pendingFiles.request(file);
  });

  // Started before 'ready' so the engine loads settings and sql.js while Chromium starts up.
  const engine = startEngineWorker(
    path.join(__dirname, 'engine-worker.js'),
    {
      dataDir: app.getPath('userData'),
      resourcesDir,
      host: 'electron',
      appVersion: app.getVersion(),
      logDir,
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

  // The first window opens where the last one closed (clamped to the screens there are now); more
  // windows on the project open at the default size, centred.
  const windowState = new WindowStateFile(path.join(app.getPath('userData'), 'window-state.json'));
  const defaults = mainWindowOptions('');
  const limits = {
    width: defaults.width ?? 1280,
    height: defaults.height ?? 800,
    minWidth: defaults.minWidth ?? 900,
    minHeight: defaults.minHeight ?? 600,
  };
  // Menu commands sent before a page has loaded would be lost: they wait for its first
  // 'did-finish-load' (the preload then holds them until the renderer listens). A reload exists
  // only while developing, so "loaded once" is enough.
  const loaded = new WeakSet<BrowserWindow>();
  const waiting = new WeakMap<BrowserWindow, MenuCommand[]>();
  const sendWhenLoaded = (window: BrowserWindow, command: MenuCommand): void => {
    if (loaded.has(window)) window.webContents.send(IPC.menu, command);
    else waiting.set(window, [...(waiting.get(window) ?? []), command]);
  };
  const openWindow = (): BrowserWindow => {
    const placement =
      windows.size === 0 ? placeWindow(windowState.load(), displayWorkAreas(), limits) : undefined;
    const window = createMainWindow(__dirname, location, placement);
    windows.add(window);
    const contents = window.webContents;
    contents.on('did-finish-load', () => {
      loaded.add(window);
      for (const command of waiting.get(window) ?? []) contents.send(IPC.menu, command);
      waiting.delete(window);
    });
    window.on('close', () => windowState.save(captureWindowState(window)));
    window.on('closed', () => windows.delete(window));
    return window;
  };
  const bringToFront = (window: BrowserWindow): void => {
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  // Opening goes through the renderer's own File → 打开项目 path: it saves the open note first, and
  // shows the same errors (another window or program has the project; a damaged file; ...).
  const openInWindow = (file: string): void => {
    log.info('opening a project file the system asked for');
    const window = getWindow() ?? openWindow();
    bringToFront(window);
    sendWhenLoaded(window, { kind: 'open-file', path: file });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = projectFileFromArgv(argv, workingDirectory);
    if (file) {
      pendingFiles.request(file);
      return;
    }
    const window = getWindow();
    if (window) bringToFront(window);
  });

  // The OS's own recent documents (the Dock menu, the taskbar Jump List) follow the app's list.
  const hasOsRecent = process.platform === 'darwin' || process.platform === 'win32';
  engine.onEvent((name, payload) => {
    if (!hasOsRecent || name !== 'projectChanged') return;
    const project = (payload as { project: { path: string; isDemo: boolean } | null }).project;
    if (project && !project.isDemo) app.addRecentDocument(project.path);
  });
  const clearOsRecent = (): void => {
    if (hasOsRecent) app.clearRecentDocuments();
  };

  const showMessage = (options: MessageBoxOptions): Promise<unknown> => {
    const window = getWindow();
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };

  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows; 'activate' brings one back.
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    guardSession(session.defaultSession, location);
    const menu = installAppMenu({
      engine,
      getWindow,
      isDev,
      openWindow,
      actions: {
        clearRecent: () => {
          clearOsRecent();
          // The engine announces the change; the menu and every window read the list again.
          void engine.call('clearRecentProjects', {});
        },
        openLogFolder: () =>
          void currentLocale(engine).then((locale) =>
            openLogFolder(logDir, {
              openPath: (dir) => shell.openPath(dir),
              ensureDir: (dir) => fs.mkdirSync(dir, { recursive: true }),
              showMessage,
              locale,
            }),
          ),
        copyDiagnostics: () =>
          void copyDiagnostics({
            engine,
            writeClipboard: (text) => clipboard.writeText(text),
            showMessage,
            versions: { electron: process.versions.electron, chrome: process.versions.chrome },
          }),
      },
    });
    registerIpcHandlers({
      ipcMain,
      engine,
      dialogs: createNativeDialogs(engine, getWindow),
      location,
      afterCall: (method, result) => {
        // No engine event announces a language change, and the menu speaks the UI language.
        if (method === 'setLocale' && result.ok) void menu.refresh();
        // The start screen's 清除列表 clears the OS's list too.
        if (method === 'clearRecentProjects' && result.ok) clearOsRecent();
      },
    });
    forwardEngineEvents(engine, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
    openWindow();
    // From here on a project file asked for (at launch, by macOS, by a second launch) opens at once.
    pendingFiles.attach(openInWindow);
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

/** The displays' work areas, the primary one first (where a window whose screen is gone opens). */
function displayWorkAreas(): Electron.Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
}

/** A crashed or killed renderer, GPU or utility process leaves a line in the log. */
function logProcessCrashes(): void {
  app.on('render-process-gone', (_event, contents, details) => {
    log.error(
      `a window's renderer is gone: ${details.reason} (exit code ${details.exitCode}, ${contents.getURL().split('?')[0]})`,
    );
  });
  app.on('child-process-gone', (_event, details) => {
    const name = details.name ? ` ${details.name}` : '';
    log.error(
      `the ${details.type}${name} process is gone: ${details.reason} (exit code ${details.exitCode})`,
    );
  });
}
