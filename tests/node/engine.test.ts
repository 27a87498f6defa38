import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../src-main/common/api/contract';
import type { AppState, ImportReport, ProjectInfo } from '../../src-main/common/model/project';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { makeTempDir } from './support/temp-project';

const RESOURCES = path.resolve('resources');

async function startEngine(dataDir: string): Promise<Engine> {
  const engine = createEngine({ dataDir, resourcesDir: RESOURCES, host: 'browser', appVersion: 'test' });
  await engine.start();
  return engine;
}

async function value<M extends ApiMethod>(
  engine: Engine,
  method: M,
  args: unknown = {},
): Promise<ApiResults[M]> {
  const result = await engine.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ApiResults[M];
}

async function errorCode(engine: Engine, method: ApiMethod, args: unknown = {}): Promise<string> {
  const result = await engine.dispatch(method, args);
  if (result.ok) throw new Error(`${method} was expected to fail`);
  return result.error.code;
}

/** A folder as a crawler leaves it: good files, the same text twice, an empty and a binary file. */
function messyFolder(): string {
  const dir = makeTempDir('messy');
  const article = (title: string, body: string) =>
    `${title}\n\n发布时间:2023-12-29 10:00:00 来源:衢州日报\n\n${body}\n`;
  fs.writeFileSync(
    path.join(dir, 'a.txt'),
    article(
      '衢州锂电产业再添新项目',
      '衢州智造新城签约锂电新材料项目,总投资50亿元。\n项目建成后年产值预计超过百亿元。',
    ),
  );
  fs.mkdirSync(path.join(dir, '子目录'));
  fs.writeFileSync(
    path.join(dir, '子目录', 'b.txt'),
    article(
      '合肥新能源汽车产业链加速集聚',
      '合肥市新能源汽车产业链又有三个配套项目落地。\n这些项目将补齐电驱系统短板。',
    ),
  );
  fs.copyFileSync(path.join(dir, 'a.txt'), path.join(dir, '子目录', 'a-copy.txt'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(
    path.join(dir, 'binary.txt'),
    Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x89, 0x50, 0x4e, 0x47]),
  );
  return dir;
}

describe('engine', () => {
  it('opens the demo project on the very first start, and the same project on the next', async () => {
    const dataDir = makeTempDir('first-start');
    const first = await startEngine(dataDir);
    const state = await value(first, 'getAppState');
    expect(state.project?.isDemo).toBe(true);
    expect(state.project?.articleCount).toBeGreaterThanOrEqual(8);
    const page = await value(first, 'listArticles', { limit: 50 });
    expect(page.items.every((a) => a.title.length > 0)).toBe(true);
    await first.shutdown();

    const second = await startEngine(dataDir);
    expect((await value(second, 'getAppState')).project?.path).toBe(state.project?.path);
    await second.shutdown();
  });

  it('remembers the language and recent projects across restarts, and starts empty after a close', async () => {
    const dataDir = makeTempDir('settings');
    const projectPath = path.join(makeTempDir('settings-project'), '长三角');
    const engine = await startEngine(dataDir);
    await value(engine, 'setLocale', { locale: 'en' });
    const created = await value(engine, 'createProject', { path: projectPath });
    expect(created.path).toBe(`${projectPath}.zhiyan`);
    await engine.shutdown();

    const again = await startEngine(dataDir);
    const state: AppState = await value(again, 'getAppState');
    expect(state.locale).toBe('en');
    expect(state.project?.path).toBe(created.path);
    expect(state.recentProjects.map((p) => p.path)).toEqual([created.path]);
    await value(again, 'closeProject');
    await again.shutdown();

    const third = await startEngine(dataDir);
    expect((await value(third, 'getAppState')).project).toBeNull();
    expect(await errorCode(third, 'listArticles', {})).toBe('NO_PROJECT_OPEN');
    await third.shutdown();
  });

  it('imports a messy folder: bad files reported, the same text stored once, re-import adds nothing', async () => {
    const engine = await startEngine(makeTempDir('import'));
    await value(engine, 'createProject', { path: path.join(makeTempDir('import-project'), '导入.zhiyan') });
    const folder = messyFolder();
    const report: ImportReport = await value(engine, 'importPaths', { paths: [folder] });
    expect(report.filesSeen).toBe(5);
    expect(report.imported).toBe(2);
    expect(report.duplicates).toBe(1);
    expect(report.skipped.map((s) => path.basename(s.file)).sort()).toEqual(['binary.txt', 'empty.txt']);
    expect(Object.fromEntries(report.skipped.map((s) => [path.basename(s.file), s.code]))).toEqual({
      'binary.txt': 'binary',
      'empty.txt': 'empty',
    });

    const titles = (await value(engine, 'listArticles', { sort: 'title-asc' })).items.map((a) => a.title);
    expect(titles).toEqual(['合肥新能源汽车产业链加速集聚', '衢州锂电产业再添新项目']);
    const again = await value(engine, 'importPaths', { paths: [folder] });
    expect(again.imported).toBe(0);
    expect((await value(engine, 'getAppState')).project?.articleCount).toBe(2);
    expect(await errorCode(engine, 'importPaths', { paths: [path.join(folder, 'nowhere')] })).toBe(
      'IMPORT_PATH_NOT_FOUND',
    );
    await engine.shutdown();
  });

  it('saves a copy that opens with the same articles and notes', async () => {
    const engine = await startEngine(makeTempDir('copy'));
    const demo = (await value(engine, 'getAppState')).project!;
    const first = (await value(engine, 'listArticles', { limit: 1 })).items[0]!;
    await value(engine, 'saveArticleNote', { articleId: first.id, body: '另存前写的笔记' });
    const target = path.join(makeTempDir('copy-target'), '副本');
    const copy = await value(engine, 'saveProjectCopy', { path: target });
    expect(await errorCode(engine, 'saveProjectCopy', { path: target })).toBe('PROJECT_ALREADY_EXISTS');

    const opened: ProjectInfo = await value(engine, 'openProject', { path: copy.path });
    expect(opened.articleCount).toBe(demo.articleCount);
    expect((await value(engine, 'getArticleNote', { articleId: first.id }))?.body).toBe('另存前写的笔记');
    await engine.shutdown();
  });

  it('reports a damaged project at start-up and restores it from the last good backup', async () => {
    const dataDir = makeTempDir('damaged');
    const projectPath = path.join(makeTempDir('damaged-project'), '受损.zhiyan');
    const engine = await startEngine(dataDir);
    await value(engine, 'createProject', { path: projectPath });
    await value(engine, 'importPaths', { paths: [messyFolder()] });
    await engine.shutdown();
    // Reopening takes a rotating backup of the good file.
    const reopen = await startEngine(dataDir);
    await reopen.shutdown();

    const bytes = fs.readFileSync(projectPath);
    bytes.fill(0x00, 2048);
    fs.writeFileSync(projectPath, bytes);

    const engineAfter = await startEngine(dataDir);
    const state = await value(engineAfter, 'getAppState');
    expect(state.project).toBeNull();
    expect(state.startupError?.code).toBe('PROJECT_DAMAGED');
    const backups = await value(engineAfter, 'listBackups', { path: projectPath });
    const good = backups.find((b) => b.reason === 'rotating')!;
    const restored = await value(engineAfter, 'restoreBackup', { path: projectPath, backupPath: good.path });
    expect(restored.articleCount).toBe(2);
    // The damaged file is kept, never deleted.
    expect(
      (await value(engineAfter, 'listBackups', { path: projectPath })).some((b) => b.reason === 'damaged'),
    ).toBe(true);
    await engineAfter.shutdown();
  });
});

describe('engine during an import', () => {
  it('cancels cleanly: what was imported stays, the project stays consistent, others wait', async () => {
    const engine = await startEngine(makeTempDir('cancel'));
    await value(engine, 'createProject', { path: path.join(makeTempDir('cancel-project'), '取消.zhiyan') });
    const folder = makeTempDir('cancel-folder');
    for (let i = 0; i < 400; i++) {
      fs.writeFileSync(
        path.join(folder, `${String(i).padStart(4, '0')}.txt`),
        `第${i}篇:衢州产业项目进展\n\n发布时间:2023-12-29\n\n衢州智造新城第${i}个项目开工建设,总投资${i + 1}亿元,计划明年投产。\n`,
      );
    }
    const importing = engine.dispatch('importPaths', { paths: [folder] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await errorCode(engine, 'openDemoProject')).toBe('IMPORT_IN_PROGRESS');
    expect((await value(engine, 'cancelImport')).cancelled).toBe(true);
    const result = await importing;
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as ImportReport;
    expect(report.cancelled).toBe(true);
    expect(report.imported).toBeLessThan(400);
    const page = await value(engine, 'listArticles', { limit: 1000 });
    expect(page.total).toBe(report.imported);
    // A second import of the same folder completes the library, nothing doubled.
    const rest = await value(engine, 'importPaths', { paths: [folder] });
    expect(rest.imported + report.imported).toBe(400);
    await engine.shutdown();
  });
});
