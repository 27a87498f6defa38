// npm run bench:import — how fast a crawler's folder becomes a library: 10,000 generated files
// imported through the engine, against merely reading and decoding the same files in the same run
// (the floor no importer can beat on this machine), with the engine's peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportReport } from '../../src-main/common/model/project';
import { createEngine } from '../../src-main/node/engine/engine';
import { decodeBytes } from '../../src-main/node/ingest/decode-bytes';
import { walkImportPaths } from '../../src-main/node/ingest/walk-paths';
import { mb, sharedCorpus } from './support/bench-corpus';

const FILES = Number(process.env.ZHIYAN_BENCH_FILES ?? 10_000);

async function main(): Promise<void> {
  const corpus = sharedCorpus(FILES, 0.01);
  if (!corpus) {
    console.log(
      'bench:import skipped: ../shared/corpus/make-corpus.mjs not found (it is not part of a user clone).',
    );
    return;
  }
  const { files } = await walkImportPaths([corpus.dir]);
  let bytes = 0;
  let t = performance.now();
  for (const file of files) {
    const data = fs.readFileSync(file); // as the importer reads
    bytes += data.length;
    decodeBytes(data);
  }
  const baseline = (performance.now() - t) / 1000;

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-import-bench-'));
  // The app's own extraction thread, as built by `npm run build` (bench:import builds first).
  const extractionWorkerPath = path.resolve('out', 'main', 'extraction-worker.js');
  const parallel = fs.existsSync(extractionWorkerPath);
  const engine = createEngine({
    dataDir: null,
    resourcesDir: dir,
    host: 'browser',
    appVersion: 'bench',
    extractionWorkerPath,
  });
  const created = await engine.dispatch('createProject', { path: path.join(dir, 'bench.zhiyan') });
  if (!created.ok) throw new Error(created.error.message);
  t = performance.now();
  const result = await engine.dispatch('importPaths', { paths: [corpus.dir] });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  if (!result.ok) throw new Error(result.error.message);
  const report = result.value as ImportReport;
  await engine.shutdown();
  const projectSize = fs.statSync(path.join(dir, 'bench.zhiyan')).size;
  fs.rmSync(dir, { recursive: true, force: true });

  console.log(
    `Zhiyan import benchmark — ${files.length} files, ${mb(bytes)} (make-corpus.mjs --n ${FILES} --bad 0.01)`,
  );
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}`);
  console.log(
    `extraction: ${parallel ? 'in its own thread (out/main/extraction-worker.js)' : 'in the engine thread (no build found)'}\n`,
  );
  const rows: [string, string][] = [
    ['read + decode only', `${baseline.toFixed(1)} s (${(files.length / baseline).toFixed(0)} files/s)`],
    [
      'import through the engine',
      `${seconds.toFixed(1)} s (${(files.length / seconds).toFixed(0)} files/s), ${(seconds / baseline).toFixed(1)}x reading`,
    ],
    ['articles / reprints / duplicates', `${report.imported} / ${report.reprints} / ${report.duplicates}`],
    ['skipped / warnings', `${report.skipped.length} / ${report.warnings.length}`],
    ['project file', mb(projectSize)],
    ['engine peak memory (rss)', mb(peakRss)],
  ];
  for (const [name, value] of rows) console.log(`${name.padEnd(34)} ${value}`);
  const pass = seconds <= 30 && peakRss < 2 * 1024 ** 3;
  console.log(`\ntargets (10,000 files <= 30 s, engine < 2 GB): ${pass ? 'met' : 'NOT met'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
