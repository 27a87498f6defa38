// A project whose text has characters outside the BMP (𠮷 takes two UTF-16 units, one code point;
// so does 😀) next to dense Chinese punctuation, for the export offset and rendering tests: coded
// passages that start or end on punctuation, a note with a line break, a highlight with only a note,
// tags on the articles, a date without a year and a title that starts with "=".
import fs from 'node:fs';
import path from 'node:path';
import { ProjectStore } from '../../../src-main/node/db/project-store';
import { createEngine } from '../../../src-main/node/engine/engine';
import { value } from './report-fixture';
import { makeTempDir } from './temp-project';

export const ASTRAL_ARTICLES = {
  jilin: {
    file: 'jilin.txt',
    title: '=𠮷林市数字政府建设方案',
    body:
      '（一）𠮷林市提出：“加快建设😀数字政府”，推进“一网通办”改革。\n' +
      '第二段：𠮷祥物、吉祥物，以及“𠮷野家”（日本）的案例；😀表情。',
    tags: ['𠮷林', '数字政府'],
  },
  zhejiang: {
    file: 'zhejiang.txt',
    title: '浙江“最多跑一次”改革😀经验',
    body: '浙江省推行“最多跑一次”改革，群众办事【只进一扇门】。',
    tags: ['浙江'],
  },
} as const;

/** [passage, file, code names, note] in the order they are created. */
export const ASTRAL_PASSAGES: ReadonlyArray<
  readonly [string, keyof typeof ASTRAL_ARTICLES, string[], string]
> = [
  ['“加快建设😀数字政府”', 'jilin', ['政策'], '第一行\n第二行 <b>不是标签</b>'],
  ['“一网通办”', 'jilin', ['改革'], ''],
  ['𠮷祥物、', 'jilin', ['政策', '改革'], ''],
  ['（日本）', 'jilin', [], '只有笔记，没有编码'],
  ['“最多跑一次”', 'zhejiang', ['改革'], '浙江经验'],
  ['【只进一扇门】', 'zhejiang', ['政策'], ''],
];

export interface AstralProject {
  projectPath: string;
  dataDir: string;
  /** file key → article id */
  ids: Record<keyof typeof ASTRAL_ARTICLES, number>;
  /** file key → the article's clean text, as stored */
  texts: Record<keyof typeof ASTRAL_ARTICLES, string>;
}

export async function buildAstralProject(): Promise<AstralProject> {
  const dir = makeTempDir('astral-src');
  for (const a of Object.values(ASTRAL_ARTICLES))
    fs.writeFileSync(path.join(dir, a.file), `${a.title}\n\n${a.body}\n`);
  const dataDir = makeTempDir('astral-data');
  const projectPath = path.join(makeTempDir('astral-project'), 'astral.zhiyan');
  const engine = createEngine({
    dataDir,
    resourcesDir: path.resolve('resources'),
    host: 'browser',
    appVersion: 'test',
  });
  const ids = {} as AstralProject['ids'];
  const texts = {} as AstralProject['texts'];
  try {
    await value(engine, 'createProject', { path: projectPath });
    await value(engine, 'importPaths', { paths: [dir] });
    const page = await value(engine, 'listArticles', {});
    for (const item of page.items) {
      const article = await value(engine, 'getArticle', { id: item.id });
      const key = path.basename(article.filePath, '.txt') as keyof typeof ASTRAL_ARTICLES;
      ids[key] = article.id;
      texts[key] = article.cleanText;
    }
    const codes: Record<string, number> = {};
    for (const [name, color] of [
      ['政策', '#4caf50'],
      ['改革', '#2196f3'],
    ] as const)
      codes[name] = (await value(engine, 'createCode', { name, color, parentId: null })).id;
    for (const [exact, file, codeNames, note] of ASTRAL_PASSAGES) {
      const start = texts[file].indexOf(exact);
      if (start < 0) throw new Error(`"${exact}" is not in ${file}`);
      await value(engine, 'createHighlight', {
        articleId: ids[file],
        start,
        end: start + exact.length,
        codeIds: codeNames.map((name) => codes[name]!),
        note,
      });
    }
    for (const [key, article] of Object.entries(ASTRAL_ARTICLES))
      await value(engine, 'tagArticles', {
        articleIds: [ids[key as keyof typeof ASTRAL_ARTICLES]],
        tags: [...article.tags],
      });
  } finally {
    await engine.shutdown();
  }
  // What the importer would not give a plain text file: a date without a year, a title starting
  // with "=" as scraped (the importer may tidy titles; the export must not).
  const store = await ProjectStore.open(projectPath);
  try {
    store.write((q) => {
      q.run("UPDATE articles SET date = '--01-04', date_precision = 'month-day', title = ? WHERE id = ?", [
        ASTRAL_ARTICLES.jilin.title,
        ids.jilin,
      ]);
      q.run("UPDATE articles SET date = '2024-03', date_precision = 'month' WHERE id = ?", [ids.zhejiang]);
    });
  } finally {
    store.close();
  }
  return { projectPath, dataDir, ids, texts };
}

/** Slices by code points, as Python's str, R's substr and REFI-QDA do. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
