// npm run bench:report — a by-code DOCX report of 5,000 coded passages (1,000 articles, 5 passages
// each, a codebook of 12 codes with notes on a third of them): the time from the project to the
// written file, target ≤ 10 s. Also times the same model written as HTML, XLSX and CSV.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { buildReportModel } from '../../src-main/node/report/build-report-model';
import { writeCsv } from '../../src-main/node/report/write-csv';
import { writeDocx } from '../../src-main/node/report/write-docx';
import { writeHtml } from '../../src-main/node/report/write-html';
import { writeXlsx } from '../../src-main/node/report/write-xlsx';
import { SearchCatalogue } from '../../src-main/node/search/search-catalogue';
import { writeFileAtomic } from '../../src-main/node/durability/atomic-write';

const ARTICLES = 1000;
const PER_ARTICLE = 5;
const NOW = '2026-01-01T00:00:00.000Z';
const PHRASES = [
  '衢州智造新城签约锂电新材料项目',
  '总投资50亿元，建成后年产值超百亿元',
  '合肥市新能源汽车产业链又有三个配套项目落地',
  '补齐电驱系统短板',
  '推动长三角区域一体化高质量发展',
];

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-bench-report-'));
  const store = await ProjectStore.create(path.join(dir, 'bench.zhiyan'));
  store.write((q) => {
    const codes: number[] = [];
    for (let c = 0; c < 12; c++)
      codes.push(
        q.run(
          'INSERT INTO codes (parent_id, name, color, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
          [
            c >= 4 ? codes[c % 4]! : null,
            `编码${c + 1}`,
            `#${((c * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}`,
            c,
            NOW,
            NOW,
          ],
        ).lastInsertRowid,
      );
    for (let a = 0; a < ARTICLES; a++) {
      const paragraphs = PHRASES.map(
        (p, i) => `第${a + 1}篇第${i + 1}段：${p}。该段落还介绍了项目背景、投资主体和建设进度。`,
      );
      const cleanText = paragraphs.join('\n');
      const id = insertArticle(
        q,
        {
          filePath: `/corpus/${a + 1}.txt`,
          contentHash: `h${a}`,
          layout: 'plain',
          encoding: 'utf-8',
          title: `区域产业报道${a + 1}`,
          date: '2024-01-01',
          datePrecision: 'day',
          source: '新华网',
          author: null,
          places: ['浙江省'],
          url: null,
          cleanText,
          originalText: cleanText,
          duplicateOf: null,
          importBatch: null,
        },
        NOW,
      );
      for (let p = 0; p < PER_ARTICLE; p++) {
        const exact = PHRASES[p]!;
        const start = cleanText.indexOf(exact);
        const h = q.run(
          `INSERT INTO highlights (article_id, note, start_offset, end_offset, exact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [id, (a + p) % 3 === 0 ? `第${a + 1}篇的笔记` : '', start, start + exact.length, exact, NOW, NOW],
        ).lastInsertRowid;
        q.run('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)', [
          h,
          codes[(a + p) % codes.length]!,
        ]);
      }
    }
  });

  const options = {
    scope: { kind: 'all' as const },
    organise: 'code' as const,
    notes: 'footnotes' as const,
    includeMemos: false,
    title: '基准报告',
    author: '',
  };
  const catalogue = new SearchCatalogue(store);
  const time = async (label: string, write: () => Promise<Uint8Array | string> | Uint8Array | string) => {
    const started = performance.now();
    const data = await write();
    const file = path.join(dir, `report.${label}`);
    writeFileAtomic(file, data);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label.padEnd(5)} ${seconds.toFixed(2)} s  ${(fs.statSync(file).size / 1e6).toFixed(2)} MB`,
    );
    return seconds;
  };
  const started = performance.now();
  const model = buildReportModel(store, catalogue, options);
  const modelSeconds = (performance.now() - started) / 1000;
  console.log(
    `model ${modelSeconds.toFixed(2)} s  ${model.articles.length} articles, ${model.passageCount} passages`,
  );
  const docx = modelSeconds + (await time('docx', () => writeDocx(model)));
  await time('html', () => writeHtml(model));
  await time('xlsx', () => writeXlsx(model));
  await time('csv', () => writeCsv(model));
  console.log(
    `By-code DOCX of ${model.passageCount} passages: ${docx.toFixed(2)} s (target ≤ 10 s) — ${docx <= 10 ? 'PASS' : 'FAIL'}`,
  );
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (docx > 10) process.exitCode = 1;
}

void main();
