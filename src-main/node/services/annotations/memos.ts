// Project memos (notes on the project as a whole). Saving and deleting are undoable.
import { ApiFailure } from '../../../common/api/errors';
import type { Memo } from '../../../common/model/annotation';
import type { ProjectStore } from '../../db/project-store';
import type { ReadQuery } from '../../db/query';
import { deleteMemoRow, getMemo, listMemoRows, updateMemo } from '../../db/repositories/memos-repo';
import { insertMemo } from '../../db/repositories/notes-repo';
import type { EngineContext } from '../engine-context';
import { assertSavedOverBase, nextUpdatedAt } from '../note-versions';
import { recordAction } from './undo-history';

export function listMemos(store: ProjectStore): Memo[] {
  return store.read(listMemoRows);
}

function requireMemo(q: ReadQuery, id: number): Memo {
  const memo = getMemo(q, id);
  if (!memo) throw new ApiFailure('MEMO_NOT_FOUND', `No memo with id ${id}.`, { id });
  return memo;
}

export interface MemoSave {
  id?: number | undefined;
  title: string;
  body: string;
  /** The version the client loaded; a newer stored one refuses the save (NOTE_CONFLICT). */
  baseUpdatedAt?: string | null | undefined;
}

/** Without an id: a new memo. */
export function saveMemo(context: EngineContext, input: MemoSave): Memo {
  return recordAction(context, 'save-memo', (q, recorder) => {
    if (input.id === undefined) {
      const id = insertMemo(q, input.title, input.body, nextUpdatedAt(null));
      recorder.added('notes', 'id = ?', [id]);
      return requireMemo(q, id);
    }
    const stored = requireMemo(q, input.id);
    assertSavedOverBase({ memoId: input.id }, stored, input);
    recorder.watch('notes', 'id = ?', [input.id]);
    updateMemo(q, input.id, input.title, input.body, nextUpdatedAt(stored.updatedAt));
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
