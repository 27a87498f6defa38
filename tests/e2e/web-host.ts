// Starts the browser host (`out/main/web-host.js`) as a child process on a free port with a fresh
// data folder, once per spec file, and stops it after. Every spec sees a first start: the demo
// project opens by itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, type Page } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '..', '..');
const hostScript = path.join(repoRoot, 'out', 'main', 'web-host.js');
const READY_LINE = /Zhiyan is running at (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/;

export interface WebHost {
  /** `http://127.0.0.1:<port>/` */
  origin: string;
  token: string;
  /** The address the host prints: origin plus `#token=...`. */
  appUrl: string;
  dataDir: string;
  output: () => string;
}

async function startWebHost(): Promise<{ host: WebHost; stop: () => Promise<void> }> {
  if (!existsSync(hostScript))
    throw new Error(`${hostScript} is missing: run \`npx electron-vite build\` first`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhiyan-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [hostScript, '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<{ origin: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`web host did not start within 30 s:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = READY_LINE.exec(output);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ origin: match[1], token: match[2] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with code ${code}:\n${output}`));
    });
  });
  const { origin, token } = await ready;

  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000));
      await Promise.race([exited, timeout]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  return { host: { origin, token, appUrl: `${origin}#token=${token}`, dataDir, output: () => output }, stop };
}

/** Registers beforeAll/afterAll hooks in the calling spec file; the host is ready inside tests. */
export function useWebHost(): { readonly current: WebHost } {
  let running: { host: WebHost; stop: () => Promise<void> } | null = null;
  test.beforeAll(async () => {
    running = await startWebHost();
  });
  test.afterAll(async () => {
    await running?.stop();
    running = null;
  });
  return {
    get current(): WebHost {
      if (!running) throw new Error('the web host is not running (used outside a test?)');
      return running.host;
    },
  };
}

/** Problems a page shows a person or a network watcher: console errors, uncaught errors, remote requests. */
export function watchPage(page: Page): { consoleErrors: string[]; foreignRequests: string[] } {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || (url.protocol === 'http:' && url.hostname === '127.0.0.1');
    if (!local) foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}

/** Opens the app and waits until the demo library lists its articles. */
export async function openApp(page: Page, host: WebHost): Promise<void> {
  await page.goto(host.appUrl);
  await page.getByTestId('article-item').first().waitFor({ timeout: 30_000 });
}
