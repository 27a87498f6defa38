import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src-main/common/model/article';
import type { ImportReport } from '../../src-main/common/model/project';
import { isReprint, similarity } from '../../src-main/node/dedupe/similarity';
import { shingleHashes } from '../../src-main/node/dedupe/minhash';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { makeTempDir } from './support/temp-project';

const STORY = [
  '12月14日，吉利控股集团旗下极氪智能科技控股有限公司在衢州正式发布量产800V磷酸铁锂超快充电池。',
  '据介绍，运用于新能源汽车后，这款电池充电15分钟即可实现续航增加500公里以上，体积利用率达83.7%。',
  '要知道，2022年5月，吉利“三电”系列项目落地衢州。从一片空地到前不久正式投产下线，用时仅1年多。',
  '12月28日，在浙大衢州“两院”举行的创新创业论坛上，落地于衢州的高端化学品技术验证中心正式揭牌。',
  '数据显示，今年前三季度，衢州工业投资、制造业投资、高新技术产业投资分别实现了45%、41%和50%的增长。',
  '不少产业资本人士表示，当下的衢州可谓是“投资洼地”，产业链、创新链、资本链正在加速融合。',
];
const OTHER = [
  '合肥市新能源汽车产业链招商推进会在包河区举行，三个零部件项目现场签约，总投资约58亿元。',
  '据介绍，此次签约的电驱动系统项目规划年产电驱动总成60万套，热管理系统项目主要生产电动压缩机。',
  STORY[4]!, // unrelated stories about the same places share a paragraph now and then
  '推进会上，合肥还发布了新能源汽车产业“链长制”工作清单，明确由市领导牵头联系重点整车和零部件企业。',
];

const page = (title: string, date: string, source: string, paragraphs: string[]) =>
  `${title}\n\n发布时间:${date} 10:00:00 来源:${source}\n\n${paragraphs.join('\n\n')}\n`;

async function importFolder(files: Record<string, string>) {
  const folder = makeTempDir('reprints');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  const engine: Engine = createEngine({
    dataDir: null,
    resourcesDir: '.',
    host: 'browser',
    appVersion: 'test',
  });
  const created = await engine.dispatch('createProject', {
    path: path.join(makeTempDir('reprints-project'), 'p.zhiyan'),
  });
  if (!created.ok) throw new Error(created.error.message);
  const imported = await engine.dispatch('importPaths', { paths: [folder] });
  if (!imported.ok) throw new Error(imported.error.message);
  const page1 = await engine.dispatch('listArticles', { limit: 100 });
  if (!page1.ok) throw new Error(page1.error.message);
  const byFile = (name: string) =>
    (page1.value as { items: ArticleSummary[] }).items.find((a) => path.basename(a.filePath) === name)!;
  return { engine, folder, report: imported.value as ImportReport, byFile };
}

describe('reprint detection', () => {
  it('tells a lightly edited reprint from an unrelated story that shares a paragraph', () => {
    const reprint = [...STORY.slice(0, 5)];
    reprint[1] = reprint[1]!.replace('。', '，记者了解到。');
    const original = shingleHashes(STORY.join('\n'));
    expect(isReprint(similarity(original, shingleHashes(reprint.join('\n'))))).toBe(true);
    expect(isReprint(similarity(original, shingleHashes(OTHER.join('\n'))))).toBe(false);
  });

  it('links a reprint to its original across sources and titles; the earlier date is the original', async () => {
    const edited = STORY.map((p, i) => (i === 2 ? p.replace('。', '，记者了解到。') : p)).slice(0, 5);
    const { engine, report, byFile } = await importFolder({
      // Sorted first, so imported first, but published a day later: it is the reprint.
      'a-reprint.txt': page('衢州锂电产业竞逐“新势力”（转载）', '2023-12-30', '每日看点', edited),
      'b-original.txt': page('浙江衢州竞逐长三角“新势力”', '2023-12-29', '中国新闻网', STORY),
      'c-other.txt': page('合肥新能源汽车产业链再添配套', '2023-12-29', '江淮在线', OTHER),
    });
    expect(report).toMatchObject({ imported: 3, duplicates: 0, reprints: 1 });
    const original = byFile('b-original.txt');
    expect(original.duplicateOf).toBeNull();
    expect(byFile('a-reprint.txt').duplicateOf).toBe(original.id);
    expect(byFile('c-other.txt').duplicateOf).toBeNull();
    await engine.shutdown();
  });

  it('re-importing a folder adds nothing and keeps the notes written in between', async () => {
    const { engine, folder, byFile } = await importFolder({
      'story.txt': page('浙江衢州竞逐长三角“新势力”', '2023-12-29', '中国新闻网', STORY),
      'other.txt': page('合肥新能源汽车产业链再添配套', '2023-12-29', '江淮在线', OTHER),
    });
    const story = byFile('story.txt');
    const saved = await engine.dispatch('saveArticleNote', { articleId: story.id, body: '与合肥对比' });
    expect(saved.ok).toBe(true);
    const again = await engine.dispatch('importPaths', { paths: [folder] });
    expect(again.ok && (again.value as ImportReport)).toMatchObject({
      imported: 0,
      duplicates: 2,
      reprints: 0,
    });
    const note = await engine.dispatch('getArticleNote', { articleId: story.id });
    expect(note.ok && (note.value as { body: string }).body).toBe('与合肥对比');
    await engine.shutdown();
  });
});
