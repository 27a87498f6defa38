// The security checklist, checked on the real window (the unit tests check the same rules as data).
import { expect, test } from '@playwright/test';
import { hasElectronBinary, launchApp, SKIP_REASON, type LaunchedApp } from './electron-app';

test.describe('the Electron window', () => {
  test.skip(!hasElectronBinary, SKIP_REASON);
  test.describe.configure({ mode: 'serial' });

  let launched: LaunchedApp;

  test.beforeAll(async () => {
    launched = await launchApp();
    await launched.page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  test('is isolated and sandboxed, without Node integration', async () => {
    const prefs = await launched.app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      // Undocumented but long-standing: the only way to read back a window's preferences.
      const read = (
        contents as unknown as { getLastWebPreferences?: () => Record<string, unknown> } | undefined
      )?.getLastWebPreferences;
      return read ? read.call(contents) : null;
    });
    expect(prefs, 'webContents.getLastWebPreferences() is gone from this Electron').not.toBeNull();
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
    });
  });

  test('gives the page the bridge and nothing of Node', async () => {
    const globals = await launched.page.evaluate(`({
      require: typeof require,
      process: typeof process,
      module: typeof module,
      Buffer: typeof Buffer,
      bridge: Object.keys(window.zhiyan).sort().join(','),
    })`);
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      bridge: 'api,dialogs,onEvent,onMenuCommand',
    });
  });

  test('does not navigate away, open windows or reach the network', async () => {
    const { app, page } = launched;
    const before = page.url();
    expect(before).toMatch(/^file:/);

    const navigated = page.waitForEvent('framenavigated', { timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    await page.evaluate(`setTimeout(() => { location.href = 'https://example.com/' }, 0)`);
    expect(await navigated).toBe(false);
    expect(page.url()).toBe(before);

    expect(await page.evaluate(`window.open('https://example.com/') === null`)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    const fetched = await page.evaluate(
      `fetch('https://example.com/').then(() => 'loaded', () => 'blocked')`,
    );
    expect(fetched).toBe('blocked');
  });

  test('runs no inline script (the CSP holds)', async () => {
    const ran = await launched.page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__zhiyanInlineRan = true';
      document.head.appendChild(script);
      return window.__zhiyanInlineRan === true;
    })()`);
    expect(ran).toBe(false);
  });
});
