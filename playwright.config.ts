import { defineConfig } from '@playwright/test';
import { hasElectronBinary, SKIP_REASON } from './tests/electron/electron-app';

// Two ways to run the same UI: in Debian's Chromium against the browser host (always available,
// since an Electron binary cannot be downloaded offline), and in the real Electron window where
// its binary exists (those specs skip themselves otherwise). Both need `npx electron-vite build`.
// Said once, in plain words, by the main process: the list reporter shows a skipped spec only as "-".
if (!hasElectronBinary && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.log(`[electron] ${SKIP_REASON}. They run where the Electron binary is installed.`);
}

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores shared with the engine each spec starts: one worker at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'zh-CN',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
