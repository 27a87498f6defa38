// Double-clicking a .zhiyan file: the OS starts the app with the file's path in argv (Windows,
// Linux), or hands it to the running app as a second launch; either way the project opens in the
// window, through the same path as File → 打开项目.
//
// These run only where the Electron binary is installed. Without it (ELECTRON_SKIP_BINARY_DOWNLOAD=1,
// as on the offline build machine) every test here is skipped, and says so: argv parsing, the
// open-file queue and the menu are covered by tests/unit/electron/, but the launch itself is not.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  electronExecutable,
  hasElectronBinary,
  launchApp,
  launchEnv,
  repoRoot,
  SKIP_REASON,
  type LaunchedApp,
} from './electron-app';

const openProjectPath = (page: Page): Promise<unknown> =>
  page.evaluate(
    `window.zhiyan.api.getAppState({}).then((r) => (r.ok && r.value.project ? r.value.project.path : null))`,
  );

/** Makes a real project file through a first launch's own engine, and closes it again. */
async function makeProject(file: string): Promise<void> {
  const maker = await launchApp();
  try {
    const created = await maker.page.evaluate(
      `window.zhiyan.api.createProject({ path: ${JSON.stringify(file)} }).then((r) => r.ok)`,
    );
    expect(created).toBe(true);
    await maker.page.evaluate(`window.zhiyan.api.closeProject({})`);
  } finally {
    await maker.close();
  }
}

test.describe('opening a .zhiyan file from the system', () => {
  test.skip(!hasElectronBinary, `${SKIP_REASON}; opening a .zhiyan file from argv is not verified here`);

  let folder: string;
  let launched: LaunchedApp | undefined;

  test.beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'zhiyan-open-file-'));
  });

  test.afterEach(async () => {
    await launched?.close();
    launched = undefined;
  });

  test.afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('a launch with a project path in argv opens that project in the window', async () => {
    const file = path.join(folder, '衢州 双击.zhiyan');
    await makeProject(file);

    launched = await launchApp({ args: [file] });
    const { page } = launched;
    await expect.poll(() => openProjectPath(page), { timeout: 60_000 }).toBe(file);
    await expect(page.getByTestId('project-name')).toHaveText('衢州 双击');
  });

  test('a second launch with a file hands it to the running app, which opens it', async () => {
    const file = path.join(folder, '第二次启动.zhiyan');
    await makeProject(file);

    launched = await launchApp();
    const { page, userData } = launched;
    await page.getByTestId('article-item').first().waitFor({ timeout: 60_000 });

    // The same user folder, so the same single-instance lock: this one must quit at once.
    const second = spawn(electronExecutable ?? '', [repoRoot, file], {
      env: launchEnv(userData),
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(exitCode).toBe(0);

    await expect.poll(() => openProjectPath(page), { timeout: 30_000 }).toBe(file);
    await expect(page.getByTestId('project-name')).toHaveText('第二次启动');
  });
});
