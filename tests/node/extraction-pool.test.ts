// The extraction thread gives what extraction in the engine thread gives, in order, and when the
// thread dies its files are extracted in the engine thread instead: an import never loses a file.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src-main/node/ingest/extract-file';
import { ARTICLES_PER_PART, type ExtractedFile } from '../../src-main/node/ingest/extract-file';
import { workerExtractor, type FileExtraction } from '../../src-main/node/ingest/extraction-pool';
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

/** All parts of one file, asked for one after the other as the import does; and how many there were. */
async function wholeFile(extraction: FileExtraction): Promise<ExtractedFile & { parts: number }> {
  const whole = {
    file: extraction.file,
    articles: [],
    skipped: [],
    warnings: [],
    parts: 0,
  } as ExtractedFile & {
    parts: number;
  };
  for (let more = true; more;) {
    const part = await extraction.nextPart();
    whole.articles.push(...part.articles);
    whole.skipped.push(...part.skipped);
    whole.warnings.push(...part.warnings);
    whole.parts += 1;
    more = part.more === true;
  }
  return whole;
}

const comparable = ({ file, articles, skipped, warnings }: ExtractedFile) => ({
  file,
  skipped,
  warnings,
  articles: articles.map(({ article, print }) => ({ article, buckets: print?.buckets ?? null })),
});

describe('extraction thread', () => {
  it('extracts exactly what the engine thread would, in the order asked', async () => {
    const extractor = workerExtractor(workerPath);
    try {
      const results = await Promise.all(files.map((file) => wholeFile(extractor.extract(file))));
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
      const results = await Promise.all(files.map((file) => wholeFile(extractor.extract(file))));
      expect(results.map(comparable)).toEqual(files.map((file) => comparable(extractFile(file))));
    } finally {
      await extractor.close();
    }
  });

  it('hands a crawler dump over in parts, the next made only when asked for', async () => {
    const dump = path.join(makeTempDir('dump-parts'), 'dump.jsonl');
    const records = Array.from({ length: ARTICLES_PER_PART * 2 + 5 }, (_, i) =>
      JSON.stringify({ title: `第${i}条`, content: `衢州第${i}个项目开工建设，总投资${i}亿元。` }),
    );
    fs.writeFileSync(dump, `${records.join('\n')}\n[broken\n`);
    const extractor = workerExtractor(workerPath);
    try {
      const whole = await wholeFile(extractor.extract(dump));
      expect(whole.parts).toBe(3);
      expect(whole.articles).toHaveLength(records.length);
      expect(comparable(whole)).toEqual(comparable(extractFile(dump)));
      expect(whole.skipped).toEqual([
        { code: 'malformed-records', record: records.length + 1, detail: expect.any(String) },
      ]);
    } finally {
      await extractor.close();
    }
  });
});
