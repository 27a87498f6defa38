// Project memos (notes on the project as a whole). Saving and deleting are undoable.
import { ApiFailure } from '../../../common/api/errors';
import type { Memo } from '../../../common/model/annotation';
import type { ProjectStore } from '../../db/project-store';
import type { ReadQuery } from '../../db/query';
import { deleteMemoRow, getMemo, listMemoRows, updateMemo } from '../../db/repositories/memos-repo';
import { insertMemo } from '../../db/repositories/notes-repo';
import type { EngineContext } from '../engine-context';
import { recordAction } from './undo-history';

export function listMemos(store: ProjectStore): Memo[] {
  return store.read(listMemoRows);
}

function requireMemo(q: ReadQuery, id: number): Memo {
  const memo = getMemo(q, id);
  if (!memo) throw new ApiFailure('MEMO_NOT_FOUND', `No memo with id ${id}.`, { id });
  return memo;
}

/** Without an id: a new memo. */
export function saveMemo(context: EngineContext, input: { id?: number | undefined; title: string; body: string }): Memo {
  return recordAction(context, 'save-memo', (q, recorder) => {
    const now = new Date().toISOString();
    if (input.id === undefined) {
      const id = insertMemo(q, input.title, input.body, now);
      recorder.added('notes', 'id = ?', [id]);
      return requireMemo(q, id);
    }
    requireMemo(q, input.id);
    recorder.watch('notes', 'id = ?', [input.id]);
    updateMemo(q, input.id, input.title, input.body, now);
    return requireMemo(q, input.id);
  });
}

export function deleteMemo(context: EngineContext, id: number): void {
  recordAction(context, 'delete-memo', (q, recorder) => {
    requireMemo(q, id);
    recorder.watch('notes', 'id = ?', [id]);
    deleteMemoRow(q, id);
  });
}
