// How long extractPlaces takes per article on a real corpus (it runs on every imported article):
//   node scripts/run-node-script.mjs tests/bench/places.bench.ts ../shared/corpus/real/cctv-xwlb-items
// Three rounds, because the first one includes the JIT warming up and building the gazetteer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlaces } from '../../src-main/node/ingest/places/extract-places';

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('_')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else out.push(path);
  }
  return out;
}

const folder = process.argv[2];
if (!folder) throw new Error('usage: places.bench.ts FOLDER');
const texts = filesUnder(folder).map((file) => readFileSync(file, 'utf8'));
const chars = texts.reduce((sum, text) => sum + text.length, 0);
for (const round of [1, 2, 3]) {
  const started = performance.now();
  let found = 0;
  for (const text of texts) found += extractPlaces('', text).length;
  const ms = performance.now() - started;
  console.log(
    `round ${round}: ${texts.length} articles, ${(chars / 1e6).toFixed(1)} M chars, ${ms.toFixed(0)} ms: ` +
      `${((ms / texts.length) * 1000).toFixed(0)} µs per article, ${((ms / chars) * 1e6).toFixed(0)} ms per M chars, ${found} places`,
  );
}
