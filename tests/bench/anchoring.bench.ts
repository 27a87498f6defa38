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

// A pessimistic article: 18 words only, so a 3-character quote occurs hundreds of times. The varied
// one draws two- and three-character words from 300 common characters, closer to real prose.
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

function variedWord(): string {
  const length = rand() < 0.6 ? 2 : 3;
  let word = '';
  for (let i = 0; i < length; i++) word += COMMON[Math.floor(rand() * 300)];
  return rand() < 0.12 ? `${word}，` : rand() < 0.05 ? `${word}。` : word;
}

function article(length: number, varied = false): string {
  const lines: string[] = [];
  let total = 0;
  while (total < length) {
    let line = '';
    while (line.length < 40 + rand() * 120)
      line += varied ? variedWord() : VOCABULARY[Math.floor(rand() * VOCABULARY.length)];
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

function run(label: string, text: string): void {
  const highlights: Selectors[] = [];
  for (let i = 0; i < 200; i++) {
    const length = [3, 6, 12, 30, 80][i % 5]!;
    const start = Math.floor(rand() * (text.length - length));
    highlights.push(describeRange(text, start, start + length));
  }
  console.log(`${label}: ${text.length} UTF-16 units, ${highlights.length} highlights`);

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
}

run('repetitive article (18 words)', article(20_000));
run('varied article (300 characters)', article(20_000, true));
