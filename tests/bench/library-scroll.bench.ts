// npm run bench:library — scrolls the library table through 10,000 articles in the browser host
// and records the frame intervals (requestAnimationFrame): frames, median, p95/p99 frame time, and
// frames over 16.7 ms and 33 ms. The project is built once with the CLI from the shared corpus
// generator's output (../shared/corpus) and cached in node_modules/.zhiyan-bench; without
// ../shared the benchmark says so and skips.
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, sharedCorpus, SHARED_GENERATOR } from './support/bench-corpus';

const ARTICLES = Number(process.env.ZHIYAN_BENCH_ARTICLES ?? 10_000);
/** Pixels scrolled per animation frame: 4 rows of 32 px, a brisk but steady wheel. */
const STEP_PX = Number(process.env.ZHIYAN_BENCH_STEP ?? 128);
const repoRoot = process.cwd();
const cacheRoot = path.join(repoRoot, 'node_modules', '.zhiyan-bench');
const cli = path.join(repoRoot, 'out', 'main', 'cli.js');
const hostScript = path.join(repoRoot, 'out', 'main', 'web-host.js');

function buildProject(): string | null {
  const project = path.join(cacheRoot, `library-${ARTICLES}.zhiyan`);
  if (fs.existsSync(project)) return project;
  const corpus = sharedCorpus(ARTICLES);
  if (!corpus) return null;
  console.log(`building ${project} from ${corpus.dir} (once) …`);
  execFileSync(process.execPath, [cli, 'import', corpus.dir, '--project', project], { stdio: 'inherit' });
  return project;
}

async function startHost(dataDir: string): Promise<{ url: string; token: string; stop: () => void }> {
  const child = spawn(process.execPath, [hostScript, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Zhiyan is running at (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/.exec(output);
      if (match?.[1] && match[2]) resolve({ url: match[1], token: match[2] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited (${code}):\n${output}`)));
  });
  return { url, token, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  for (const file of [cli, hostScript]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npx electron-vite build\` first`);
  }
  const project = buildProject();
  if (!project) {
    console.log(
      `bench:library skipped: the corpus generator ${SHARED_GENERATOR} is not here (../shared is absent).`,
    );
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-bench-library-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.ZHIYAN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}#token=${host.token}`);
    await page.getByTestId('article-item').first().waitFor({ timeout: 60_000 });
    const opened = await page.evaluate(async (file) => {
      const response = await fetch('/api/call/openProject', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Zhiyan-Token': sessionStorage.getItem('zhiyan.token') ?? '',
        },
        body: JSON.stringify({ path: file }),
      });
      return (await response.json()) as { ok: boolean };
    }, project);
    if (!opened.ok) throw new Error(`could not open ${project}`);
    await page
      .getByTestId('library-count')
      .filter({ hasText: /\d{4,}/ })
      .waitFor({ timeout: 60_000 });
    const count = await page.getByTestId('library-count').textContent();
    const table = page.getByTestId('library-table');
    await table.hover();

    // Scroll top to bottom, STEP_PX per frame, and time every frame; rows load as the table needs them.
    const result = await table.evaluate(
      (element, step) =>
        new Promise<{ intervals: number[]; placeholdersSeen: number; ms: number }>((resolve) => {
          // Runs in the page; the bench's own tsconfig has no DOM library to declare it.
          const nextFrame = (
            globalThis as unknown as { requestAnimationFrame: (callback: (now: number) => void) => number }
          ).requestAnimationFrame.bind(globalThis);
          const intervals: number[] = [];
          let placeholdersSeen = 0;
          let last = performance.now();
          const started = last;
          const tick = (now: number): void => {
            intervals.push(now - last);
            last = now;
            if (element.querySelector('.library__pending')) placeholdersSeen += 1;
            if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) {
              resolve({ intervals: intervals.slice(1), placeholdersSeen, ms: now - started });
              return;
            }
            element.scrollTop += step;
            nextFrame(tick);
          };
          nextFrame(tick);
        }),
      STEP_PX,
    );
    const sorted = [...result.intervals].sort((a, b) => a - b);
    const over = (limit: number) => result.intervals.filter((ms) => ms > limit).length;
    const rowsAtEnd = await page.getByTestId('article-item').count();
    console.log(`library: ${count?.trim()} (${project})`);
    console.log(
      `scrolled top to bottom at ${STEP_PX} px/frame in ${(result.ms / 1000).toFixed(1)} s, ${rowsAtEnd} rows in the DOM at the end`,
    );
    console.log(`frames: ${sorted.length}`);
    console.log(
      `frame time: median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
    );
    // Intervals of 16.7-16.9 ms are vsync jitter, not a dropped frame: >25 ms means a vsync was missed.
    console.log(
      `frames over 16.7 ms: ${over(16.7)} (${((100 * over(16.7)) / sorted.length).toFixed(1)} %), ` +
        `over 25 ms (a frame dropped): ${over(25)}, over 33 ms: ${over(33.4)}`,
    );
    console.log(`frames showing a placeholder row (page still loading): ${result.placeholdersSeen}`);
  } finally {
    await browser.close();
    host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
