// Finding the Electron binary and launching the built app for the real-window specs.
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '..', '..');
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Electron executable, or null when it was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
 * `require('electron')` answers the executable's path, but when node_modules/electron/path.txt is
 * missing it tries to download the binary first, which on an offline machine fails slowly. So we
 * look where it would point first, and ask it only once the file is known to be there.
 */
export function findElectronExecutable(): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(requireFromRepo.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const overrideDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const expected = overrideDir
    ? path.join(overrideDir, relative ?? 'electron')
    : relative !== null
      ? path.join(packageDir, 'dist', relative)
      : null;
  if (expected === null || !isExecutableFile(expected)) return null;
  const resolved: unknown = requireFromRepo('electron');
  return typeof resolved === 'string' && isExecutableFile(resolved) ? resolved : null;
}

export { repoRoot };
export const electronExecutable = findElectronExecutable();
export const hasElectronBinary = electronExecutable !== null;
export const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1): real-window specs skipped';

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  /** The launch's own user folder (ZHIYAN_USER_DATA): settings, demo project, instance lock, logs. */
  userData: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Command-line arguments after the app folder, as a double-click or a shell would pass them. */
  args?: string[];
}

/** The environment a launch gets: ours, without a dev-server URL, with its own user folder. */
export function launchEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    // A stray dev-server URL would make the app load something other than the build under test.
    if (value !== undefined && name !== 'ELECTRON_RENDERER_URL') env[name] = value;
  }
  env['ZHIYAN_USER_DATA'] = userData;
  return env;
}

/**
 * Launches `electron <repo root>`, which runs package.json's `main` (out/main/index.js): launching
 * the folder rather than the file keeps `app.getAppPath()` at the repo root, where resources/ is.
 * Each launch gets a fresh user folder, so it starts like a first run and owns its own instance lock.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (electronExecutable === null) throw new Error(SKIP_REASON);
  const mainBundle = path.join(repoRoot, 'out', 'main', 'index.js');
  if (!fs.existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run \`npm run build\` first`);

  const userData = await mkdtemp(path.join(os.tmpdir(), 'zhiyan-electron-'));
  const env = launchEnv(userData);

  const app = await _electron.launch({
    executablePath: electronExecutable,
    args: [repoRoot, ...(options.args ?? [])],
    cwd: repoRoot,
    env,
  });
  const page = await app.firstWindow();
  return {
    app,
    page,
    userData,
    async close() {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    },
  };
}
