// The printed and Word reports as a reader opens them (issue 15, 18): A4 unless told otherwise, fonts
// embedded with names and Unicode maps, a Word table of contents that shows page numbers without
// updating fields, overlapping codes all visible in their colours, the app's light tints, notes as
// footnotes or comments, counts of what the report cites, the project's name as the default title.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../src-main/common/api/contract';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { findChromium } from '../../src-main/node/services/pdf/headless-chromium-printer';
import { makeTempDir } from './support/temp-project';
import { buildAnnotatedProject, value, type AnnotatedProject } from './support/report-fixture';

let project: AnnotatedProject;
let engine: Engine;
let out: string;
/** Whoever listens to the engine's events now. */
let listener: (name: string, payload: unknown) => void = () => {};

beforeAll(async () => {
  project = await buildAnnotatedProject();
  engine = createEngine(
    { dataDir: project.dataDir, resourcesDir: path.resolve('resources'), host: 'browser', appVersion: 'test' },
    (name, payload) => listener(name, payload),
  );
  await value(engine, 'openProject', { path: project.projectPath });
  out = makeTempDir('report-paper-out');
  // An outer highlight around the fixture's 签约锂电新材料项目 (锂电, #e91e63): 政策 (#4caf50).
  const article = await value(engine, 'getArticle', { id: project.ids['quzhou.txt'] });
  const outer = '衢州智造新城签约锂电新材料项目';
  const start = article.cleanText.indexOf(outer);
  await value(engine, 'createHighlight', {
    articleId: article.id,
    start,
    end: start + outer.length,
    codeIds: [project.codes.policy],
    note: '外层批注',
  });
});
afterAll(async () => engine?.shutdown());

async function exportTo(format: string, report: Record<string, unknown>, name: string) {
  const target = path.join(out, name);
  const result = await value(engine, 'exportReport', { report, format, path: target });
  return { file: target, result };
}

const havePoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A TrueType-outline CJK font the report's font stack names, on this machine. */
function trueTypeCjkFont(): string | null {
  try {
    const list = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    return ['AR PL UMing CN', 'WenQuanYi Zen Hei'].find((family) => list.includes(family)) ?? null;
  } catch {
    return null;
  }
}

describe.skipIf(!findChromium() || !havePoppler)('PDF report', () => {
  it('is A4 by default, Letter when chosen, and reports its phases', async () => {
    const events: ApiEvents['exportProgress'][] = [];
    listener = (name, payload) => {
      if (name === 'exportProgress') events.push(payload as ApiEvents['exportProgress']);
    };
    const { file } = await exportTo('pdf', { organise: 'code' }, 'a4.pdf');
    listener = () => {};
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);
    const phases = events.map((event) => event.phase);
    expect(phases).toEqual(expect.arrayContaining(['collect', 'prepare', 'print', 'save']));
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(events.find((event) => event.phase === 'save')?.pages).toBe(pages);

    const letter = (await exportTo('pdf', { organise: 'code', paper: 'letter' }, 'letter.pdf')).file;
    expect(execFileSync('pdfinfo', [letter], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
  }, 60_000);

  it('embeds every font by name with a Unicode map: no Type 3 fonts', async (context) => {
    const font = trueTypeCjkFont();
    if (!font) {
      context.skip();
      return;
    }
    const { file } = await exportTo('pdf', { organise: 'article' }, 'fonts.pdf');
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name] = row.trim().split(/\s+/);
      const [emb, , uni] = row.trim().split(/\s+/).slice(-5);
      expect(row, 'a Type 3 font: a CFF-outline font was used').not.toMatch(/Type 3/);
      expect(name).not.toBe('[none]');
      expect([emb, uni]).toEqual(['yes', 'yes']);
    }
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('签约锂电新材料项目');
  }, 60_000);

  it('stops when cancelled: EXPORT_CANCELLED and no file', async () => {
    const target = path.join(out, 'cancelled.pdf');
    listener = (name, payload) => {
      if (name === 'exportProgress' && (payload as ApiEvents['exportProgress']).phase === 'print')
        void engine.dispatch('cancelExport', {});
    };
    const result = await engine.dispatch('exportReport', { report: {}, format: 'pdf', path: target });
    listener = () => {};
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('EXPORT_CANCELLED');
    expect(fs.existsSync(target)).toBe(false);
    expect((await value(engine, 'cancelExport')).cancelled).toBe(false);
  }, 60_000);
});
