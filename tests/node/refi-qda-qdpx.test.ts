import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toCodePointOffsets } from '../../src-main/node/report/refi-qda/code-points';
import { qdaGuid } from '../../src-main/node/report/refi-qda/qda-guid';
import { writeProjectQde } from '../../src-main/node/report/refi-qda/write-project-qde';
import { writeQdpx } from '../../src-main/node/report/refi-qda/write-qdpx';
import { qdaFixture, QUOTES, TEXTS } from './fixtures/qda-project';
import { checkQdeStructure, parseQdeTree, walk, type QdeElement } from './support/qde-structure';

function exported() {
  const zip = unzipSync(writeQdpx(qdaFixture()));
  const xml = strFromU8(zip['project.qde']!);
  const root = parseQdeTree(xml);
  const all = [...walk(root)];
  const byGuid = new Map(all.filter((e) => e.attributes.guid).map((e) => [e.attributes.guid!, e]));
  return { zip, xml, root, all, byGuid };
}

const named = (all: QdeElement[], name: string) => all.filter((e) => e.name === name);
const child = (e: QdeElement, name: string) => e.children.filter((c) => c.name === name);

describe('REFI-QDA project export (.qdpx)', () => {
  it('writes a project.qde that has the structure the REFI-QDA project schema requires', () => {
    const { xml } = exported();
    expect(checkQdeStructure(xml)).toEqual([]);
  });

  it('the structure check catches what the schema forbids', () => {
    const { xml } = exported();
    const swapped = xml
      .replace(/<Users>[\s\S]*?<\/Users>\n/, '')
      .replace('</Project>', '<Users><User guid="x"/></Users></Project>');
    const problems = checkQdeStructure(swapped);
    expect(problems.some((p) => p.includes('<Users> comes after'))).toBe(true);
    expect(problems.some((p) => p.includes('guid="x" is not a GUID'))).toBe(true);
    const dangling = xml.replace(
      /<CodeRef targetGUID="[^"]+"/,
      '<CodeRef targetGUID="00000000-0000-4000-8000-000000000000"',
    );
    expect(checkQdeStructure(dangling).some((p) => p.includes('which is no <Code>'))).toBe(true);
  });

  it('keeps the codebook: every code, nested, with colour as #RRGGBB and description', () => {
    const { all } = exported();
    const codes = named(all, 'Code');
    expect(codes.map((c) => c.attributes.name)).toEqual([
      '产业政策',
      '新能源',
      '锂电',
      '人才',
      '城市更新 & "旧改"',
      '待定',
    ]);
    expect(codes.every((c) => c.attributes.isCodable === 'true')).toBe(true);
    const byName = new Map(codes.map((c) => [c.attributes.name, c]));
    expect(child(byName.get('产业政策')!, 'Code').map((c) => c.attributes.name)).toEqual(['新能源', '人才']);
    expect(child(byName.get('新能源')!, 'Code').map((c) => c.attributes.name)).toEqual(['锂电']);
    expect(byName.get('新能源')!.attributes.color).toBe('#27AE60');
    expect(byName.get('城市更新 & "旧改"')!.attributes.color).toBe('#F39C12');
    expect(byName.get('待定')!.attributes.color).toBeUndefined();
    expect(child(byName.get('城市更新 & "旧改"')!, 'Description')[0]!.text).toBe(
      '旧改 & 拆迁 <试点>\n第二行',
    );
    expect(child(byName.get('人才')!, 'Description')).toEqual([]);
  });

  it('writes each passage as a selection with one coding per code and its note', () => {
    const { all, byGuid } = exported();
    const selections = named(all, 'PlainTextSelection');
    expect(selections).toHaveLength(5);
    const codingsPerQuote = Object.fromEntries(
      selections.map((s) => [
        s.attributes.name,
        child(s, 'Coding').map(
          (c) => byGuid.get(child(c, 'CodeRef')[0]!.attributes.targetGUID!)!.attributes.name,
        ),
      ]),
    );
    expect(codingsPerQuote).toEqual({
      锂电新材料项目: ['锂电'],
      项目总投资30亿元: ['产业政策', '城市更新 & "旧改"'],
      杭州开设首家门店: ['新能源', '人才'],
      人才公寓: [],
      𠮷祥路改造: ['城市更新 & "旧改"'],
    });
    const noteOf = (s: QdeElement) =>
      child(s, 'NoteRef').map(
        (ref) => child(byGuid.get(ref.attributes.targetGUID!)!, 'PlainTextContent')[0]!.text,
      );
    const byName = new Map(selections.map((s) => [s.attributes.name, s]));
    expect(noteOf(byName.get('项目总投资30亿元')!)).toEqual(['投资额待核实 & 对照公告']);
    expect(noteOf(byName.get('人才公寓')!)).toEqual(['只有笔记的标注']);
    expect(noteOf(byName.get('锂电新材料项目')!)).toEqual([]);
  });

  it('counts positions in code points: the selected characters of the source file are the quote', () => {
    const { zip, all } = exported();
    let checked = 0;
    for (const source of named(all, 'TextSource')) {
      const fileName = source.attributes.plainTextPath!.replace('internal://', '');
      expect(fileName).toBe(`${source.attributes.guid}.txt`);
      const characters = [...new TextDecoder('utf-8', { fatal: true }).decode(zip[`sources/${fileName}`]!)];
      for (const selection of child(source, 'PlainTextSelection')) {
        const start = Number(selection.attributes.startPosition);
        const end = Number(selection.attributes.endPosition);
        const quote = characters.slice(start, end).join('');
        const highlightId = Object.keys(QUOTES).find(
          (id) => qdaGuid(qdaFixture().key, 'selection', Number(id)) === selection.attributes.guid,
        );
        expect(quote).toBe(QUOTES[Number(highlightId)]);
        checked += 1;
      }
    }
    expect(checked).toBe(Object.keys(QUOTES).length);
    // After 𠮷 the two units differ: the code-point position is one less than the UTF-16 offset.
    const second = named(all, 'PlainTextSelection').find((s) => s.attributes.name === '杭州开设首家门店')!;
    expect(TEXTS[2].indexOf('杭州开设首家门店')).toBe(5);
    expect(second.attributes.startPosition).toBe('4');
    const afterTwo = named(all, 'PlainTextSelection').find((s) => s.attributes.name === '𠮷祥路改造')!;
    expect(Number(afterTwo.attributes.endPosition) - Number(afterTwo.attributes.startPosition)).toBe(5);
  });

  it('puts every source text in sources/ as UTF-8, exactly the clean text', () => {
    const { zip, all } = exported();
    const files = Object.keys(zip).filter((name) => name.startsWith('sources/') && !name.endsWith('/'));
    expect(files).toHaveLength(3);
    const texts = files.map((name) => new TextDecoder('utf-8', { fatal: true }).decode(zip[name]!));
    expect(texts.sort()).toEqual(Object.values(TEXTS).sort());
    expect(zip[files[0]!]!.subarray(0, 3)).not.toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(named(all, 'TextSource').map((s) => s.attributes.name)).toEqual([
      '衢州锂电产业链再添新项目',
      '𠮷野家杭州首店开业',
      '城市更新试点',
    ]);
  });

  it('writes article notes, memos and metadata where the other tools read them', () => {
    const { root, all, byGuid } = exported();
    const sources = named(all, 'TextSource');
    const noteText = (ref: QdeElement) =>
      child(byGuid.get(ref.attributes.targetGUID!)!, 'PlainTextContent')[0]!.text;
    expect(child(sources[0]!, 'NoteRef').map(noteText)).toEqual(['需要与2023年的签约数据对比']);
    expect(child(sources[1]!, 'NoteRef')).toEqual([]);
    // A control character cannot travel in XML 1.0: it is dropped, the rest of the note is kept.
    expect(child(sources[2]!, 'NoteRef').map(noteText)).toEqual(['控制字符应被去掉 <b>不是标签</b>']);

    const memoNotes = child(root, 'NoteRef').map((ref) => byGuid.get(ref.attributes.targetGUID!)!);
    expect(memoNotes.map((n) => n.attributes.name)).toEqual(['研究框架', '没有标题的备忘录']);
    expect(child(memoNotes[0]!, 'PlainTextContent')[0]!.text).toBe('一、产业政策\n二、城市更新');
    expect(named(all, 'Note')).toHaveLength(6);

    const variables = new Map(named(all, 'Variable').map((v) => [v.attributes.guid, v.attributes.name]));
    expect([...variables.values()]).toEqual(['日期', '来源', '作者', '地区', '网址']);
    const valuesOf = (source: QdeElement) =>
      Object.fromEntries(
        child(source, 'VariableValue').map((vv) => [
          variables.get(child(vv, 'VariableRef')[0]!.attributes.targetGUID),
          child(vv, 'TextValue')[0]!.text,
        ]),
      );
    expect(valuesOf(sources[0]!)).toEqual({
      日期: '2024-03-01',
      来源: '衢州日报',
      地区: '浙江省、衢州市',
      网址: 'https://example.cn/a?x=1&y=2',
    });
    expect(valuesOf(sources[2]!)).toEqual({ 日期: '--03-08' });
  });

  it('writes the user, the times and the origin on the project', () => {
    const { root, all } = exported();
    const users = named(all, 'User');
    expect(users.map((u) => u.attributes.name)).toEqual(['王研究员']);
    expect(root.attributes).toMatchObject({
      name: '衢州产业研究',
      origin: 'Zhiyan 0.1.0',
      creatingUserGUID: users[0]!.attributes.guid,
      creationDateTime: '2026-01-01T00:00:00Z',
      modifiedDateTime: '2026-03-05T10:30:00Z',
    });
    expect(named(all, 'Coding').every((c) => c.attributes.creatingUser === users[0]!.attributes.guid)).toBe(
      true,
    );
  });

  it('gives the same GUIDs on every export of the same project, and other GUIDs to another project', () => {
    const first = writeProjectQde(qdaFixture()).xml;
    expect(writeProjectQde(qdaFixture()).xml).toBe(first);
    const other = writeProjectQde({ ...qdaFixture(), key: 'another project' }).xml;
    const guidsOf = (xml: string) => new Set([...xml.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]));
    const shared = [...guidsOf(first)].filter((guid) => guidsOf(other).has(guid));
    expect(shared).toEqual([]);
  });

  it('skips a selection that is empty or outside its text, and codings of codes not in the codebook', () => {
    const project = qdaFixture();
    project.selections.push(
      {
        highlightId: 90,
        articleId: 3,
        start: 500,
        end: 600,
        codeIds: [1],
        note: '',
        createdAt: '2026-03-02T00:00:00Z',
      },
      {
        highlightId: 91,
        articleId: 3,
        start: 0,
        end: 4,
        codeIds: [1, 999],
        note: '',
        createdAt: '2026-03-02T00:00:00Z',
      },
    );
    const { xml } = writeProjectQde(project);
    expect(checkQdeStructure(xml)).toEqual([]);
    const selections = [...walk(parseQdeTree(xml))].filter((e) => e.name === 'PlainTextSelection');
    expect(selections).toHaveLength(6);
    expect(
      child(
        selections.find((s) => s.attributes.name === '城市更新')!,
        'Coding',
      ),
    ).toHaveLength(1);
  });

  it('writes a valid project with no codes, no notes and no memos', () => {
    const project = { ...qdaFixture(), codes: [], selections: [], memos: [] };
    project.sources = project.sources.map((s) => ({ ...s, note: null }));
    const { xml } = writeProjectQde(project);
    expect(checkQdeStructure(xml)).toEqual([]);
    expect(xml).not.toContain('<CodeBook');
    expect(xml).not.toContain('<Notes');
  });
});

describe('toCodePointOffsets', () => {
  it('converts UTF-16 offsets to code points, in any order', () => {
    const text = 'a𠮷b𠮷𠮷c';
    expect(toCodePointOffsets(text, [0, 1, 3, 4, 8, 9, 50])).toEqual([0, 1, 2, 3, 5, 6, 6]);
    expect(toCodePointOffsets(text, [9, 0, 3])).toEqual([6, 0, 2]);
    expect(toCodePointOffsets(text, [2])).toEqual([1]);
  });
});
