// The undo histories of the open project: one stack of change sets (see change-set.ts) per client
// (window, tab, CLI: services/client-scope.ts), so Ctrl+Z undoes your own last step, never someone
// else's. Held in memory for as long as the project is open (a WeakMap keyed by the store: closing
// the project drops them). Each action, undo and redo is one durable store.write. A step whose rows
// another client has changed since is not undone over their work: it is refused (UNDO_CONFLICT).
import { ApiFailure } from '../../../common/api/errors';
import type { UndoLabel, UndoState } from '../../../common/model/annotation';
import type { ProjectStore } from '../../db/project-store';
import type { WriteQuery } from '../../db/query';
import type { EngineContext } from '../engine-context';
import { currentClient } from '../client-scope';
import {
  applyChangeSet,
  ChangeRecorder,
  changedSince,
  changeSetBytes,
  describeChangeSet,
  isEmptyChangeSet,
  type ChangeSet,
} from './change-set';
import { log } from '../../log/logger';

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

  /** Forgets the step on top of the undo (or redo) stack: it no longer fits the project. */
  drop(direction: 'undo' | 'redo'): void {
    if (direction === 'undo') this.done.pop();
    else this.undone.pop();
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

/** Histories kept per project: tabs come and go, the oldest unused one is forgotten first. */
export const MAX_CLIENT_HISTORIES = 32;

const histories = new WeakMap<ProjectStore, Map<string, UndoHistory>>();

/** The history of `client` (the caller's by default) on `store`. */
export function historyOf(store: ProjectStore, client = currentClient()): UndoHistory {
  let byClient = histories.get(store);
  if (!byClient) histories.set(store, (byClient = new Map()));
  let history = byClient.get(client);
  // Re-inserted on every use, so the Map's order is least recently used first.
  if (history) byClient.delete(client);
  else history = new UndoHistory();
  byClient.set(client, history);
  while (byClient.size > MAX_CLIENT_HISTORIES) byClient.delete(byClient.keys().next().value!);
  return history;
}

/** Tells the calling client (only) what it can undo now. */
function emitState(context: EngineContext, history: UndoHistory): UndoState {
  const state = history.state();
  context.emit('undoChanged', state, currentClient());
  return state;
}

/**
 * Forgets the caller's history of `store`, e.g. when it no longer fits the project: rows
 * re-created by an old step could collide with what was added since. Emits undoChanged.
 */
export function clearUndoHistory(context: EngineContext, store: ProjectStore): void {
  const history = historyOf(store);
  history.clear();
  emitState(context, history);
}

function announce(context: EngineContext, changes: ChangeSet): void {
  const summary = describeChangeSet(changes);
  context.emit('annotationsChanged', { articleIds: summary.articleIds, codebook: summary.codebook });
  const notes = [...(changes.get('notes')?.values() ?? [])].map((change) => (change.before ?? change.after)!);
  if (notes.length > 0) {
    const articleIds = notes.flatMap((row) => (row.article_id == null ? [] : [Number(row.article_id)]));
    context.emit('notesChanged', { articleIds, memos: notes.some((row) => row.article_id == null) });
  }
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
    emitState(context, history);
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
  const side = direction === 'undo' ? 'before' : 'after';
  try {
    store.write((q) => {
      if (changedSince(q, target.changes, side)) throw conflict(direction, target.label);
      applyChangeSet(q, target.changes, side);
    });
  } catch (error) {
    if (error instanceof ApiFailure && error.code === 'UNDO_CONFLICT') {
      // Only this step collides with someone else's work; older ones may still apply.
      history.drop(direction);
      emitState(context, history);
      throw error;
    }
    // The transaction rolled back, nothing changed. The project changed under the history (e.g. an
    // import took an id or re-imported a deleted article): the history no longer fits; forget it.
    clearUndoHistory(context, store);
    if (error instanceof ApiFailure) throw error;
    log.error(`${direction} failed; the undo history was cleared`, error);
    throw new ApiFailure('NOTHING_TO_UNDO', `The project changed since; cannot ${direction}: ${(error as Error).message}`);
  }
  if (direction === 'undo') history.markUndone();
  else history.markRedone();
  const state = emitState(context, history);
  announce(context, target.changes);
  return state;
}

function conflict(direction: 'undo' | 'redo', label: UndoLabel): ApiFailure {
  return new ApiFailure(
    'UNDO_CONFLICT',
    `Cannot ${direction} "${label}": another window or tab has changed the same items since.`,
    { direction, label },
  );
}
