// The project's codebook: every code, in codebook order (parents before children, siblings by
// sortOrder). The reader colours passages from it; the sidebar edits it. Every edit goes to the
// engine and the codebook is read again from it, so the tree never shows what was not saved.
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { ApiArgs } from '../../../../src-main/common/api/contract';
import type { ApiError, Result } from '../../../../src-main/common/api/errors';
import type { AutocodeResult, Code, UndoLabel } from '../../../../src-main/common/model/annotation';
import { resolveCodePath, splitCodePath } from '../../../../src-main/common/model/code-path';
import { useApi } from '../../api';
import type { MessageKey, MessageParams } from '../../i18n';
import { useFeedbackStore } from '../../app/feedback';
import { useUndoStore } from '../../app/undo';

/** How many codes get a number key in the reader (1–9). */
export const SHORTCUT_COUNT = 9;

export type CodeDraft = Omit<ApiArgs<'createCode'>, 'parentId'> & { parentId: number | null };
export type CodePatch = Omit<ApiArgs<'updateCode'>, 'id'>;

/** Children of each code (null: the top level), in codebook order. */
export function childrenByParent(codes: readonly Code[]): Map<number | null, Code[]> {
  const children = new Map<number | null, Code[]>();
  for (const code of codes) {
    const siblings = children.get(code.parentId) ?? [];
    siblings.push(code);
    children.set(code.parentId, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.sortOrder - b.sortOrder);
  return children;
}

/** Passages of each code with those of all its descendants. */
export function totalsWithDescendants(codes: readonly Code[]): Map<number, number> {
  const children = childrenByParent(codes);
  const totals = new Map<number, number>();
  const visit = (code: Code): number => {
    const known = totals.get(code.id);
    if (known !== undefined) return known;
    let sum = code.passageCount;
    for (const child of children.get(code.id) ?? []) sum += visit(child);
    totals.set(code.id, sum);
    return sum;
  };
  codes.forEach(visit);
  return totals;
}

/** The code and every code below it. */
export function descendantIds(codes: readonly Code[], id: number): Set<number> {
  const children = childrenByParent(codes);
  const found = new Set<number>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as number;
    if (found.has(next)) continue;
    found.add(next);
    for (const child of children.get(next) ?? []) stack.push(child.id);
  }
  return found;
}

export const useCodebookStore = defineStore('codebook', () => {
  const codes = shallowRef<Code[]>([]);
  const byId = computed(() => new Map(codes.value.map((code) => [code.id, code])));
  const children = computed(() => childrenByParent(codes.value));
  const totals = computed(() => totalsWithDescendants(codes.value));
  /** Number keys 1–9 for the first nine codes in codebook order (the reader applies them). */
  const shortcuts = computed(
    () => new Map(codes.value.slice(0, SHORTCUT_COUNT).map((code, index) => [code.id, index + 1])),
  );

  async function load(): Promise<void> {
    const result = await useApi().listCodes({});
    if (result.ok) codes.value = result.value;
    else if (result.error.code === 'NO_PROJECT_OPEN') codes.value = [];
    else useFeedbackStore().reportError(result.error);
  }

  function clear(): void {
    codes.value = [];
  }

  /** Reports a failure; on CODE_NOT_FOUND the codebook is stale, so it is read again. */
  function failed(error: ApiError): null {
    useFeedbackStore().reportError(error);
    if (error.code === 'CODE_NOT_FOUND') void load();
    return null;
  }

  async function settle<T>(result: Result<T>): Promise<T | null> {
    if (!result.ok) return failed(result.error);
    await load();
    return result.value;
  }

  /**
   * Tells what was done, with 撤销 on the toast (the engine keeps the history). The button undoes
   * only while that action is still the newest step, never a later one made elsewhere.
   */
  async function confirmUndoable(label: UndoLabel, key: MessageKey, params?: MessageParams): Promise<void> {
    const undo = useUndoStore();
    await undo.refresh();
    useFeedbackStore().notify('success', key, params, {
      label: 'codebook.undo',
      run: () => {
        if (undo.state.undoLabel === label) void undo.undo();
      },
    });
  }

  async function create(draft: CodeDraft): Promise<Code | null> {
    return settle(await useApi().createCode(draft));
  }

  /**
   * A new code from a typed path: "政策/营商环境" under `parentId` makes 营商环境 under 政策,
   * reusing 政策 when it is there and creating it (in the same colour) when not. The last part
   * takes the description. A name without a slash is a plain create.
   */
  async function createAtPath(draft: CodeDraft): Promise<Code | null> {
    const names = splitCodePath(draft.name);
    if (names.length <= 1) return create({ ...draft, name: names[0] ?? draft.name.trim() });
    const plan = resolveCodePath(codes.value, draft.parentId, names);
    let parentId = plan.parentId;
    let created: Code | null = null;
    for (const [index, name] of plan.missing.entries()) {
      const last = index === plan.missing.length - 1;
      const result = await useApi().createCode({ ...draft, name, parentId, description: last ? draft.description : '' });
      if (!result.ok) {
        // Codes made before the failure stay (each is its own undo step): read the tree again.
        if (created) await load();
        return failed(result.error);
      }
      created = result.value;
      parentId = created.id;
    }
    await load();
    return created;
  }

  async function update(id: number, patch: CodePatch): Promise<Code | null> {
    return settle(await useApi().updateCode({ id, ...patch }));
  }

  /**
   * Moves a code under `parentId` (null: the top level), before `beforeId` among its new siblings
   * or at the end. The engine refuses a move under the code itself (CODE_MOVE_INVALID); the tree
   * does not offer it either.
   */
  async function move(id: number, parentId: number | null, beforeId: number | null = null): Promise<Code | null> {
    const siblings = (children.value.get(parentId) ?? []).filter((code) => code.id !== id);
    const index = beforeId === null ? -1 : siblings.findIndex((code) => code.id === beforeId);
    const sortOrder = index === -1 ? siblings.length : index;
    return update(id, { parentId, sortOrder });
  }

  async function merge(sourceId: number, targetId: number): Promise<Code | null> {
    const source = byId.value.get(sourceId);
    const merged = await settle(await useApi().mergeCodes({ sourceId, targetId }));
    if (merged && source) await confirmUndoable('merge-codes', 'codebook.merged', { source: source.name, target: merged.path });
    return merged;
  }

  async function remove(id: number): Promise<boolean> {
    const code = byId.value.get(id);
    const result = await useApi().deleteCode({ id });
    if (!result.ok) return failed(result.error) ?? false;
    await load();
    if (code) await confirmUndoable('delete-code', 'codebook.deleted', { name: code.name });
    return true;
  }

  /** Codes every hit of the search with its sentence or paragraph; one undo step. */
  async function autocode(args: ApiArgs<'autocode'>): Promise<AutocodeResult | null> {
    const result = await settle(await useApi().autocode(args));
    if (result && result.created > 0) {
      await confirmUndoable('autocode', 'codebook.autocode.done', {
        created: result.created,
        articles: result.articles,
        already: result.alreadyCoded,
      });
    } else if (result) {
      useFeedbackStore().notify('info', 'codebook.autocode.nothing', { already: result.alreadyCoded });
    }
    return result;
  }

  useUndoStore().onApplied(() => load());

  return {
    ...{ codes, byId, children, totals, shortcuts },
    ...{ load, clear, create, createAtPath, update, move, merge, remove, autocode },
  };
});
