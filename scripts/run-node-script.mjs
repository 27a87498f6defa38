// Builds one TypeScript entry (a benchmark) with Vite for Node, then runs it:
//   node scripts/run-node-script.mjs tests/bench/foundation.bench.ts
// Benchmarks are not part of the app bundle; they are built on demand into node_modules/.zhiyan-bench.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-node-script.mjs ENTRY.ts [args...]');
  process.exit(2);
}
const name = path.basename(entry).replace(/\.ts$/, '');
const outDir = path.resolve('node_modules', '.zhiyan-bench', 'build', name);
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: path.resolve(entry),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: `${name}.mjs` } },
  },
});
const run = spawnSync(
  process.execPath,
  ['--max-old-space-size=4096', path.join(outDir, `${name}.mjs`), ...process.argv.slice(3)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
