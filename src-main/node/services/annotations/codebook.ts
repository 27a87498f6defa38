// The codebook: a tree of codes in codebook order (depth first; siblings by sort_order, then id).
import { ApiFailure } from '../../../common/api/errors';
import type { Code } from '../../../common/model/annotation';
import type { CodebookImportResult } from '../../../common/model/report';
import type { ReadQuery, WriteQuery } from '../../db/query';
import {
  allCodeRows,
  codeExists,
  copyCodings,
  deleteCodeRow,
  insertCode,
  setCodeParent,
  setCodeSortOrder,
  siblingRows,
  updateCodeFields,
  usedColours,
  countCodes,
  type CodeRow,
} from '../../db/repositories/codes-repo';
import { nextPaletteColour } from '../../../common/model/code-palette';
import type { EngineContext } from '../engine-context';
import type { ChangeRecorder } from './change-set';
import { recordAction } from './undo-history';

function paletteColourFor(q: ReadQuery): string {
  return nextPaletteColour(usedColours(q), countCodes(q));
}

/** Every code, depth first, with its path and passage count. */
export function readCodes(q: ReadQuery): Code[] {
  const rows = allCodeRows(q);
  const children = new Map<number | null, CodeRow[]>();
  for (const row of rows) {
    const list = children.get(row.parent_id) ?? [];
    list.push(row);
    children.set(row.parent_id, list);
  }
  const codes: Code[] = [];
  const visit = (parentId: number | null, parentPath: string | null) => {
    for (const row of children.get(parentId) ?? []) {
      const path = parentPath === null ? row.name : `${parentPath}/${row.name}`;
      codes.push({
        id: row.id,
        parentId: row.parent_id,
        name: row.name,
        color: row.color,
        description: row.description,
        sortOrder: row.sort_order,
        path,
        passageCount: row.passage_count,
      });
      visit(row.id, path);
    }
  };
  visit(null, null);
  return codes;
}

export function readCode(q: ReadQuery, id: number): Code {
  const code = readCodes(q).find((c) => c.id === id);
  if (!code) throw new ApiFailure('CODE_NOT_FOUND', `No code with id ${id}.`, { id });
  return code;
}

export function assertCodesExist(q: ReadQuery, ids: readonly number[]): void {
  for (const id of ids) {
    if (!codeExists(q, id)) throw new ApiFailure('CODE_NOT_FOUND', `No code with id ${id}.`, { id });
  }
}

/** The code and every code below it. */
export function subtreeIds(q: ReadQuery, id: number): number[] {
  const rows = allCodeRows(q);
  const ids = [id];
  for (let i = 0; i < ids.length; i++) {
    for (const row of rows) if (row.parent_id === ids[i]) ids.push(row.id);
  }
  return ids;
}

function assertNameFree(q: ReadQuery, parentId: number | null, name: string, exceptId: number | null): void {
  if (siblingRows(q, parentId).some((s) => s.name === name && s.id !== exceptId)) {
    throw new ApiFailure('CODE_NAME_TAKEN', `A code named "${name}" exists at that level already.`, { name });
  }
}

const nextSortOrder = (q: ReadQuery, parentId: number | null): number =>
  siblingRows(q, parentId).reduce((max, s) => Math.max(max, s.sort_order + 1), 0);

interface NewCodeInput {
  parentId: number | null;
  name: string;
  color?: string | undefined;
  description: string;
}

/** Inserts a code (no undo step of its own: for actions that create codes as part of their work). */
export function addCode(q: WriteQuery, recorder: ChangeRecorder, input: NewCodeInput, now: string): number {
  if (input.parentId !== null) assertCodesExist(q, [input.parentId]);
  assertNameFree(q, input.parentId, input.name, null);
  const id = insertCode(
    q,
    {
      parentId: input.parentId,
      name: input.name,
      color: (input.color ?? paletteColourFor(q)).toLowerCase(),
      description: input.description,
      sortOrder: nextSortOrder(q, input.parentId),
    },
    now,
  );
  recorder.added('codes', 'id = ?', [id]);
  return id;
}

export function createCode(context: EngineContext, input: NewCodeInput): Code {
  return recordAction(context, 'create-code', (q, recorder) =>
    readCode(q, addCode(q, recorder, input, new Date().toISOString())),
  );
}

export interface CodeUpdate {
  id: number;
  name?: string | undefined;
  color?: string | undefined;
  description?: string | undefined;
  parentId?: number | null | undefined;
  sortOrder?: number | undefined;
}

export function updateCode(context: EngineContext, update: CodeUpdate): Code {
  return recordAction(context, 'update-code', (q, recorder) => {
    const code = readCode(q, update.id);
    const parentId = update.parentId === undefined ? code.parentId : update.parentId;
    const name = update.name ?? code.name;
    if (parentId !== code.parentId) {
      if (parentId !== null) assertCodesExist(q, [parentId]);
      if (parentId !== null && subtreeIds(q, code.id).includes(parentId)) {
        throw new ApiFailure('CODE_MOVE_INVALID', 'A code cannot move under itself or one of its sub-codes.', {
          id: code.id,
          parentId,
        });
      }
    }
    assertNameFree(q, parentId, name, code.id);
    recorder.watch('codes', 'parent_id IS ? OR parent_id IS ? OR id = ?', [code.parentId, parentId, code.id]);
    const now = new Date().toISOString();
    updateCodeFields(
      q,
      code.id,
      { name, color: (update.color ?? code.color).toLowerCase(), description: update.description ?? code.description, parentId },
      now,
    );
    if (parentId !== code.parentId || update.sortOrder !== undefined) {
      // Number the new siblings 0, 1, 2... with the code at the asked place (or last, when moved).
      const others = siblingRows(q, parentId).filter((s) => s.id !== code.id);
      const at = Math.min(update.sortOrder ?? others.length, others.length);
      others.splice(at, 0, { id: code.id, name, sort_order: at });
      others.forEach((s, i) => setCodeSortOrder(q, s.id, i));
    }
    return readCode(q, code.id);
  });
}

/** Deletes the code and its sub-codes; their passages keep their other codes. */
export function deleteCode(context: EngineContext, id: number): void {
  recordAction(context, 'delete-code', (q, recorder) => {
    const ids = subtreeIds(q, readCode(q, id).id);
    recorder.watchIn('codes', 'id', ids);
    recorder.watchIn('highlight_codes', 'code_id', ids);
    deleteCodeRow(q, id);
  });
}

/**
 * Merges `sourceId` into `targetId`: its passages get the target code (no duplicates), its
 * sub-codes move under the target (one named like a sub-code of the target merges into it), and
 * the source is deleted.
 */
export function mergeCodes(context: EngineContext, sourceId: number, targetId: number): Code {
  return recordAction(context, 'merge-codes', (q, recorder) => {
    readCode(q, targetId);
    const sourceTree = subtreeIds(q, readCode(q, sourceId).id);
    if (sourceTree.includes(targetId)) {
      throw new ApiFailure('CODE_MOVE_INVALID', 'A code cannot be merged into itself or one of its sub-codes.', {
        sourceId,
        targetId,
      });
    }
    const touched = [...sourceTree, ...subtreeIds(q, targetId)];
    recorder.watchIn('codes', 'id', touched);
    recorder.watchIn('highlight_codes', 'code_id', touched);
    mergeInto(q, sourceId, targetId, new Date().toISOString());
    return readCode(q, targetId);
  });
}

function mergeInto(q: WriteQuery, sourceId: number, targetId: number, now: string): void {
  copyCodings(q, sourceId, targetId);
  const targetChildren = siblingRows(q, targetId);
  let order = targetChildren.reduce((max, s) => Math.max(max, s.sort_order + 1), 0);
  for (const child of siblingRows(q, sourceId)) {
    const twin = targetChildren.find((t) => t.name === child.name);
    if (twin) mergeInto(q, child.id, twin.id, now);
    else setCodeParent(q, child.id, targetId, order++, now);
  }
  deleteCodeRow(q, sourceId);
}

export interface CodeTreeNode {
  name: string;
  color?: string | undefined;
  description?: string | undefined;
  children: CodeTreeNode[];
}

/**
 * Adds a tree of codes (e.g. from a REFI-QDA .qdc codebook) as one undo step 'import-codebook'.
 * A code whose path exists already is kept as it is (counted in `existing`); its children are
 * still merged in below it.
 */
export function importCodeTree(context: EngineContext, nodes: readonly CodeTreeNode[]): CodebookImportResult {
  return recordAction(context, 'import-codebook', (q, recorder) => {
    const result = { created: 0, existing: 0 };
    const now = new Date().toISOString();
    const add = (parentId: number | null, list: readonly CodeTreeNode[]) => {
      for (const node of list) {
        const name = node.name.trim();
        if (name.length === 0) continue;
        const existing = siblingRows(q, parentId).find((s) => s.name === name);
        let id: number;
        if (existing) {
          id = existing.id;
          result.existing++;
        } else {
          const color = node.color && /^#[0-9a-fA-F]{6}$/.test(node.color) ? node.color : undefined;
          id = addCode(q, recorder, { parentId, name, color, description: node.description ?? '' }, now);
          result.created++;
        }
        add(id, node.children);
      }
    };
    add(null, nodes);
    return result;
  });
}
