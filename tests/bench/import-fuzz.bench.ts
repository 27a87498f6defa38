// npm run bench:fuzz — 10,000 generated bad files imported in batches through the real engine (and
// its extraction thread when built): random and truncated bytes in every supported format, byte
// flips, deep nesting, giant lines, huge record counts, bad names, links, unreadable files, pipes.
// Counts crashes (a failed import call, or a file whose extraction threw: 'import-failed'), hangs
// (an import batch over HANG_SECONDS), files neither imported nor reported, and the peak memory.
// ZHIYAN_FUZZ_FILES=1000 for a quicker run; the seed is fixed so a failure can be replayed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ArticlePage } from '../../src-main/common/model/article';
import type { ImportReport } from '../../src-main/common/model/project';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';

const FILES = Number(process.env.ZHIYAN_FUZZ_FILES ?? 10_000);
const BATCH = 1_000;
const HANG_SECONDS = 300;
const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.csv', '.tsv'];

/** mulberry32: small, seeded, good enough to vary inputs reproducibly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rand = random(20261202);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (max: number): number => Math.floor(rand() * max);

const SENTENCE = '衢州智造新城签约锂电新材料项目，总投资50亿元，项目建成后年产值预计超过百亿元。';

function randomBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = int(256);
  return bytes;
}

/** A well-formed file of the extension's format, unique to `n`. */
function validDocument(extension: string, n: number): string {
  const body = `第${n}号：${SENTENCE.repeat(1 + int(4))}`;
  const title = `第${n}篇 衢州产业项目`;
  switch (extension) {
    case '.html':
    case '.htm':
      return `<html><head><title>${title}</title><meta charset="utf-8"></head><body><h1>${title}</h1><p>${body}</p></body></html>`;
    case '.json':
      return JSON.stringify([
        { title, content: body, date: '2023-12-29' },
        { title: `${title}续`, content: `${body}续` },
      ]);
    case '.jsonl':
    case '.ndjson':
      return `${JSON.stringify({ title, content: body })}\n${JSON.stringify({ title: `${title}续`, content: `${body}续` })}\n`;
    case '.csv':
      return `title,content\n"${title}","${body}"\n`;
    case '.tsv':
      return `title\tcontent\n${title}\t${body}\n`;
    case '.md':
      return `# ${title}\n\n${body}\n`;
    default:
      return `${title}\n\n发布时间:2023-12-29\n\n${body}\n`;
  }
}

function deepNesting(extension: string, n: number): string {
  const depth = 1_000 + int(100_000);
  if (extension === '.json' || extension === '.jsonl' || extension === '.ndjson')
    return `${'['.repeat(depth)}${JSON.stringify({ content: `${n}${SENTENCE}` })}${']'.repeat(depth)}`;
  return `<html><body>${'<div><span>'.repeat(depth)}<p>${n}${SENTENCE}</p>${'</span></div>'.repeat(depth)}</body></html>`;
}

function giantLine(extension: string, n: number): string {
  const length = (1 + int(6)) * 1024 * 1024;
  const line = pick(['衢州新材料产业', 'lorem ipsum ', SENTENCE, '<b>x</b>']).repeat(
    1 + Math.floor(length / 16),
  );
  if (extension === '.json') return JSON.stringify([{ content: `${n}${line}` }]);
  if (extension === '.jsonl' || extension === '.ndjson') return JSON.stringify({ content: `${n}${line}` });
  if (extension === '.html' || extension === '.htm') return `<html><body><p>${n}${line}</p></body></html>`;
  return `${n}${line}`;
}

/** Many records, nearly all without text (a million numbers, empty objects, broken lines). */
function hugeRecordCount(extension: string, n: number): string {
  const count = 50_000 + int(250_000);
  if (extension === '.csv' || extension === '.tsv') {
    const d = extension === '.csv' ? ',' : '\t';
    return `title${d}content\n${Array.from({ length: count }, (_, i) => `${n}-${i}${d}`).join('\n')}\n`;
  }
  const item = (i: number) => pick([String(i), '{}', '{"title":"只有标题"}', 'null', '{"content":']);
  if (extension === '.json') return `[${Array.from({ length: count }, (_, i) => item(i)).join(',')}]`;
  return Array.from({ length: count }, (_, i) => item(i)).join('\n');
}

function truncated(extension: string, n: number): Buffer {
  const bytes = Buffer.from(validDocument(extension, n));
  return bytes.subarray(0, int(bytes.length));
}

function flipped(extension: string, n: number): Buffer {
  const bytes = Buffer.from(validDocument(extension, n));
  for (let i = 0, flips = 1 + int(6); i < flips; i++) bytes[int(bytes.length)] = int(256);
  return bytes;
}

const BAD_NAMES = [
  (n: number) => `name with\nnewline ${n}`,
  (n: number) => `${'长'.repeat(80)}${n}`,
  (n: number) => ` leading and trailing ${n} `,
  (n: number) => `emoji 😀 ${n}`,
  (n: number) => `quote'"\\ ${n}`,
  (n: number) => `-dash ${n}`,
];

interface Generated {
  /** Entries created (files, links, pipes), each of which must be imported or reported. */
  entries: number;
  /** Entries the walk leaves out by name or type (counted in leftOut, not listed by file). */
  byNameOrType: number;
}

/** Writes one bad entry into `dir`; returns what kind it was. */
function writeBadEntry(dir: string, n: number, outside: string): 'file' | 'left-out' {
  const extension = pick(EXTENSIONS);
  const kind = rand();
  const file = path.join(dir, `${n}${extension}`);
  if (kind < 0.2) fs.writeFileSync(file, randomBytes(int(4096)));
  else if (kind < 0.4) fs.writeFileSync(file, truncated(extension, n));
  else if (kind < 0.55) fs.writeFileSync(file, flipped(extension, n));
  else if (kind < 0.56) fs.writeFileSync(file, deepNesting(extension, n));
  else if (kind < 0.563) fs.writeFileSync(file, giantLine(extension, n));
  else if (kind < 0.564) fs.writeFileSync(file, hugeRecordCount(extension, n));
  else if (kind < 0.7)
    fs.writeFileSync(path.join(dir, `${pick(BAD_NAMES)(n)}${extension}`), validDocument(extension, n));
  else if (kind < 0.72) {
    // A name that is not valid UTF-8: the walk sees it with U+FFFD and cannot open it by that name.
    fs.writeFileSync(
      Buffer.concat([Buffer.from(`${dir}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from(`${n}.txt`)]),
      validDocument('.txt', n),
    );
  } else if (kind < 0.76) {
    const target = pick([
      path.join(outside, 'secret.txt'),
      '/proc/self/environ',
      path.join(dir, 'nowhere'),
      dir,
      file,
    ]);
    fs.symlinkSync(target, file);
  } else if (kind < 0.78) {
    fs.writeFileSync(file, validDocument(extension, n));
    fs.chmodSync(file, 0o000);
  } else if (kind < 0.79) {
    execFileSync('mkfifo', [file]); // Node has no mkfifo; reading a pipe would block forever
  } else if (kind < 0.85)
    fs.writeFileSync(file, pick(['', ' \n\t ', '\u0000\u0001', '<html></html>', '[]', '{}']));
  else if (kind < 0.9) {
    fs.writeFileSync(path.join(dir, `${n}${pick(['.pdf', '.docx', '.jpg', '.zip', ''])}`), randomBytes(64));
    return 'left-out';
  } else if (kind < 0.92) {
    fs.writeFileSync(path.join(dir, `_${n}.txt`), validDocument('.txt', n));
    return 'left-out';
  } else fs.writeFileSync(file, flipped(extension, n));
  return 'file';
}

function generateBatch(dir: string, first: number, count: number, outside: string): Generated {
  fs.mkdirSync(dir, { recursive: true });
  const generated: Generated = { entries: 0, byNameOrType: 0 };
  for (let n = first; n < first + count; n++) {
    // Some in nested folders, a few deep.
    const depth = int(10) === 0 ? 1 + int(30) : int(3);
    const sub = path.join(dir, ...Array.from({ length: depth }, (_, i) => `d${i}`));
    fs.mkdirSync(sub, { recursive: true });
    const kind = writeBadEntry(sub, n, outside);
    generated.entries += 1;
    if (kind === 'left-out') generated.byNameOrType += 1;
  }
  return generated;
}

/**
 * Each batch is written by a child process, so the memory its generation takes (a 6 MB line, a
 * 300,000-record dump) is not counted as the engine's peak.
 */
function generateInChild(dir: string, first: number, count: number, outside: string): Generated {
  const script = fileURLToPath(import.meta.url);
  const args = ['--generate', dir, String(first), String(count), outside];
  return JSON.parse(execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' })) as Generated;
}

async function importedFiles(engine: Engine): Promise<Set<string>> {
  const files = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const page = await engine.dispatch('listArticles', { offset, limit: 1000 });
    if (!page.ok) throw new Error(page.error.message);
    const { items } = page.value as ArticlePage;
    for (const item of items) files.add(item.filePath);
    if (items.length < 1000) return files;
  }
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-fuzz-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-fuzz-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), `机密：${SENTENCE}`);
  const extractionWorkerPath = path.resolve('out', 'main', 'extraction-worker.js');
  const engine = createEngine({
    dataDir: null,
    resourcesDir: root,
    host: 'browser',
    appVersion: 'bench',
    extractionWorkerPath,
  });
  const created = await engine.dispatch('createProject', { path: path.join(root, 'fuzz.zhiyan') });
  if (!created.ok) throw new Error(created.error.message);

  // The process's peak, and each batch's peak above the memory the process held when it began (the
  // project's own data, sql.js's heap and search memory grow with every batch imported).
  let peakRss = process.memoryUsage().rss;
  let batchPeak = peakRss;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rss);
    batchPeak = Math.max(batchPeak, rss);
  }, 50);
  let largestBatchGrowth = 0;
  const totals = {
    entries: 0,
    leftOut: 0,
    crashes: 0,
    hangs: 0,
    unaccounted: 0,
    imported: 0,
    skipped: 0,
    warned: 0,
  };
  const problemCounts = new Map<string, number>();
  let slowest = 0;
  const started = performance.now();
  for (let first = 0; first < FILES; first += BATCH) {
    const dir = path.join(root, `batch-${first / BATCH}`);
    const generated = generateInChild(dir, first, Math.min(BATCH, FILES - first), outside);
    const before = await importedFiles(engine);
    const rssBefore = process.memoryUsage().rss;
    batchPeak = rssBefore;
    const t = performance.now();
    const timeout = new Promise<'hang'>((resolve) =>
      setTimeout(() => resolve('hang'), HANG_SECONDS * 1000).unref(),
    );
    const result = await Promise.race([engine.dispatch('importPaths', { paths: [dir] }), timeout]);
    const seconds = (performance.now() - t) / 1000;
    slowest = Math.max(slowest, seconds);
    const growth = batchPeak - rssBefore;
    largestBatchGrowth = Math.max(largestBatchGrowth, growth);
    totals.entries += generated.entries;
    if (result === 'hang') {
      totals.hangs += 1;
      console.log(`batch ${first / BATCH}: no answer after ${HANG_SECONDS} s`);
      break;
    }
    if (!result.ok) {
      totals.crashes += 1;
      console.log(`batch ${first / BATCH}: import failed: ${result.error.code} ${result.error.message}`);
      continue;
    }
    const report = result.value as ImportReport;
    const reported = new Set(report.skipped.map((p) => p.file));
    for (const p of [...report.skipped, ...report.warnings])
      problemCounts.set(p.code, (problemCounts.get(p.code) ?? 0) + (p.count ?? 1));
    totals.crashes += report.skipped.filter((p) => p.code === 'import-failed').length;
    const leftOut = (report.leftOut ?? []).reduce((sum, group) => sum + group.count, 0);
    totals.leftOut += leftOut;
    const after = await importedFiles(engine);
    const importedNow = [...after].filter((file) => !before.has(file) && file.startsWith(dir));
    // Every entry is an imported file, a reported one, a counted one, or an exact duplicate.
    const accounted = new Set([...importedNow, ...reported]).size + leftOut;
    totals.unaccounted += Math.max(0, generated.entries - accounted - report.duplicates);
    totals.imported += importedNow.length;
    totals.skipped += reported.size;
    totals.warned += new Set(report.warnings.map((p) => p.file)).size;
    console.log(
      `batch ${first / BATCH}: ${generated.entries} entries, ${seconds.toFixed(1)} s, ` +
        `${importedNow.length} files imported, ${reported.size} reported, ${leftOut} left out by name/type, ` +
        `${report.duplicates} duplicates; report ${(JSON.stringify(report).length / 1024).toFixed(0)} kB; ` +
        `RSS ${(rssBefore / 1024 / 1024).toFixed(0)} MB before, peak +${(growth / 1024 / 1024).toFixed(0)} MB during`,
    );
  }
  clearInterval(sampler);
  await engine.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });

  console.log(
    `\nZhiyan import fuzz benchmark — ${totals.entries} generated bad entries in batches of ${BATCH}`,
  );
  console.log(`  crashes:     ${totals.crashes}  (failed import calls + files whose extraction threw)`);
  console.log(`  hangs:       ${totals.hangs}  (a batch without an answer after ${HANG_SECONDS} s)`);
  console.log(
    `  unaccounted: ${totals.unaccounted}  (entries neither imported, reported, counted nor duplicates)`,
  );
  console.log(
    `  imported ${totals.imported} files, reported ${totals.skipped}, left out by name/type ${totals.leftOut}, with warnings ${totals.warned}`,
  );
  console.log(
    `  problems: ${[...problemCounts]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `  slowest batch ${slowest.toFixed(1)} s, total ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`  peak memory (RSS, engine + extraction thread): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  console.log(
    `  largest rise of RSS during one import batch: ${(largestBatchGrowth / 1024 / 1024).toFixed(0)} MB`,
  );
  if (totals.crashes + totals.hangs + totals.unaccounted > 0) process.exitCode = 1;
}

if (process.argv[2] === '--generate') {
  const [dir, first, count, outside] = process.argv.slice(3) as [string, string, string, string];
  rand = random(20261202 + Number(first));
  process.stdout.write(JSON.stringify(generateBatch(dir, Number(first), Number(count), outside)));
} else await main();
