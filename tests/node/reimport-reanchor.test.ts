// Re-importing a file whose cleaned text changed updates its article in place: same id, new text,
// highlights anchored again (moved, or orphaned and kept), notes kept, search on the new text.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../src-main/common/anchoring';
import type { Code, Highlight } from '../../src-main/common/model/annotation';
import type { Article, ArticleSummary } from '../../src-main/common/model/article';
import type { ImportReport } from '../../src-main/common/model/project';
import type { SearchResult } from '../../src-main/common/model/search';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { copyAsCrashed, makeTempDir } from './support/temp-project';

const BOILERPLATE = '编者按：本文为衢州产业观察系列报道之三，系列报道的其余各篇将陆续刊发，敬请关注。';
const PARAGRAPHS = [
  '2023年，衢州市新能源产业实现产值1200亿元，同比增长35.6%，华友钴业、鹏辉能源等龙头企业加快布局。',
  BOILERPLATE,
  '与此同时，鹏辉能源的二期年产36GWh储能电池生产项目已投产，先导集成电路东港片区基地开工建设。',
  '衢州以产业链、创新链、人才链、资金链、服务链“五链”融合为抓手，新能源产业发展路径越来越清晰。',
  '据悉，园区配套的危废处置中心由市属国企投资建设，预计明年六月建成并投入运营。',
  '下一步，衢州将围绕锂电新材料、UTG超薄玻璃等方向，持续招引百亿级项目，打造新能源产业高地。',
];
const OTHER = [
  '合肥市新能源汽车产业链招商推进会在包河区举行，三个零部件项目现场签约，总投资约58亿元。',
  '据介绍，此次签约的电驱动系统项目规划年产电驱动总成60万套，热管理系统项目主要生产电动压缩机。',
];

const page = (title: string, paragraphs: string[]) =>
  `${title}\n\n发布时间:2023-12-29 10:00:00 来源:衢州日报\n\n${paragraphs.join('\n\n')}\n`;

interface HighlightRow {
  id: number;
  start_offset: number;
  end_offset: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: number;
}

let engine: Engine | null = null;
afterEach(async () => {
  await engine?.shutdown();
  engine = null;
});

async function call<T>(method: string, args: unknown): Promise<T> {
  const result = await engine!.dispatch(method as never, args as never);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Runs `fn` on the project file directly, with the engine's project closed meanwhile. */
async function withStore<T>(projectPath: string, fn: (store: ProjectStore) => T): Promise<T> {
  await call('closeProject', {});
  const store = await ProjectStore.open(projectPath);
  try {
    return fn(store);
  } finally {
    store.close();
    await call('openProject', { path: projectPath });
  }
}

const search = async (query: string) =>
  (await call<SearchResult>('search', { query })).hits.map((hit) => hit.id);

describe('re-import of a changed file', () => {
  it('updates the article in place and anchors its highlights again', async () => {
    const folder = makeTempDir('reimport');
    const storyFile = path.join(folder, 'story.txt');
    fs.writeFileSync(storyFile, page('衢州新能源产业集群加快成形', PARAGRAPHS));
    fs.writeFileSync(path.join(folder, 'other.txt'), page('合肥新能源汽车产业链再添配套', OTHER));
    // The project files as a crash would leave them right after the re-import stored its batch
    // (journal written, the import's closing snapshot not yet): copied when the library changes.
    let crashAfterBatch = false;
    let crashed = '';
    const projectPath = path.join(makeTempDir('reimport-project'), 'p.zhiyan');
    engine = createEngine(
      { dataDir: null, resourcesDir: '.', host: 'browser', appVersion: 'test' },
      (name) => {
        if (name === 'libraryChanged' && crashAfterBatch && !crashed)
          crashed = copyAsCrashed(projectPath, 'reimport-crashed');
      },
    );
    await call('createProject', { path: projectPath });
    const first = await call<ImportReport>('importPaths', { paths: [folder] });
    expect(first).toMatchObject({ imported: 2, duplicates: 0 });

    const { items } = await call<{ items: ArticleSummary[] }>('listArticles', { limit: 100 });
    const story = items.find((a) => a.filePath === storyFile)!;
    const before = await call<Article>('getArticle', { id: story.id });
    expect(before.cleanText).toContain(BOILERPLATE);
    await call('saveArticleNote', { articleId: story.id, body: '对比合肥的链长制' });
    expect(await search('编者按')).toEqual([story.id]);
    expect(await search('危废处置')).toEqual([story.id]);

    // Four highlights: after the removed line; inside a passage that gets one word changed; in a
    // paragraph that is removed; and a short quote repeated in the article ("新能源产业", the last one).
    const passages = [
      { exact: '鹏辉能源的二期年产36GWh储能电池生产项目已投产', nth: 0 },
      { exact: '人才链、资金链、服务链“五链”融合为抓手', nth: 0 },
      { exact: '危废处置中心由市属国企投资建设', nth: 0 },
      { exact: '新能源产业', nth: 2 },
    ];
    const text = before.cleanText;
    const code = await call<Code>('createCode', { name: '产业链' });
    const ids: number[] = [];
    for (const [i, { exact, nth }] of passages.entries()) {
      let start = -1;
      for (let n = 0; n <= nth; n++) start = text.indexOf(exact, start + 1);
      const created = await call<Highlight>('createHighlight', {
        articleId: story.id,
        start,
        end: start + exact.length,
        codeIds: [code.id],
        note: `批注${i + 1}`,
      });
      expect(created).toMatchObject({
        exact,
        prefix: describeRange(text, start, start + exact.length).prefix,
      });
      ids.push(created.id);
    }

    // Better cleaning, as the file now reads: the boilerplate line gone, one word changed, one passage gone.
    const changed = PARAGRAPHS.filter((p) => p !== BOILERPLATE && !p.includes('危废'));
    changed[2] = changed[2]!.replace('人才链', '人力链');
    fs.writeFileSync(storyFile, page('衢州新能源产业集群加快成形', changed));
    crashAfterBatch = true;
    const second = await call<ImportReport>('importPaths', { paths: [folder] });
    expect(second).toMatchObject({ imported: 0, duplicates: 1, updated: 1, orphanedHighlights: 1 });
    expect(fs.statSync(`${crashed}.journal`).size).toBeGreaterThan(0);

    const after = await call<Article>('getArticle', { id: story.id });
    const { items: afterItems } = await call<{ items: ArticleSummary[] }>('listArticles', { limit: 100 });
    expect(afterItems).toHaveLength(2);
    expect(after.cleanText).not.toContain(BOILERPLATE);
    expect(after.cleanText).toContain('人力链');
    expect(after.cleanText).not.toBe(before.cleanText);
    expect((await call<{ body: string }>('getArticleNote', { articleId: story.id })).body).toBe(
      '对比合肥的链长制',
    );

    const rows = await withStore(projectPath, (store) =>
      store.read((q) =>
        q.all<HighlightRow>('SELECT * FROM highlights WHERE article_id = ? ORDER BY id', [story.id]),
      ),
    );
    expect(rows.map((r) => r.id)).toEqual(ids);
    const covered = (r: HighlightRow) => after.cleanText.slice(r.start_offset, r.end_offset);
    const [moved, edited, removed, repeated] = rows as [
      HighlightRow,
      HighlightRow,
      HighlightRow,
      HighlightRow,
    ];
    expect(covered(moved)).toBe(passages[0]!.exact);
    expect(moved.start_offset).toBe(after.cleanText.indexOf(passages[0]!.exact));
    expect(moved.orphaned).toBe(0);
    expect(covered(edited)).toBe('人力链、资金链、服务链“五链”融合为抓手');
    expect(edited).toMatchObject({ exact: '人力链、资金链、服务链“五链”融合为抓手', orphaned: 0 });
    expect(after.cleanText.slice(edited.start_offset - edited.prefix.length, edited.start_offset)).toBe(
      edited.prefix,
    );
    expect(removed).toMatchObject({ orphaned: 1, exact: passages[2]!.exact });
    expect(covered(repeated)).toBe('新能源产业');
    expect(after.cleanText.slice(repeated.start_offset, repeated.end_offset + 2)).toBe('新能源产业高地');

    // Codes and notes stayed with every highlight, the orphaned one included.
    const listed = await call<Highlight[]>('listHighlights', { articleId: story.id });
    expect(listed.map((h) => [h.id, h.codeIds, h.note, h.orphaned]).sort()).toEqual(
      ids.map((id, i) => [id, [code.id], `批注${i + 1}`, i === 2]).sort(),
    );

    expect(await search('人力链')).toEqual([story.id]);
    expect(await search('危废处置')).toEqual([]);
    expect(await search('编者按')).toEqual([]);
    expect(await search('储能电池')).toEqual([story.id]);

    // The index is not journaled, but its detachment from the old text is: after a crash the
    // article is indexed again on open, under its new text only.
    const other = createEngine({ dataDir: null, resourcesDir: '.', host: 'browser', appVersion: 'test' });
    try {
      expect((await other.dispatch('openProject', { path: crashed })).ok).toBe(true);
      const hitsAfterCrash = async (query: string) => {
        const found = await other.dispatch('search', { query });
        return found.ok ? (found.value as SearchResult).hits.map((hit) => hit.id) : null;
      };
      expect(await hitsAfterCrash('人力链')).toEqual([story.id]);
      expect(await hitsAfterCrash('危废处置')).toEqual([]);
    } finally {
      await other.shutdown();
    }

    // Importing the same files again changes nothing more.
    const third = await call<ImportReport>('importPaths', { paths: [folder] });
    expect(third).toMatchObject({ imported: 0, duplicates: 2, updated: 0, orphanedHighlights: 0 });
  });

  it('still stores exact duplicates from other paths once, and adds a changed copy elsewhere as new', async () => {
    const folder = makeTempDir('reimport-dupes');
    fs.writeFileSync(path.join(folder, 'a.txt'), page('衢州新能源产业集群加快成形', PARAGRAPHS));
    fs.writeFileSync(path.join(folder, 'b.txt'), page('衢州新能源产业集群加快成形', PARAGRAPHS));
    engine = createEngine({ dataDir: null, resourcesDir: '.', host: 'browser', appVersion: 'test' });
    await call('createProject', { path: path.join(makeTempDir('reimport-dupes-project'), 'p.zhiyan') });
    expect(await call<ImportReport>('importPaths', { paths: [folder] })).toMatchObject({
      imported: 1,
      duplicates: 1,
    });

    // b.txt was never stored (its text was a's): its new text is a new article; a's stays as it was.
    fs.writeFileSync(path.join(folder, 'b.txt'), page('衢州新能源产业集群加快成形', PARAGRAPHS.slice(0, 4)));
    const report = await call<ImportReport>('importPaths', { paths: [folder] });
    expect(report).toMatchObject({ imported: 1, duplicates: 1, updated: 0 });
    const { items } = await call<{ items: ArticleSummary[] }>('listArticles', { limit: 100 });
    expect(items.map((a) => path.basename(a.filePath)).sort()).toEqual(['a.txt', 'b.txt']);
  });
});
