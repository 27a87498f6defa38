// npm run bench:reader — how fast the reader shows a long article with many highlights, and what a
// huge one costs: projects built through the engine, opened in Chromium through the browser host.
//  - "20k": one 20,000-character article with 200 coded highlights (some overlapping), 7 opens;
//  - "10M": one 10,000,000-character article (ordinary paragraphs, plus a few paragraphs of
//    200,000 characters) with 1,000 highlights spread over it, 3 opens.
// Measured from the click on the article (the renderer's 'zy-reader-open' mark) to its text and
// highlights drawn (the reader pane's 'zy-reader-rendered' mark, set in the animation frame after
// Vue has rendered them); then the scroll: 60 steps of 600 px from the top, then jumps to the
// middle and the end and back, each step one animation frame, frame times printed.
// Targets: 20k median <= 100 ms; 10M open < 1,000 ms, scroll frames p95 < 50 ms.
// ZHIYAN_BENCH_ONLY=20k|10M runs one of the two. The projects are kept in
// node_modules/.zhiyan-bench/reader-projects (ZHIYAN_BENCH_REBUILD=1 builds them again). Needs `npx electron-vite build` (the script runs
// it) and /usr/bin/chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import type { Code, Highlight } from '../../src-main/common/model/annotation';
import type { ArticlePage } from '../../src-main/common/model/article';
import { createEngine } from '../../src-main/node/engine/engine';

const CHROMIUM = process.env.ZHIYAN_CHROMIUM ?? '/usr/bin/chromium';
const HOST_SCRIPT = path.resolve('out', 'main', 'web-host.js');
/** Bump when the generated projects change, so kept ones are built again. */
const PROJECT_FORMAT = 'v1';

interface Scenario {
  name: string;
  characters: number;
  highlights: number;
  runs: number;
  /** Paragraphs of this many characters every so often (a law's or a dump's single long line). */
  longParagraph: number | null;
  targetMs: number;
}

const SCENARIOS: Scenario[] = [
  {
    name: '20k',
    characters: 20_000,
    highlights: Number(process.env.ZHIYAN_BENCH_HIGHLIGHTS ?? 200),
    runs: 7,
    longParagraph: null,
    targetMs: 100,
  },
  { name: '10M', characters: 10_000_000, highlights: 1_000, runs: 3, longParagraph: 200_000, targetMs: 1_000 },
];

const PHRASES = [
  '衢州智造新城围绕新材料产业链招商引资，',
  '首批入驻的十二个项目涵盖氟精细化学品和锂电池隔膜材料，',
  '园区负责人介绍，二期规划面积约三点二平方公里，',
  '从签约到开工的平均时间由九个月压缩到四个月左右。',
  '地方政府出台专项政策，支持企业技术改造和人才引进，',
  '营商环境持续优化，审批事项实行清单化管理。',
];

function article(scenario: Scenario): string {
  const paragraphs: string[] = [];
  let length = 0;
  let i = 0;
  while (length < scenario.characters) {
    // One long paragraph in every ~2 M characters.
    const long = scenario.longParagraph !== null && paragraphs.length % 10_000 === 5_000;
    const size = long ? scenario.longParagraph! : 190;
    const parts: string[] = [];
    let paragraphLength = 0;
    while (paragraphLength < size) {
      const phrase = PHRASES[i++ % PHRASES.length]!;
      parts.push(phrase);
      paragraphLength += phrase.length;
    }
    paragraphs.push(parts.join(''));
    length += paragraphLength + 2;
  }
  return `区域产业政策长文基准测试\n\n${paragraphs.join('\n\n')}\n`;
}

async function buildProject(scenario: Scenario, dataDir: string, corpusDir: string): Promise<void> {
  fs.writeFileSync(path.join(corpusDir, 'a-long-article.txt'), article(scenario));
  // A short article to step to between runs, so each run opens the long one afresh.
  fs.writeFileSync(path.join(corpusDir, 'b-short-article.txt'), `短文\n\n${PHRASES.join('')}\n`);
  const engine = createEngine({ dataDir, resourcesDir: corpusDir, host: 'browser', appVersion: 'bench' });
  const call = async <T>(method: string, args: object): Promise<T> => {
    const result = await engine.dispatch(method, args);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const started = performance.now();
  await call('createProject', { path: path.join(dataDir, 'reader-bench.zhiyan') });
  await call('importPaths', { paths: [corpusDir] });
  const imported = performance.now() - started;
  const page = await call<ArticlePage>('listArticles', { offset: 0, limit: 10 });
  const target = page.items.find((item) => item.title.startsWith('区域'))!;
  const text = (await call<{ cleanText: string }>('getArticle', { id: target.id })).cleanText;
  const codes: Code[] = [];
  for (let c = 0; c < 10; c++) codes.push(await call<Code>('createCode', { name: `编码${c + 1}` }));
  // Evenly spread passages of 20-60 characters; every fourth overlaps the one before it.
  const step = Math.floor(text.length / scenario.highlights);
  for (let h = 0; h < scenario.highlights; h++) {
    const start = Math.max(0, h * step + (h % 4 === 3 ? -Math.floor(Math.min(step, 60) / 2) : 0));
    const end = Math.min(text.length, start + 20 + (h % 5) * 10);
    await call<Highlight>('createHighlight', {
      articleId: target.id,
      start,
      end,
      codeIds: [codes[h % codes.length]!.id],
    });
  }
  console.log(
    `[${scenario.name}] project: 1 article of ${text.length.toLocaleString()} characters, ` +
      `${scenario.highlights} highlights (import ${(imported / 1000).toFixed(1)} s)`,
  );
  await engine.shutdown();
}

function startHost(dataDir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [HOST_SCRIPT, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Zhiyan is running at (\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited (${code}):\n${output}`)));
  });
}

/** ZHIYAN_BENCH_PROFILE=1: where the renderer's time goes in one more open (self time by function). */
async function profileOneOpen(page: Page, short: Locator, long: Locator): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await short.click();
  await page.getByTestId('article-title').filter({ hasText: '短文' }).waitFor();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await long.click();
  await page.locator('[data-testid="article-text"] .zy-hl').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const id of profile.samples ?? []) {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}

/** From the click to the text drawn with its highlights; throws after `limitMs`. */
function waitForRendered(page: Page, highlights: number, limitMs: number) {
  return page.evaluate(
    async ([expected, limit]) => {
      for (let waited = 0; waited < limit; waited += 20) {
        const open = performance.getEntriesByName('zy-reader-open').at(-1);
        const loaded = performance.getEntriesByName('zy-reader-loaded').at(-1);
        const rendered = performance
          .getEntriesByName('zy-reader-rendered')
          .filter((mark) => (mark as { detail?: { highlights?: number } }).detail?.highlights === expected)
          .at(-1);
        if (open && loaded && rendered && rendered.startTime >= open.startTime) {
          return {
            total: rendered.startTime - open.startTime,
            render: rendered.startTime - loaded.startTime,
            load: loaded.startTime - open.startTime,
          };
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`the article was not rendered with its highlights within ${limit} ms`);
    },
    [highlights, limitMs] as const,
  );
}

/** Scrolls the reader step by step (one step an animation frame) and returns every frame's time. */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    // The bench is compiled for Node (no DOM types): the little of the page it uses, typed here.
    const browser = globalThis as unknown as {
      document: { querySelector(selector: string): { scrollTop: number; scrollHeight: number; clientHeight: number } };
      requestAnimationFrame(callback: (time: number) => void): number;
    };
    const scroller = browser.document.querySelector('[data-testid="reader"] .reader__scroll');
    const frame = () => new Promise<number>((resolve) => browser.requestAnimationFrame(resolve));
    const targets: number[] = [];
    for (let i = 1; i <= 60; i++) targets.push(i * 600);
    const height = () => scroller.scrollHeight - scroller.clientHeight;
    const frames: number[] = [];
    let last = await frame();
    const go = async (top: number) => {
      scroller.scrollTop = top;
      const now = await frame();
      frames.push(now - last);
      last = now;
    };
    for (const top of targets) await go(top);
    for (const share of [0.5, 0.5, 1, 1, 0.25, 0]) await go(height() * share);
    for (let i = 1; i <= 20; i++) await go(height() - i * 600);
    return frames;
  });
}

/** The article's way to the reader, timed apart: the request until the body is in, then JSON.parse. */
async function transport(page: Page, id: string | null): Promise<string> {
  const timing = await page.evaluate(async (articleId) => {
    const browser = globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } };
    const started = performance.now();
    const response = await fetch('/api/call/getArticle', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Zhiyan-Token': browser.sessionStorage.getItem('zhiyan.token') ?? '',
      },
      // As the reader asks: without the original text (fetched only for 对照原文).
      body: JSON.stringify({ id: Number(articleId), original: false }),
    });
    const body = await response.text();
    const received = performance.now();
    JSON.parse(body);
    return { receive: received - started, parse: performance.now() - received, size: body.length };
  }, id);
  return (
    `${(timing.size / 1e6).toFixed(1)} M characters of JSON, request to body received ${timing.receive.toFixed(0)} ms, ` +
    `JSON.parse ${timing.parse.toFixed(0)} ms`
  );
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms`;
}

async function runScenario(scenario: Scenario, results: string[]): Promise<void> {
  // Importing 10 M characters and laying 1,000 highlights on them takes minutes: the project is
  // built once and kept (ZHIYAN_BENCH_REBUILD=1 builds it again).
  const root = path.resolve(
    'node_modules',
    '.zhiyan-bench',
    'reader-projects',
    `${PROJECT_FORMAT}-${scenario.name}-${scenario.characters}-${scenario.highlights}`,
  );
  const dataDir = path.join(root, 'data');
  const corpusDir = path.join(root, 'corpus');
  const ready = path.join(root, 'ready');
  if (!fs.existsSync(ready) || process.env.ZHIYAN_BENCH_REBUILD) {
    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    fs.mkdirSync(corpusDir);
    await buildProject(scenario, dataDir, corpusDir);
    fs.rmSync(corpusDir, { recursive: true, force: true });
    fs.writeFileSync(ready, new Date().toISOString());
  } else console.log(`[${scenario.name}] project built before (${root})`);
  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const label = `[${scenario.name}]`;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    const long = page.getByTestId('article-item').filter({ hasText: '区域产业政策' });
    const short = page.getByTestId('article-item').filter({ hasText: '短文' });
    await long.waitFor({ timeout: 60_000 });
    const times: number[] = [];
    const renders: number[] = [];
    const loads: number[] = [];
    // The first open also mounts the reader's components; later ones are what a researcher
    // stepping through a library feels. Both are reported; the target is on the later ones.
    let firstOpen = 0;
    for (let run = 0; run <= scenario.runs; run++) {
      await short.click();
      await page.getByTestId('article-title').filter({ hasText: '短文' }).waitFor({ timeout: 180_000 });
      await page.evaluate(() => performance.clearMarks());
      await long.click();
      const elapsed = await waitForRendered(page, scenario.highlights, 180_000);
      const drawn = await page.locator('[data-testid="article-text"] .zy-hl').count();
      // A huge article draws the highlights on screen only; a normal one draws them all.
      const expected = scenario.characters > 100_000 ? 1 : scenario.highlights;
      if (drawn < expected) throw new Error(`only ${drawn} highlighted runs on screen`);
      if (run === 0) firstOpen = elapsed.total;
      else {
        times.push(elapsed.total);
        renders.push(elapsed.render);
        loads.push(elapsed.load);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const lines = [
      `${label} first open (components mounted too): ${firstOpen.toFixed(0)} ms`,
      `${label} click-to-drawn over ${scenario.runs} further opens: ${times.map((t) => t.toFixed(0)).join(', ')} ms; ${stats(times)}`,
      `${label}   of which loading (request to data received): ${stats(loads)}`,
      `${label}   of which rendering (data received to drawn): ${stats(renders)}`,
    ];
    lines.push(`${label} getArticle over HTTP: ${await transport(page, await long.getAttribute('data-article-id'))}`);
    const frames = await scrollFrames(page);
    lines.push(`${label} scroll: ${frames.length} frames, ${stats(frames)}`);
    lines.push(`${label} target (median open <= ${scenario.targetMs} ms): ${median <= scenario.targetMs ? 'met' : 'NOT met'}`);
    for (const line of lines) console.log(line);
    results.push(...lines);
    if (process.env.ZHIYAN_BENCH_PROFILE) await profileOneOpen(page, short, long);
  } finally {
    await browser.close();
    host.stop();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`bench:reader skipped: no Chromium at ${CHROMIUM} (set ZHIYAN_CHROMIUM to another one).`);
    return;
  }
  if (!fs.existsSync(HOST_SCRIPT)) throw new Error(`${HOST_SCRIPT} is missing: run npx electron-vite build`);
  const only = process.env.ZHIYAN_BENCH_ONLY;
  const results: string[] = [];
  for (const scenario of SCENARIOS) {
    if (!only || only === scenario.name) await runScenario(scenario, results);
  }
  const load = os.loadavg()[0]!.toFixed(1);
  console.log('\nsummary:');
  for (const line of results) console.log(line);
  console.log(`machine: ${os.cpus().length} cores, load average ${load} (wall-clock figures scale with it)`);
}

await main();
