// Codebooks as the QDA programs write them (tests/fixtures/codebooks/, small files in each tool's
// shape): every one is read, through the contract as the app and `zhiyan codes --import` call it,
// merged into an existing codebook without duplicates, undone in one step; and what is not a
// codebook is refused with the precise reason.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-main/common/api/errors';
import { createEngine, type Engine } from '../../src-main/node/engine/engine';
import { parseQdc } from '../../src-main/node/services/annotations/parse-qdc';
import { makeTempDir } from './support/temp-project';
import { value } from './support/report-fixture';

const FIXTURES = path.resolve(__dirname, '../fixtures/codebooks');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

function failureOf(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('codebooks in the shapes each QDA program writes', () => {
  it('reads ATLAS.ti (namespace codebook:0:4, upper-case colours, Description elements)', () => {
    expect(parseQdc(fixture('atlasti-win.qdc'))).toEqual([
      {
        name: '营商环境',
        color: '#46aa00',
        description: '政府服务、审批效率与市场准入。',
        children: [{ name: '一网通办', color: '#ffb300', description: '线上办理的政务服务', children: [] }],
      },
      { name: '招商引资', color: '#0066cc', children: [] },
    ]);
  });

  it('reads NVivo for Mac (namespace codebook:1:0, no colours, all on one line)', () => {
    expect(parseQdc(fixture('nvivo-mac.qdc'))).toEqual([
      { name: '人才政策', description: '引才、育才与留才', children: [{ name: '落户', children: [] }] },
      { name: '住房保障', children: [] },
    ]);
  });

  it('reads MAXQDA (braced GUIDs, upper-case colours, CRLF in a description, Sets)', () => {
    expect(parseQdc(fixture('maxqda.qdc'))).toEqual([
      {
        name: '产业升级',
        color: '#ff0000',
        description: '制造业转型\n与数字化',
        children: [
          { name: '智能制造', color: '#00a0ff', children: [] },
          { name: '绿色低碳', color: '#1eb41e', children: [] },
        ],
      },
    ]);
  });

  it('reads QualCoder (a category as a code that is not codable, lower-case colours)', () => {
    expect(parseQdc(fixture('qualcoder.qdc'))).toEqual([
      {
        name: '区域协调',
        description: 'Category: 区域发展',
        children: [{ name: '对口支援', color: '#ffc0cb', description: '东西部协作', children: [] }],
      },
    ]);
  });

  it("reads Taguette's minimal codebook (flat, no colours, empty descriptions)", () => {
    expect(parseQdc(fixture('taguette.qdc'))).toEqual([
      { name: 'interesting', description: 'Further review needed', children: [] },
      { name: '人口流动', children: [] },
    ]);
  });

  it('reads the codebook of a .qdpx from NVivo for Windows and from MAXQDA (project.qde in a ZIP)', () => {
    expect(parseQdc(fixture('nvivo-win.qdpx'))).toEqual([
      {
        name: '财政支持',
        description: '补贴、贴息与税收优惠',
        children: [{ name: '专项资金', children: [] }],
      },
      { name: '园区建设', children: [] },
    ]);
    expect(parseQdc(fixture('maxqda.qdpx'))).toEqual([
      {
        name: '乡村振兴',
        color: '#d2691e',
        children: [{ name: '产业兴旺', color: '#8fbc8f', children: [] }],
      },
    ]);
  });

  it('reads the codebook of a large project document without parsing its sources', () => {
    const filler = `<TextSource guid="s" name="长文"><PlainTextContent>${'区域政策正文。\n'.repeat(600_000)}</PlainTextContent></TextSource>`;
    const xml = `<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="大项目">\n<Sources>${filler}</Sources>\n<CodeBook><Codes><Code name="大" guid="g" isCodable="true"><Code name="小" guid="h"/></Code></Codes></CodeBook>\n</Project>`;
    expect(xml.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(parseQdc(xml)).toEqual([{ name: '大', children: [{ name: '小', children: [] }] }]);
    // A fault inside the codebook is still reported at its line in the file.
    const lines = xml.split('\n').length;
    const broken = xml.replace('<Code name="小" guid="h"/>', '<Code name="小" guid="h">');
    const failure = failureOf(() => parseQdc(broken));
    expect(failure.detail).toMatchObject({ reason: 'not-xml', line: lines - 1 });
  });

  it('names what it cannot read: the reason and where', () => {
    const cases: Array<[string | Uint8Array, Record<string, unknown>, RegExp]> = [
      [
        fixture('broken-line12.qdc'),
        { reason: 'not-xml', line: 12, expected: 'Code', found: 'Codes', openedLine: 10 },
        /line 12/,
      ],
      [fixture('not-refi.xml'), { reason: 'root', root: 'Foo' }, /<Foo>, not the <CodeBook> or <Project>/],
      [
        fixture('no-project.qdpx'),
        { reason: 'zip-without-qde', count: 2 },
        /ZIP archive without project\.qde/,
      ],
      [fixture('truncated.qdpx'), { reason: 'zip-damaged' }, /cannot be unpacked/],
      [
        '<CodeBook xmlns="urn:example:other"><Codes/></CodeBook>',
        { reason: 'namespace', namespace: 'urn:example:other' },
        /urn:example:other/,
      ],
      [
        '<Project xmlns="urn:QDA-XML:project:1.0"><Sources/></Project>',
        { reason: 'no-codebook' },
        /without a codebook/,
      ],
      ['   ', { reason: 'empty' }, /empty/],
      [
        '<CodeBook><Codes><Code name="甲"/><Code name="乙"><Code guid="x"/></Code></Codes></CodeBook>',
        { reason: 'code-without-name', position: '2.1' },
        /Code 2\.1/,
      ],
    ];
    for (const [input, detail, message] of cases) {
      const failure = failureOf(() => parseQdc(input));
      expect(failure.code).toBe('CODEBOOK_INVALID');
      expect(failure.detail).toMatchObject(detail);
      expect(failure.message).toMatch(message);
    }
  });
});

describe('importing into an existing codebook', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = createEngine({
      dataDir: makeTempDir('cb-import'),
      resourcesDir: 'resources',
      host: 'browser',
      appVersion: 'test',
    });
    await value(engine, 'createProject', { path: path.join(makeTempDir('cb-project'), 'p.zhiyan') });
  });
  afterEach(async () => engine.shutdown());

  it('adds the missing codes under existing ones, keeps what exists (its colour too), once', async () => {
    const mine = await value(engine, 'createCode', { parentId: null, name: '营商环境', color: '#123456' });
    expect(await value(engine, 'importCodebook', { path: path.join(FIXTURES, 'atlasti-win.qdc') })).toEqual({
      created: 2,
      existing: 1,
    });
    const codes = await value(engine, 'listCodes', {});
    expect(codes.map((c) => [c.path, c.color])).toEqual([
      ['营商环境', '#123456'],
      ['营商环境/一网通办', '#ffb300'],
      ['招商引资', '#0066cc'],
    ]);
    expect(codes[0]!.id).toBe(mine.id);
    expect(codes.find((c) => c.name === '一网通办')!.description).toBe('线上办理的政务服务');
    // The same file again changes nothing.
    expect(await value(engine, 'importCodebook', { path: path.join(FIXTURES, 'atlasti-win.qdc') })).toEqual({
      created: 0,
      existing: 3,
    });
  });

  it('imports a .qdpx, and one undo takes the whole import back', async () => {
    await value(engine, 'createCode', { parentId: null, name: '已有编码' });
    expect(await value(engine, 'importCodebook', { path: path.join(FIXTURES, 'nvivo-win.qdpx') })).toEqual({
      created: 3,
      existing: 0,
    });
    expect((await value(engine, 'listCodes', {})).map((c) => c.path)).toEqual([
      '已有编码',
      '财政支持',
      '财政支持/专项资金',
      '园区建设',
    ]);
    await value(engine, 'undo', {});
    expect((await value(engine, 'listCodes', {})).map((c) => c.path)).toEqual(['已有编码']);
    await value(engine, 'redo', {});
    expect(await value(engine, 'listCodes', {})).toHaveLength(4);
  });

  it('refuses a ZIP without project.qde and leaves the codebook as it was', async () => {
    const refused = await engine.dispatch('importCodebook', { path: path.join(FIXTURES, 'no-project.qdpx') });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'CODEBOOK_INVALID',
      detail: { reason: 'zip-without-qde' },
    });
    expect(await value(engine, 'listCodes', {})).toEqual([]);
  });
});
