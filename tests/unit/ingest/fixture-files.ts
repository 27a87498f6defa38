// Reads the ingest fixtures and the demo corpus from the repository (never from outside it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile, type ExtractedArticle } from '../../../src-main/node/ingest/ingest-file';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
export const DEMO_CORPUS_DIR = fileURLToPath(new URL('../../../resources/demo-corpus/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(FIXTURES_DIR + name);
}

/** Ingests a file and fails the test with the skip reason if it was not an article. */
export function ingestArticle(dir: string, name: string): ExtractedArticle {
  const outcome = ingestFile(readFileSync(dir + name), dir + name);
  const [article] = outcome.articles;
  if (!article) throw new Error(`${name} was skipped: ${outcome.skipped.map((p) => p.code).join(', ')}`);
  return article;
}

/** Lines of page furniture that must never survive into an article's clean text. */
export const NOISE_SNIPPETS = [
  '404 Not Found',
  '502 Bad Gateway',
  'ZJOL/',
  'nginx/',
  'openresty/',
  '点击率',
  '发布者',
  '本文转自',
  '中文 | EN',
  '您当前的位置',
  '首页 |',
  '爬虫',
  '快照生成时间',
  '复制本文标题地址',
  '请您文明上网',
  '我要注册',
  '更多关于',
  '.png',
  '.jpg',
  '.jpeg',
  '摄',
  '供图',
  '℃',
  '类别:',
  '发布时间',
  '责任编辑',
  '相关阅读',
  '网友评论',
  '版权所有',
  '<',
  '>',
];

export function noiseIn(cleanText: string): string[] {
  return NOISE_SNIPPETS.filter((snippet) => cleanText.includes(snippet));
}
