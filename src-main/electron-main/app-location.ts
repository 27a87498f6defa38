// Where the app's own code lives on disk, and which URLs count as "the app". Pure: the Electron
// wiring passes in what it knows (the bundle folder, whether the app is packaged, the env), so
// every rule here can be unit-tested without an Electron binary.
import path from 'node:path';

/** The places the window may load from. Everything else is foreign. */
export interface AppLocation {
  /** Folder holding the built renderer (`out/renderer`); only files under it are the app's. */
  rendererRoot: string;
  /** The electron-vite dev server origin, only in development. */
  devServerUrl?: string;
  /** The window icon (a PNG from resources/icons), for desktops that do not read the executable's. */
  windowIcon?: string;
}

/** The application id; electron-builder.yml's `appId` is the same (a packaging test holds them together). */
export const APP_ID = 'cn.zhiyan.workbench';

/**
 * The bundle layout electron-vite writes: `out/main/index.js`, `out/preload/index.js`,
 * `out/renderer/index.html`. `mainDir` is the folder of the running main bundle (`__dirname`).
 */
export const preloadPath = (mainDir: string): string => path.join(mainDir, '..', 'preload', 'index.js');
export const rendererRootDir = (mainDir: string): string => path.join(mainDir, '..', 'renderer');
export const rendererIndexPath = (mainDir: string): string =>
  path.join(rendererRootDir(mainDir), 'index.html');

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite sets in ELECTRON_RENDERER_URL, accepted only when the app is
 * not packaged and the URL is plain http(s) on this machine: a shipped app must never be talked
 * into loading its UI (and with it the bridge) from somewhere else by an environment variable.
 */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
  return isHttp && LOOPBACK_HOSTS.has(url.hostname) ? raw : undefined;
}

/**
 * The folder holding the demo corpus and icons. Unpackaged, `app.getAppPath()` is the project root
 * (we always launch `electron .`, which reads `main` from package.json), and `resources/` sits in
 * it. Packaged, the packager copies `resources/` as an extra resource next to app.asar, i.e. into
 * `<process.resourcesPath>/resources`, because the engine worker reads it with plain `fs` calls
 * that should not depend on asar support.
 */
export function resourcesDirFor(app: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): string {
  return app.isPackaged ? path.join(app.resourcesPath, 'resources') : path.join(app.appPath, 'resources');
}
