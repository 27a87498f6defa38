// The layouts fixture set (tests/fixtures/ingest/layouts/): pages and text dumps from news portals,
// government information-disclosure pages, WeChat articles and Taiwan/Hong Kong sites, each with
// what a reader finds on it (expected.json). Used by the vitest suite and by `npm run
// bench:layouts`, which prints the accuracy per field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestFile, type ExtractedArticle } from '../../../src-main/node/ingest/ingest-file';

// From the working directory, not import.meta.url: the benchmark runs as a bundle elsewhere.
export const LAYOUTS_DIR = `${path.resolve(process.cwd(), 'tests', 'fixtures', 'ingest', 'layouts')}/`;

export interface LayoutCase {
  file: string;
  title: string;
  /** YYYY-MM-DD, --MM-DD, or null when the page states no date. */
  date: string | null;
  source: string | null;
  docNumber: string | null;
  /** Text the first paragraph holds, and the last. */
  first: string;
  last: string;
  /** Text that must not be in the clean text (navigation, tails, buttons, other articles). */
  absent?: string[];
}

export type CaseField = 'title' | 'date' | 'source' | 'docNumber' | 'body';
export const CASE_FIELDS: readonly CaseField[] = ['title', 'date', 'source', 'docNumber', 'body'];

export interface CaseResult {
  file: string;
  /** Per field: null when right, else what was found instead. */
  misses: Partial<Record<CaseField, string>>;
}

export function layoutCases(): LayoutCase[] {
  return JSON.parse(readFileSync(`${LAYOUTS_DIR}expected.json`, 'utf8')) as LayoutCase[];
}

export function ingestCase(file: string): ExtractedArticle {
  const outcome = ingestFile(readFileSync(LAYOUTS_DIR + file), LAYOUTS_DIR + file);
  const [article] = outcome.articles;
  if (!article) throw new Error(`${file} was skipped: ${outcome.skipped.map((p) => p.code).join(', ')}`);
  return article;
}

/** What is wrong with the body: first or last paragraph not as expected, or furniture left in. */
export function bodyMiss(expected: LayoutCase, cleanText: string): string | null {
  const paragraphs = cleanText.split('\n');
  const first = paragraphs[0] ?? '';
  const last = paragraphs.at(-1) ?? '';
  if (!first.includes(expected.first)) return `first paragraph: ${first.slice(0, 40)}`;
  if (!last.includes(expected.last)) return `last paragraph: ${last.slice(-40)}`;
  const left = (expected.absent ?? []).filter((snippet) => cleanText.includes(snippet));
  return left.length > 0 ? `left in: ${left.join(', ')}` : null;
}

export function scoreCase(expected: LayoutCase, article: ExtractedArticle): CaseResult {
  const misses: CaseResult['misses'] = {};
  const docNumber = (article as ExtractedArticle & { docNumber?: string | null }).docNumber ?? null;
  if (article.title !== expected.title) misses.title = article.title;
  if (article.date !== expected.date) misses.date = String(article.date);
  if (article.source !== expected.source) misses.source = String(article.source);
  if (docNumber !== expected.docNumber) misses.docNumber = String(docNumber);
  const body = bodyMiss(expected, article.cleanText);
  if (body !== null) misses.body = body;
  return { file: expected.file, misses };
}
