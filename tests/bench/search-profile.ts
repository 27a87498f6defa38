import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SEARCH_FIRST_PAGE, type SearchFilters, type SearchRequest } from '../../src-main/common/model/search';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { SearchCatalogue } from '../../src-main/node/search/search-catalogue';
import { ensureSearchIndex } from '../../src-main/node/search/search-index';
import { search } from '../../src-main/node/search/search-service';
import { ms, percentile } from './support/bench-corpus';
const SOURCES = ['新华网', '衢州日报', '中国新闻网'];
let seed = 3;
const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
interface Doc { id: number; title: string; body: string; date: string | null; source: string | null }
function sampleTerm(docs: Doc[], length: number): string {
  for (;;) {
    const body = pick(docs).body;
    const at = Math.floor(rand() * Math.max(1, body.length - length));
    const term = body.slice(at, at + length);
    if (/^[\u4e00-\u9fff]+$/.test(term)) return term;
  }
}
function queries(docs: Doc[]): { kind: string; request: SearchRequest }[] {
  const out: { kind: string; request: SearchRequest }[] = [];
  const filters = (): SearchFilters =>
    rand() < 0.5 ? { sources: [pick(SOURCES)] } : { dateFrom: '2015-01-01', dateTo: '2020-12-31' };
  for (let i = 0; i < 300; i++) {
    const kind = i % 6;
    let query: string;
    if (kind === 0) query = sampleTerm(docs, 1 + (i % 4));
    else if (kind === 1) query = `${sampleTerm(docs, 2)} ${sampleTerm(docs, 2)}`;
    else if (kind === 2) query = `"${sampleTerm(docs, 4)}"`;
    else if (kind === 3) query = `${sampleTerm(docs, 2)} OR ${sampleTerm(docs, 3)}`;
    else if (kind === 4) query = pick(['GWh', '800V', '5G', '衢州', '锂电', '招商引资', '智造新城', '发展']);
    else query = `${sampleTerm(docs, 2)} -${sampleTerm(docs, 2)}`;
    const filtered = i % 3 === 0;
    out.push({
      kind: ['term', 'AND', 'phrase', 'OR', 'named', 'exclude'][kind]! + (filtered ? '+filter' : ''),
      request: { query, filters: filtered ? filters() : {}, sort: 'relevance', offset: 0, limit: SEARCH_FIRST_PAGE },
    });
  }
  return out;
}

async function main() {
  const file = process.env.PROJECT!;
  if (!fs.existsSync(file)) throw new Error('PROJECT');
  const store = await ProjectStore.open(file, { idleSnapshotMs: 0 });
  ensureSearchIndex(store);
  const docs: Doc[] = [];
  store.read((q) => q.each('SELECT id, title, clean_text, date, source FROM articles ORDER BY id', [], ([id, title, body, date, source]) => { docs.push({ id: id as number, title: title as string, body: body as string, date: date as string, source: source as string }); }));
  const catalogue = new SearchCatalogue(store);
  catalogue.all();
  store.read((q) => catalogue.memory.fillAll(q));
  for (let r = 0; r < Number(process.env.ROUNDS ?? 1); r++) {
    const qs = queries(docs).filter(({ kind }) => !process.env.KIND || kind.startsWith(process.env.KIND));
    const times: number[] = [];
    const byKind = new Map<string, number[]>();
    for (const { kind, request } of qs) {
      const t = performance.now();
      search(store, catalogue, request as Required<SearchRequest>);
      const took = performance.now() - t;
      times.push(took);
      byKind.set(kind, [...(byKind.get(kind) ?? []), took]);
    }
    if (process.env.MEDIAN) {
      const order = times.map((t, i) => i).sort((a, b) => times[a]! - times[b]!);
      for (const i of order.slice(130, 170)) console.log(times[i]!.toFixed(2), qs[i]!.kind, qs[i]!.request.query);
    }
    console.log(`round ${r}: p50 ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))}`);
    if (process.env.KINDS) for (const [kind, t] of [...byKind].sort()) console.log(`  ${kind.padEnd(14)} p50 ${ms(percentile(t, 50))}`);
  }
  store.close();
}
void main();
