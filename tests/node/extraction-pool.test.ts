// The extraction thread gives what extraction in the engine thread gives, in order, and when the
// thread dies its files are extracted in the engine thread instead: an import never loses a file.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src-main/node/ingest/extract-file';
import { workerExtractor } from '../../src-main/node/ingest/extraction-pool';
import { buildNodeEntry } from './support/build-entry';
import { makeTempDir } from './support/temp-project';

let workerPath = '';
let files: string[] = [];

beforeAll(async () => {
  workerPath = await buildNodeEntry('src-main/node/ingest/extraction-worker.ts', 'extraction-worker');
  const dir = makeTempDir('extraction');
  files = Array.from({ length: 12 }, (_, i) => {
    const file = path.join(dir, `${i}.txt`);
    const body =
      i === 5
        ? ''
        : `第${i}篇：衢州产业项目\n\n发布时间:2023-12-29\n\n衢州智造新城第${i}个项目开工建设，总投资${i + 1}亿元，计划明年投产。\n`;
    fs.writeFileSync(file, body);
    return file;
  });
  files.push(path.join(dir, 'missing.txt'));
});

const comparable = (result: ReturnType<typeof extractFile>) => ({
  ...result,
  articles: result.articles.map(({ article, print }) => ({ article, buckets: print?.buckets ?? null })),
});

describe('extraction thread', () => {
  it('extracts exactly what the engine thread would, in the order asked', async () => {
    const extractor = workerExtractor(workerPath);
    try {
      const results = await Promise.all(files.map((file) => extractor.extract(file)));
      expect(results.map(comparable)).toEqual(files.map((file) => comparable(extractFile(file))));
      expect(results[5]!.skipped.map((p) => p.code)).toEqual(['empty']);
      expect(results[12]!.skipped.map((p) => p.code)).toEqual(['read-failed']);
    } finally {
      await extractor.close();
    }
  });

  it('loses no file when the thread dies: its files are extracted in the engine thread', async () => {
    const crashing = path.join(makeTempDir('crashing-worker'), 'crash.cjs');
    fs.writeFileSync(crashing, "throw new Error('extraction thread crashed');\n");
    const extractor = workerExtractor(crashing);
    try {
      const results = await Promise.all(files.map((file) => extractor.extract(file)));
      expect(results.map(comparable)).toEqual(files.map((file) => comparable(extractFile(file))));
    } finally {
      await extractor.close();
    }
  });
});
