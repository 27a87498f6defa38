// The problem report and the log, end to end through the engine: what a user pastes into an e-mail
// must describe the setup and the errors, and must not carry their research material.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../src-main/common/api/contract';
import { formatDiagnostics, redactPaths } from '../../src-main/common/model/diagnostics';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { configureLog, log } from '../../src-main/node/log/logger';
import { makeTempDir } from './support/temp-project';

const TITLE = '衢州锂电产业再添新项目';
const BODY = '衢州智造新城签约锂电新材料项目，总投资50亿元。';
const PROJECT_NAME = '课题组机密研究';

let root: string;
let logDir: string;
let engine: Engine;
const events: string[] = [];

async function value<M extends ApiMethod>(method: M, args: unknown = {}): Promise<ApiResults[M]> {
  const result = await engine.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ApiResults[M];
}

beforeAll(async () => {
  root = makeTempDir('diagnostics');
  logDir = path.join(root, 'logs');
  configureLog({ dir: logDir, name: 'engine', echo: false });
  engine = createEngine(
    {
      dataDir: path.join(root, 'data'),
      resourcesDir: path.resolve('resources'),
      host: 'browser',
      appVersion: '9.9.9',
    },
    (name) => events.push(name),
  );
  await engine.start();
  const corpus = path.join(root, 'corpus');
  fs.mkdirSync(corpus);
  fs.writeFileSync(
    path.join(corpus, `${TITLE}.txt`),
    `${TITLE}\n\n发布时间:2023-12-29 来源:衢州日报\n\n${BODY}\n`,
  );
  fs.writeFileSync(path.join(corpus, 'empty.txt'), '');
  await value('createProject', { path: path.join(root, `${PROJECT_NAME}.zhiyan`) });
  await value('importPaths', { paths: [corpus] });
  // An error whose message names an article's file, as a failed read would.
  log.error(
    `import of ${path.join(corpus, `${TITLE}.txt`)} failed`,
    new Error(`EACCES: permission denied, open '${path.join(corpus, `${TITLE}.txt`)}'`),
  );
});

afterAll(async () => {
  await engine.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('getDiagnostics', () => {
  it('reports versions, system, locale and the project size', async () => {
    const diagnostics = await value('getDiagnostics');
    expect(diagnostics).toMatchObject({
      appVersion: '9.9.9',
      host: 'browser',
      versions: { node: process.versions.node, electron: null },
      os: { platform: process.platform, arch: process.arch },
      locale: { app: 'zh-CN' },
      project: { articleCount: 1, isDemo: false },
      logDir,
    });
    expect(diagnostics.project?.fileBytes).toBeGreaterThan(0);
    const text = formatDiagnostics(diagnostics);
    expect(text).toContain('Zhiyan 9.9.9 (browser host)');
    expect(text).toMatch(/Project: 1 articles, \d+\.\d MB/);
  });

  it('carries the last error lines with their paths taken out, and never article text, titles or names', async () => {
    const diagnostics = await value('getDiagnostics');
    expect(diagnostics.recentErrors).toHaveLength(1);
    expect(diagnostics.recentErrors[0]).toMatch(
      /ERROR \[engine\] import of <path\.txt> failed: Error: EACCES/,
    );
    const text = formatDiagnostics(diagnostics);
    for (const secret of [TITLE, BODY, '衢州', PROJECT_NAME, root]) expect(text).not.toContain(secret);
  });

  it('logs the import as counts and reasons, without the text it read', () => {
    const written = fs.readFileSync(path.join(logDir, 'engine.log'), 'utf8');
    expect(written).toMatch(
      /INFO {2}\[engine\] import batch \d+ finished in \d+\.\d s: 2 files seen, 1 imported, .*1 skipped \(empty×1\)/,
    );
    expect(written).not.toContain(BODY);
    expect(written.split('\n').find((line) => line.includes('import batch'))).not.toContain(TITLE);
  });
});

describe('clearRecentProjects', () => {
  it('empties the list and tells every window to read the app state again', async () => {
    expect((await value('getAppState')).recentProjects.map((p) => path.basename(p.path))).toEqual([
      `${PROJECT_NAME}.zhiyan`,
    ]);
    events.length = 0;
    const state = await value('clearRecentProjects');
    expect(state.recentProjects).toEqual([]);
    expect(state.project?.name).toBe(PROJECT_NAME);
    expect(events).toEqual(['projectChanged']);
  });
});

describe('redactPaths', () => {
  it('replaces POSIX, Windows and home paths, keeping the extension', () => {
    expect(redactPaths(String.raw`open C:\Users\张三\衢州.html failed`)).toBe('open <path.html> failed');
    expect(redactPaths('snapshot of /home/u/项目.zhiyan failed')).toBe('snapshot of <path.zhiyan> failed');
    expect(redactPaths('read ~/语料/a failed')).toBe('read <path> failed');
    expect(redactPaths('2026-12-02T18:00:00.000Z ERROR [engine] internal error: boom')).toBe(
      '2026-12-02T18:00:00.000Z ERROR [engine] internal error: boom',
    );
  });
});
