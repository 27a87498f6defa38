// The REFI-QDA formats through the contract, as the export dialog and `zhiyan export` call them:
// .qdpx of the project's coded passages, .qdc of the codebook, and a .qdc imported into another project.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { makeTempDir } from './support/temp-project';
import { buildAnnotatedProject, openEngine, value, type AnnotatedProject } from './support/report-fixture';

let project: AnnotatedProject;
let engine: Engine;
let out: string;

beforeAll(async () => {
  project = await buildAnnotatedProject();
  engine = await openEngine(project);
  out = makeTempDir('qda-out');
});
afterAll(async () => engine?.shutdown());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true });
const asList = <T>(node: T | T[] | undefined): T[] => (node === undefined ? [] : Array.isArray(node) ? node : [node]);

describe('REFI-QDA through exportReport and importCodebook', () => {
  it('writes a .qdpx whose project.qde has the codebook, every source and every coded passage', async () => {
    const target = path.join(out, '项目.qdpx');
    const result = await value(engine, 'exportReport', { report: {}, format: 'qdpx', path: target });
    expect(result).toMatchObject({ path: target, articles: 3, passages: 5 });
    const zip = unzipSync(fs.readFileSync(target));
    const qde = parser.parse(strFromU8(zip['project.qde']!)) as {
      Project: {
        CodeBook: { Codes: { Code: unknown } };
        Sources: { TextSource: { PlainTextSelection?: unknown }[] };
      };
    };
    const names: string[] = [];
    const walk = (node: unknown): void =>
      asList(node as { name: string; Code?: unknown }[]).forEach((code) => {
        names.push(code.name);
        walk(code.Code);
      });
    walk(qde.Project.CodeBook.Codes.Code);
    expect(names.sort()).toEqual(['产业', '政策', '锂电'].sort());
    const selections = qde.Project.Sources.TextSource.flatMap((source) => asList(source.PlainTextSelection));
    expect(selections).toHaveLength(5);
    expect(Object.keys(zip).filter((name) => /^sources\/.+\.txt$/.test(name))).toHaveLength(3);
  });

  it('limits a .qdpx to the report scope (a tag)', async () => {
    const target = path.join(out, 'tag.qdpx');
    const result = await value(engine, 'exportReport', {
      report: { scope: { kind: 'tag', tag: '合肥' } },
      format: 'qdpx',
      path: target,
    });
    expect(result).toMatchObject({ articles: 1, passages: 1 });
  });

  it('round-trips the codebook: .qdc out of one project, into a new one, once', async () => {
    const qdc = path.join(out, '编码本.qdc');
    await value(engine, 'exportReport', { report: {}, format: 'qdc', path: qdc });
    const other = createEngine({ dataDir: makeTempDir('qda-other'), resourcesDir: 'resources', host: 'browser', appVersion: 'test' });
    try {
      await value(other, 'createProject', { path: path.join(makeTempDir('qda-project'), 'other.zhiyan') });
      expect(await value(other, 'importCodebook', { path: qdc })).toEqual({ created: 3, existing: 0 });
      const codes = await value(other, 'listCodes', {});
      expect(codes.map((code) => [code.path, code.color.toLowerCase()])).toEqual(
        expect.arrayContaining([
          ['政策', '#4caf50'],
          ['产业', '#ff9800'],
          ['产业/锂电', '#e91e63'],
        ]),
      );
      expect(await value(other, 'importCodebook', { path: qdc })).toEqual({ created: 0, existing: 3 });
      const broken = path.join(out, 'broken.qdc');
      fs.writeFileSync(broken, '<html><body>not a codebook</body></html>');
      const refused = await other.dispatch('importCodebook', { path: broken });
      expect(refused.ok ? null : refused.error.code).toBe('CODEBOOK_INVALID');
    } finally {
      await other.shutdown();
    }
  });
});
