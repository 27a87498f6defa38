import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { insertArticle } from '../../src-main/node/db/repositories/articles-repo';
import { insertMemo, saveArticleNote } from '../../src-main/node/db/repositories/notes-repo';
import type { WriteQuery } from '../../src-main/node/db/query';
import {
  collectQdaCodebook,
  collectQdaProject,
  writeQdc,
  writeQdpx,
} from '../../src-main/node/report/refi-qda';
import { parseQdc } from '../../src-main/node/services/annotations/parse-qdc';
import { checkQdeStructure, parseQdeTree, walk } from './support/qde-structure';
import { makeTempDir, sampleArticle } from './support/temp-project';

const NOW = '2026-02-01T09:00:00.000Z';
const open: ProjectStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

function addCode(
  q: WriteQuery,
  name: string,
  color: string,
  parentId: number | null,
  sortOrder: number,
  description = '',
) {
  return q.run(
    `INSERT INTO codes (parent_id, name, color, description, sort_order, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [parentId, name, color, description, sortOrder, NOW, NOW],
  ).lastInsertRowid;
}

function addHighlight(
  q: WriteQuery,
  articleId: number,
  text: string,
  quote: string,
  codeIds: number[],
  note = '',
  orphaned = 0,
) {
  const start = text.indexOf(quote);
  const id = q.run(
    `INSERT INTO highlights (article_id, note, start_offset, end_offset, exact, orphaned, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [articleId, note, start, start + quote.length, quote, orphaned, NOW, NOW],
  ).lastInsertRowid;
  for (const codeId of codeIds)
    q.run('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)', [id, codeId]);
  return id;
}

const TEXT_A = '衢州智造新城签约锂电新材料项目。\n项目总投资30亿元。';
const TEXT_B = '𠮷野家在杭州开设首家门店。\n人才公寓同步建设。';

async function project() {
  const store = await ProjectStore.create(path.join(makeTempDir('qda'), '衢州研究.zhiyan'), {
    idleSnapshotMs: 0,
  });
  open.push(store);
  const ids = store.write((q) => {
    const a = insertArticle(
      q,
      sampleArticle(1, { cleanText: TEXT_A, originalText: TEXT_A, title: '锂电项目' }),
      NOW,
    );
    const b = insertArticle(
      q,
      sampleArticle(2, {
        cleanText: TEXT_B,
        originalText: TEXT_B,
        title: '𠮷野家',
        places: ['杭州市'],
        date: null,
      }),
      NOW,
    );
    const c = insertArticle(q, sampleArticle(3), NOW);
    const industry = addCode(q, '产业', '#c0392b', null, 1, '产业政策');
    const battery = addCode(q, '锂电', '#2e86c1', industry, 0);
    const talent = addCode(q, '人才', '#8e44ad', null, 0);
    addHighlight(q, a, TEXT_A, '锂电新材料项目', [battery]);
    addHighlight(q, a, TEXT_A, '项目总投资30亿元', [industry, talent], '待核实');
    addHighlight(q, b, TEXT_B, '杭州开设首家门店', [industry]);
    addHighlight(q, b, TEXT_B, '人才公寓', [talent], '', 1);
    saveArticleNote(q, a, '对比去年数据', NOW);
    insertMemo(q, '研究框架', '一、产业', NOW);
    return { a, b, c, industry, battery, talent };
  });
  return { store, ids };
}

describe('collectQdaProject', () => {
  it('reads codes as a tree, articles with metadata and notes, highlights with codes, and memos', async () => {
    const { store, ids } = await project();
    const qda = collectQdaProject(store, undefined, { userName: '王研究员', exportedAt: NOW });
    expect(qda.name).toBe('衢州研究');
    expect(qda.userName).toBe('王研究员');
    expect(qda.codes.map((c) => c.name)).toEqual(['人才', '产业']);
    expect(qda.codes[1]!.children.map((c) => c.name)).toEqual(['锂电']);
    expect(qda.codes[1]!.description).toBe('产业政策');
    expect(qda.sources.map((s) => s.title)).toEqual(['锂电项目', '𠮷野家', '衢州项目3']);
    expect(qda.sources[0]!.note?.text).toBe('对比去年数据');
    expect(qda.sources[1]!.metadata).toMatchObject({ places: ['杭州市'], date: null, source: '衢州日报' });
    // The orphaned highlight is left out: its position no longer points at its quote.
    expect(qda.selections.map((s) => [s.articleId, s.codeIds.length])).toEqual([
      [ids.a, 1],
      [ids.a, 2],
      [ids.b, 1],
    ]);
    expect(qda.selections[1]!.note).toBe('待核实');
    expect(qda.memos.map((m) => m.title)).toEqual(['研究框架']);
  });

  it('exports only the chosen articles, and the export opens as a valid project', async () => {
    const { store, ids } = await project();
    const qda = collectQdaProject(store, [ids.b]);
    expect(qda.sources.map((s) => s.articleId)).toEqual([ids.b]);
    expect(qda.selections.map((s) => s.articleId)).toEqual([ids.b]);

    const zip = unzipSync(writeQdpx(qda));
    const xml = strFromU8(zip['project.qde']!);
    expect(checkQdeStructure(xml)).toEqual([]);
    const selection = [...walk(parseQdeTree(xml))].find((e) => e.name === 'PlainTextSelection')!;
    const file = Object.keys(zip).find((name) => name.startsWith('sources/') && name.endsWith('.txt'))!;
    const characters = [...strFromU8(zip[file]!)];
    const quote = characters
      .slice(Number(selection.attributes.startPosition), Number(selection.attributes.endPosition))
      .join('');
    expect(quote).toBe('杭州开设首家门店');
  });

  it('gives the same GUIDs when the same project is exported again', async () => {
    const { store } = await project();
    const first = collectQdaProject(store, undefined, { exportedAt: NOW });
    const second = collectQdaProject(store, undefined, { exportedAt: NOW });
    expect(strFromU8(unzipSync(writeQdpx(second))['project.qde']!)).toBe(
      strFromU8(unzipSync(writeQdpx(first))['project.qde']!),
    );
  });

  it('collects the codebook alone for a .qdc, which reads back as the same tree', async () => {
    const { store } = await project();
    expect(parseQdc(writeQdc(collectQdaCodebook(store)))).toEqual([
      { name: '人才', color: '#8e44ad', children: [] },
      {
        name: '产业',
        color: '#c0392b',
        description: '产业政策',
        children: [{ name: '锂电', color: '#2e86c1', children: [] }],
      },
    ]);
  });
});
