// npm run bench:report — a by-code report of 5,000 coded passages out of a 2,000-article project, in
// every export format, through the engine as `zhiyan export` and the export dialog call it: the
// project is opened once, then each format is exported and timed from the call to the written file,
// with the time before the writer starts (collecting the report: "time to first byte") apart.
// Target: every format ≤ 3 s after the project is open. The project is generated here (articles of
// a few thousand characters, as real regional-policy reports are), so nothing outside the repository
// is needed. PDF is timed up to the HTML handed to the printer (the printing is Chromium's).
//   ZHIYAN_BENCH_ARTICLES=… ZHIYAN_BENCH_PASSAGES=… change the size; ZHIYAN_BENCH_KEEP=1 keeps the folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExportFormat } from '../../src-main/common/model/export-formats';
import { EXPORT_FORMATS } from '../../src-main/common/model/export-formats';
import type { ExportResult, ReportOptions } from '../../src-main/common/model/report';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { createEngine } from '../../src-main/node/engine/engine';
import { ensureSearchIndex } from '../../src-main/node/search/search-index';
import type { PdfPrinter } from '../../src-main/node/services/pdf/headless-chromium-printer';

const ARTICLES = Number(process.env.ZHIYAN_BENCH_ARTICLES ?? 2000);
const PASSAGES = Number(process.env.ZHIYAN_BENCH_PASSAGES ?? 5000);
const TARGET_SECONDS = 3;
const NOW = '2026-01-01T00:00:00.000Z';
const PHRASES = [
  '衢州智造新城签约锂电新材料项目',
  '总投资50亿元，建成后年产值超百亿元',
  '合肥市新能源汽车产业链又有三个配套项目落地',
  '补齐电驱系统短板',
  '推动长三角区域一体化高质量发展',
  '优化营商环境，推行一网通办',
  '引进高层次人才团队十二个',
  '建设国家级绿色低碳示范园区',
];
const CLAUSES = [
  '会议指出，要坚持稳中求进工作总基调',
  '完整、准确、全面贯彻新发展理念',
  '加快构建新发展格局，着力推动高质量发展',
  '统筹发展和安全，持续深化改革开放',
  '切实保障和改善民生，确保各项目标任务落到实处',
  '全年完成固定资产投资{n}亿元，同比增长{p}%',
  '新签约亿元以上项目{n}个，其中制造业项目占比过半',
  '规模以上工业增加值增长{p}%，高新技术产业投资增长{p}%',
  '围绕产业链部署创新链，新增省级研发机构{n}家',
  '开展“三服务”活动，走访企业{n}家次，解决问题{n}个',
  '城乡居民人均可支配收入分别增长{p}%和{p}%',
  '推进老旧小区改造{n}个，新开工保障性租赁住房{n}套',
  '持续打好污染防治攻坚战，PM2.5平均浓度下降{p}%',
  '深化“最多跑一次”改革，政务服务事项网上可办率达{p}%',
  '加强区域合作，与上海、杭州等地共建产业园区{n}个',
];
/** The same pseudo-random sequence on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
}
const FILLER = CLAUSES[0]!;

/** About 4,000 characters in 20 paragraphs, with the coded phrases in paragraphs 3, 8, 13 and 18. */
function articleText(a: number): string {
  const next = random(a + 1);
  const paragraphs: string[] = [];
  for (let p = 0; p < 20; p++) {
    const phrase = p % 5 === 2 ? `${PHRASES[(a + p) % PHRASES.length]!}。` : '';
    const clauses = Array.from({ length: 7 }, () =>
      CLAUSES[Math.floor(next() * CLAUSES.length)]!.replace(/\{n\}/g, () =>
        String(Math.floor(next() * 900) + 10),
      ).replace(/\{p\}/g, () => (next() * 20).toFixed(1)),
    );
    paragraphs.push(`第${a + 1}篇第${p + 1}段：${phrase}${clauses.join('，')}。`);
  }
  return paragraphs.join('\n');
}

function buildProject(file: string): Promise<void> {
  return ProjectStore.create(file).then((store) => {
    store.write((q) => {
      const codes: number[] = [];
      for (let c = 0; c < 12; c++) {
        const parent = c >= 4 ? codes[c % 4]! : null;
        codes.push(
          q.run(
            'INSERT INTO codes (parent_id, name, color, description, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [
              parent,
              `编码${c + 1}`,
              `#${(0x204060 + c * 0x0a1b2c).toString(16).slice(-6)}`,
              `第${c + 1}个编码的说明`,
              c,
              NOW,
              NOW,
            ],
          ).lastInsertRowid,
        );
      }
      let passages = 0;
      for (let a = 0; a < ARTICLES; a++) {
        const cleanText = articleText(a);
        const id = insertArticle(
          q,
          {
            filePath: `/corpus/${a + 1}.txt`,
            contentHash: `h${a}`,
            layout: 'plain',
            encoding: 'utf-8',
            title: `区域产业报道${a + 1}`,
            date: `20${10 + (a % 15)}-0${1 + (a % 9)}-1${a % 10}`,
            datePrecision: 'day',
            source: a % 2 ? '新华网' : '浙江日报',
            author: null,
            places: ['浙江省', '衢州市'],
            url: `https://example.org/${a + 1}`,
            docNumber: a % 7 === 0 ? `浙政发〔2024〕${a}号` : null,
            cleanText,
            originalText: cleanText,
            duplicateOf: null,
            importBatch: null,
          },
          NOW,
        );
        if (a % 4 === 0)
          q.run(
            'INSERT INTO notes (article_id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
            [id, '', `第${a + 1}篇的文献笔记：值得跟进。`, NOW, NOW],
          );
        // Spread PASSAGES over the articles: the first ones get one more.
        const here = Math.floor(PASSAGES / ARTICLES) + (a < PASSAGES % ARTICLES ? 1 : 0);
        let from = 0;
        for (let p = 0; p < here; p++) {
          const exact = PHRASES[(a + 2 + 5 * (p % 4)) % PHRASES.length]!;
          let start = cleanText.indexOf(exact, from);
          const found = start >= 0;
          if (!found) start = Math.max(0, cleanText.indexOf('：', from) + 1);
          const text = found ? exact : cleanText.slice(start, start + 30);
          from = start + 1;
          const h = q.run(
            `INSERT INTO highlights (article_id, note, start_offset, end_offset, exact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
            [id, (a + p) % 3 === 0 ? `第${a + 1}篇的笔记` : '', start, start + text.length, text, NOW, NOW],
          ).lastInsertRowid;
          q.run('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)', [
            h,
            codes[(a + p) % codes.length]!,
          ]);
          if (p % 3 === 1)
            q.run('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)', [
              h,
              codes[(a + p + 5) % codes.length]!,
            ]);
          passages++;
        }
      }
      for (let m = 0; m < 5; m++)
        q.run(
          'INSERT INTO notes (article_id, title, body, created_at, updated_at) VALUES (NULL, ?, ?, ?, ?)',
          [`备忘录${m + 1}`, `项目备忘：${FILLER}，${CLAUSES[1]!}。`, NOW, NOW],
        );
      if (passages !== PASSAGES) throw new Error(`made ${passages} passages, not ${PASSAGES}`);
    });
    // Indexed as an import indexes, so the open below is a reopen, not a first indexing.
    ensureSearchIndex(store);
    store.close();
  });
}

/** Prints to nothing: writes the HTML it is given, so PDF is timed up to the printer. */
const htmlOnlyPrinter: PdfPrinter = {
  async print(html: string, target: string) {
    fs.writeFileSync(target, html);
  },
} as PdfPrinter;

/** CPU time of this process: on a shared machine it varies far less than the wall clock. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-bench-report-'));
  const file = path.join(dir, 'bench.zhiyan');
  let started = performance.now();
  await buildProject(file);
  console.log(
    `built ${ARTICLES} articles, ${PASSAGES} passages in ${((performance.now() - started) / 1000).toFixed(1)} s (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`,
  );

  let writeStartedAt = 0;
  let writeStartedCpu = 0;
  const engine = createEngine(
    {
      dataDir: null,
      resourcesDir: path.resolve('resources'),
      host: 'browser',
      appVersion: 'bench',
      lockHolderName: 'zhiyan bench',
      pdfPrinter: htmlOnlyPrinter,
    },
    (name, payload) => {
      if (name !== 'exportProgress' || (payload as { phase: string }).phase !== 'write') return;
      if (writeStartedAt !== 0) return;
      writeStartedAt = performance.now();
      writeStartedCpu = cpuSeconds();
    },
  );
  started = performance.now();
  const opened = await engine.dispatch('openProject', { path: file });
  if (!opened.ok) throw new Error(opened.error.message);
  console.log(`open    ${((performance.now() - started) / 1000).toFixed(2)} s`);

  const report: ReportOptions = {
    scope: { kind: 'all' },
    organise: 'code',
    notes: 'footnotes',
    includeMemos: true,
    title: '基准报告',
    author: '',
  };
  const formats = (process.env.ZHIYAN_BENCH_FORMATS?.split(',') ?? [...EXPORT_FORMATS]) as ExportFormat[];
  let worst = 0;
  console.log('format   wall s (before writing)   CPU s (before writing)   size      articles passages');
  for (const format of formats) {
    const target = path.join(dir, `report.${format}`);
    writeStartedAt = 0;
    started = performance.now();
    const startedCpu = cpuSeconds();
    const result = await engine.dispatch('exportReport', { report, format, path: target });
    const total = (performance.now() - started) / 1000;
    const cpu = cpuSeconds() - startedCpu;
    if (!result.ok) {
      console.log(`${format.padEnd(6)}  failed: ${result.error.code} ${result.error.message}`);
      worst = Infinity;
      continue;
    }
    const written = result.value as ExportResult;
    const before = ((writeStartedAt || performance.now()) - started) / 1000;
    const beforeCpu = (writeStartedCpu || cpuSeconds()) - startedCpu;
    worst = Math.max(worst, total);
    const figure = (n: number) => n.toFixed(2).padStart(6);
    console.log(
      `${format.padEnd(6)}  ${figure(total)} (${figure(before)})      ${figure(cpu)} (${figure(beforeCpu)})     ${(written.bytes / 1e6).toFixed(2).padStart(6)} MB  ${String(written.articles).padStart(8)} ${String(written.passages).padStart(8)}`,
    );
  }
  await engine.shutdown();
  console.log(
    `Slowest format of a by-code report of ${PASSAGES} passages: ${worst.toFixed(2)} s after open (target ≤ ${TARGET_SECONDS} s) — ${worst <= TARGET_SECONDS ? 'PASS' : 'FAIL'}`,
  );
  if (process.env.ZHIYAN_BENCH_KEEP) console.log(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  if (worst > TARGET_SECONDS) process.exitCode = 1;
}

void main();
