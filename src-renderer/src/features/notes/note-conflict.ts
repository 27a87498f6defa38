// A note or memo saved over a version another window or tab saved meanwhile is refused by the engine
// (NOTE_CONFLICT, with both texts). The store keeps the conflict until the user chooses: keep their
// own text (saved over the other version, now seen), take the other text, or merge both.
import type { ApiError } from '../../../../src-main/common/api/errors';

export interface NoteText {
  title: string;
  body: string;
}

export interface NoteConflict {
  /** The text that was not saved. */
  yours: NoteText;
  /** The stored version; null when the other client deleted the note. */
  theirs: (NoteText & { updatedAt: string }) | null;
}

export type ConflictChoice = 'mine' | 'theirs' | 'merge';

/** The conflict an engine error describes, or null for any other error. */
export function conflictOf(error: ApiError): NoteConflict | null {
  if (error.code !== 'NOTE_CONFLICT' || !error.detail) return null;
  const { yours, theirs } = error.detail as Partial<NoteConflict>;
  if (!yours) return null;
  return { yours, theirs: theirs ?? null };
}

/** What the note holds after `choice`; `marker` heads the other text in a merge. */
export function resolvedText(conflict: NoteConflict, choice: ConflictChoice, marker: string): NoteText {
  const theirs = conflict.theirs ?? { title: '', body: '' };
  if (choice === 'mine') return conflict.yours;
  if (choice === 'theirs') return { title: theirs.title, body: theirs.body };
  if (theirs.body.trim() === '') return conflict.yours;
  return {
    title: conflict.yours.title || theirs.title,
    body: `${conflict.yours.body.trimEnd()}\n\n${marker}\n\n${theirs.body}`,
  };
}
