// What a user sees after importing folders that are not what the importer hopes for: links out of
// the folder, files it cannot read, a dump of a million numbers, damaged bytes; and the import's
// progress and report after the window that started it went away.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../src-main/common/api/contract';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { makeTempDir } from './support/temp-project';

const RESOURCES = path.resolve('resources');
const ARTICLE =
  '衢州锂电产业再添新项目\n\n发布时间:2023-12-29 来源:衢州日报\n\n衢州智造新城签约锂电新材料项目，总投资50亿元。\n';

/** An engine without settings or demo (as the CLI runs it), on a new empty project. */
async function projectEngine(label: string): Promise<{ engine: Engine; projectPath: string }> {
  const engine = createEngine({
    dataDir: null,
    resourcesDir: RESOURCES,
    host: 'browser',
    appVersion: 'test',
  });
  await engine.start();
  const projectPath = path.join(makeTempDir(label), `${label}.zhiyan`);
  await value(engine, 'createProject', { path: projectPath });
  return { engine, projectPath };
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

describe('import report', () => {
  it('does not read a link out of the folder and says why each entry was left out', async () => {
    const { engine } = await projectEngine('walk');
    const folder = makeTempDir('walk-folder');
    const outside = makeTempDir('walk-outside');
    fs.writeFileSync(path.join(outside, 'secret.txt'), ARTICLE.replace('衢州', '机密'));
    fs.writeFileSync(path.join(folder, 'a.txt'), ARTICLE);
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, 'secret.txt'));
    fs.symlinkSync(path.join(folder, 'gone.txt'), path.join(folder, 'dangling.txt'));
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(folder, `r${i}.pdf`), '%PDF-1.4');
    for (const name of ['x.docx', 'y.docx', 'z.docx', '_x.txt', '.x'])
      fs.writeFileSync(path.join(folder, name), 'x');

    const report = await value(engine, 'importPaths', { paths: [folder] });
    expect(report.imported).toBe(1);
    const page = await value(engine, 'listArticles', { limit: 10 });
    expect(page.items.map((a) => a.title)).toEqual(['衢州锂电产业再添新项目']);
    expect(report.skipped.map((p) => [path.basename(p.file), p.code])).toEqual([
      ['dangling.txt', 'link-dangling'],
      ['secret.txt', 'link-outside'],
    ]);
    expect(report.leftOut?.map((g) => [g.reason, g.extension, g.count])).toEqual([
      ['unsupported-type', '.pdf', 12],
      ['unsupported-type', '.docx', 3],
      ['ignored-name', null, 2],
    ]);
    await engine.shutdown();
  });

  it('says why nothing came in from a folder of PDFs and Word files', async () => {
    const { engine } = await projectEngine('nothing');
    const folder = makeTempDir('nothing-folder');
    for (const name of ['a.pdf', 'b.pdf', 'c.docx', 'd.jpg']) fs.writeFileSync(path.join(folder, name), 'x');
    const report = await value(engine, 'importPaths', { paths: [folder] });
    expect(report.filesSeen).toBe(0);
    expect(report.leftOut?.map((g) => `${g.extension} ${g.count}`)).toEqual(['.pdf 2', '.docx 1', '.jpg 1']);
    await engine.shutdown();
  });

  it('reports a JSON file of a million numbers in one line, with a count and examples', async () => {
    const { engine } = await projectEngine('numbers');
    const folder = makeTempDir('numbers-folder');
    const numbers = `[${Array.from({ length: 1_000_000 }, (_, i) => i).join(',')}]`;
    fs.writeFileSync(path.join(folder, 'numbers.json'), numbers);
    const report = await value(engine, 'importPaths', { paths: [folder] });
    expect(report.skipped).toEqual([
      {
        file: path.join(folder, 'numbers.json'),
        code: 'record-without-text',
        record: 1,
        count: 1_000_000,
        records: [1, 2, 3, 4, 5],
      },
    ]);
    expect(JSON.stringify(report).length).toBeLessThan(2000);
    await engine.shutdown();
  });

  it('imports a text with a few damaged bytes, and names the file and the bad bytes', async () => {
    const { engine } = await projectEngine('damaged-bytes');
    const folder = makeTempDir('damaged-folder');
    const file = path.join(folder, 'damaged.txt');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(ARTICLE),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('项目年产值预计超过百亿元。\n'),
      ]),
    );
    const report = await value(engine, 'importPaths', { paths: [folder] });
    expect(report.imported).toBe(1);
    expect(report.warnings).toEqual([{ file, code: 'damaged-bytes', detail: '2 bytes' }]);
    await engine.shutdown();
  });
});

describe('import history', () => {
  it('gives the running import and the last reports to a window that opens later, also after a restart', async () => {
    const { engine, projectPath } = await projectEngine('history');
    const folder = makeTempDir('history-folder');
    for (let i = 0; i < 300; i++)
      fs.writeFileSync(path.join(folder, `${i}.txt`), ARTICLE.replace('50亿元', `${i + 1}亿元`));
    fs.writeFileSync(path.join(folder, 'x.pdf'), 'x');
    expect((await value(engine, 'getImportState')).running).toBeNull();

    const importing = value(engine, 'importPaths', { paths: [folder] });
    // A window opened during the import sees it running, once the folder has been walked.
    let during = await value(engine, 'getImportState');
    for (let tries = 0; during.running?.filesTotal === 0 && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      during = await value(engine, 'getImportState');
    }
    expect(during.running).not.toBeNull();
    expect(during.running?.filesTotal).toBe(300);
    const report = await importing;

    const after = await value(engine, 'getImportState');
    expect(after.running).toBeNull();
    expect(after.recent[0]).toEqual(report);
    expect(after.recent[0]?.leftOut?.[0]).toMatchObject({ extension: '.pdf', count: 1 });
    await engine.shutdown();

    // The report is stored in the project: it is there when the project is opened again.
    const reopened = createEngine({
      dataDir: null,
      resourcesDir: RESOURCES,
      host: 'browser',
      appVersion: 'test',
    });
    await reopened.start();
    await value(reopened, 'openProject', { path: projectPath });
    const state = await value(reopened, 'getImportState');
    expect(state.recent.map((r) => [r.batchId, r.imported])).toEqual([[report.batchId, 300]]);
    await reopened.shutdown();
  });
});
