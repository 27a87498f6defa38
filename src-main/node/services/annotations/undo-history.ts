// The undo history of the open project: a stack of change sets (see change-set.ts), held in memory
// for as long as the project is open (a WeakMap keyed by the store: closing the project drops it).
// Each action, undo and redo is one durable store.write.
import { ApiFailure } from '../../../common/api/errors';
import type { UndoLabel, UndoState } from '../../../common/model/annotation';
import type { ProjectStore } from '../../db/project-store';
import type { WriteQuery } from '../../db/query';
import type { EngineContext } from '../engine-context';
import {
  applyChangeSet,
  ChangeRecorder,
  changeSetBytes,
  describeChangeSet,
  isEmptyChangeSet,
  type ChangeSet,
} from './change-set';

interface UndoStep {
  label: UndoLabel;
  changes: ChangeSet;
  bytes: number;
}

/** At most this many steps, and at most about this much memory (a step that alone is bigger is kept). */
export const MAX_UNDO_STEPS = 200;
export const MAX_UNDO_BYTES = 256 * 1024 * 1024;

export class UndoHistory {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];

  push(step: UndoStep): void {
    this.done.push(step);
    this.undone = [];
    let bytes = this.done.reduce((sum, s) => sum + s.bytes, 0);
    while (this.done.length > 1 && (this.done.length > MAX_UNDO_STEPS || bytes > MAX_UNDO_BYTES)) {
      bytes -= this.done.shift()!.bytes;
    }
  }

  peekUndo(): UndoStep | undefined {
    return this.done[this.done.length - 1];
  }

  peekRedo(): UndoStep | undefined {
    return this.undone[this.undone.length - 1];
  }

  markUndone(): void {
    this.undone.push(this.done.pop()!);
  }

  markRedone(): void {
    this.done.push(this.undone.pop()!);
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }

  state(): UndoState {
    const undo = this.peekUndo();
    const redo = this.peekRedo();
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
    };
  }
}

const histories = new WeakMap<ProjectStore, UndoHistory>();

export function historyOf(store: ProjectStore): UndoHistory {
  let history = histories.get(store);
  if (!history) histories.set(store, (history = new UndoHistory()));
  return history;
}

/**
 * Forgets the history of `store`, e.g. after an import: rows re-created by an old step could
 * collide with what the import added. Emits undoChanged.
 */
export function clearUndoHistory(context: EngineContext, store: ProjectStore): void {
  const history = historyOf(store);
  history.clear();
  context.emit('undoChanged', history.state());
}

function announce(context: EngineContext, changes: ChangeSet): void {
  const summary = describeChangeSet(changes);
  context.emit('annotationsChanged', { articleIds: summary.articleIds, codebook: summary.codebook });
  if (summary.articlesDeleted) context.emit('libraryChanged', { reason: 'delete' });
  else if (summary.articlesRestored) context.emit('libraryChanged', { reason: 'edit' });
}

/**
 * Runs an undoable action in one durable transaction. `fn` watches the rows it will change on the
 * recorder before changing them (and names the rows it creates); the changes become one step.
 * An action that changed nothing records no step and announces nothing.
 */
export function recordAction<T>(
  context: EngineContext,
  label: UndoLabel,
  fn: (q: WriteQuery, recorder: ChangeRecorder) => T,
): T {
  const store = context.requireStore();
  const { value, changes } = store.write((q) => {
    const recorder = new ChangeRecorder(q);
    const result = fn(q, recorder);
    return { value: result, changes: recorder.finish() };
  });
  if (!isEmptyChangeSet(changes)) {
    const history = historyOf(store);
    history.push({ label, changes, bytes: changeSetBytes(changes) });
    context.emit('undoChanged', history.state());
    announce(context, changes);
  }
  return value;
}

export function undo(context: EngineContext): UndoState {
  return step(context, 'undo');
}

export function redo(context: EngineContext): UndoState {
  return step(context, 'redo');
}

function step(context: EngineContext, direction: 'undo' | 'redo'): UndoState {
  const store = context.requireStore();
  const history = historyOf(store);
  const target = direction === 'undo' ? history.peekUndo() : history.peekRedo();
  if (!target) throw new ApiFailure('NOTHING_TO_UNDO', `Nothing to ${direction}.`);
  try {
    store.write((q) => applyChangeSet(q, target.changes, direction === 'undo' ? 'before' : 'after'));
  } catch (error) {
    // The transaction rolled back, nothing changed. The project changed under the history (e.g. an
    // import took an id or re-imported a deleted article): the history no longer fits; forget it.
    clearUndoHistory(context, store);
    if (error instanceof ApiFailure) throw error;
    console.error(`[zhiyan] ${direction} failed; the undo history was cleared:`, error);
    throw new ApiFailure('NOTHING_TO_UNDO', `The project changed since; cannot ${direction}: ${(error as Error).message}`);
  }
  if (direction === 'undo') history.markUndone();
  else history.markRedone();
  const state = history.state();
  context.emit('undoChanged', state);
  announce(context, target.changes);
  return state;
}
