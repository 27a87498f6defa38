// node scripts/run-node-script.mjs tests/bench/anchoring.bench.ts — re-anchoring 200 highlights in
// a 20,000-unit Chinese article after the kinds of change a better cleaning pass makes: none; a line
// inserted at the top (every position stale); a line removed and one character changed inside every
// tenth passage (fuzzy); and the worst case, every passage edited (fuzzy for all 200).
import { performance } from 'node:perf_hooks';
import { anchorSelectors, describeRange, type Selectors } from '../../src-main/common/anchoring';

const VOCABULARY = [
  '新能源',
  '产业',
  '衢州',
  '锂电',
  '项目',
  '投产',
  '亿元',
  '同比增长',
  '园区',
  '企业',
  '招引',
  '的',
  '和',
  '。',
  '，',
  '2023年',
  'GWh',
  '36',
];
let seed = 7;
const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;

function article(length: number): string {
  const lines: string[] = [];
  let total = 0;
  while (total < length) {
    let line = '';
    while (line.length < 40 + rand() * 120) line += VOCABULARY[Math.floor(rand() * VOCABULARY.length)];
    lines.push(line);
    total += line.length + 1;
  }
  return lines.join('\n');
}

function time(label: string, text: string, highlights: Selectors[]): void {
  const rounds = 20;
  let anchored = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    anchored = highlights.filter((h) => anchorSelectors(text, h) !== null).length;
  }
  const perRound = (performance.now() - t0) / rounds;
  console.log(
    `${label.padEnd(44)} ${perRound.toFixed(2).padStart(8)} ms for ${highlights.length} (anchored ${anchored})`,
  );
}

const text = article(20_000);
const highlights: Selectors[] = [];
for (let i = 0; i < 200; i++) {
  const length = [3, 6, 12, 30, 80][i % 5];
  const start = Math.floor(rand() * (text.length - length));
  highlights.push(describeRange(text, start, start + length));
}
console.log(`article: ${text.length} UTF-16 units, ${highlights.length} highlights`);

time('unchanged', text, highlights);
time('line inserted at the top', `来源：衢州日报 编辑：某某\n${text}`, highlights);

let edited = text.slice(text.indexOf('\n') + 1);
for (const h of highlights.filter((_, i) => i % 10 === 4)) {
  const at = edited.indexOf(h.exact);
  if (at >= 0) edited = edited.slice(0, at + 40) + '变' + edited.slice(at + 41);
}
time('first line removed, every tenth passage edited', edited, highlights);

let everyEdited = text;
for (const h of highlights) {
  const middle = h.start + Math.floor(h.exact.length / 2);
  everyEdited = everyEdited.slice(0, middle) + '变' + everyEdited.slice(middle + 1);
}
time('every passage edited in its middle', `前言\n${everyEdited}`, highlights);
