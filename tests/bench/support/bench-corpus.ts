// Benchmark material: the shared corpus generator's output when ../shared is beside the checkout
// (a user's clone has no such folder), otherwise articles synthesised here from a small word list.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BenchArticle {
  file: string;
  title: string;
  date: string | null;
  source: string | null;
  body: string;
  /** The file's text as the crawler left it (what an article keeps as its original). */
  raw: string;
}

// npm runs benchmarks from the package root.
const repoRoot = process.cwd();
const cacheRoot = path.join(repoRoot, 'node_modules', '.zhiyan-bench');
export const SHARED_GENERATOR = path.resolve(repoRoot, '..', 'shared', 'corpus', 'make-corpus.mjs');

/** Generates (once, then cached) N files with make-corpus.mjs; null when the generator is absent. */
export function sharedCorpus(n: number, bad = 0): { dir: string; truth: Record<string, unknown>[] } | null {
  if (!fs.existsSync(SHARED_GENERATOR)) return null;
  const dir = path.join(cacheRoot, `corpus-${n}-bad${bad}`);
  const truthFile = path.join(dir, '_truth.jsonl');
  if (!fs.existsSync(truthFile)) {
    fs.rmSync(dir, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [SHARED_GENERATOR, '--n', String(n), '--out', dir, '--seed', '7', '--bad', String(bad)],
      {
        stdio: 'inherit',
      },
    );
  }
  const truth = fs
    .readFileSync(truthFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { dir, truth };
}

const WORDS =
  '衢州 智造 新城 锂电 新材料 产业链 招商引资 项目 签约 投资 亿元 高质量 发展 氟硅 园区 企业 政府 推进 合作 创新'.split(
    ' ',
  );

function synthetic(n: number): BenchArticle[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, i) => {
    const paragraphs = Array.from({ length: 8 }, () =>
      Array.from({ length: 120 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(''),
    );
    const body = paragraphs.join('\n');
    return {
      file: `synthetic/${i}.txt`,
      title: `衢州产业报道${i}`,
      date: '2023-12-29',
      source: '衢州日报',
      body,
      raw: body,
    };
  });
}

export function benchArticles(n: number): { articles: BenchArticle[]; origin: string } {
  const shared = sharedCorpus(n);
  if (!shared) return { articles: synthetic(n), origin: 'synthetic (../shared/corpus not found)' };
  const articles = shared.truth
    .filter((t) => typeof t.body === 'string' && !t.bad)
    .map((t) => ({
      file: String(t.file),
      title: String(t.title ?? ''),
      date: (t.date as string | null) ?? null,
      source: (t.source as string | null) ?? null,
      body: String(t.body),
      raw: fs.readFileSync(path.join(shared.dir, String(t.file))).toString('latin1'),
    }));
  return { articles, origin: `make-corpus.mjs --n ${n} --seed 7` };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
