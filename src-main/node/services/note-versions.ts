// Article notes and memos are saved by whichever window or tab edits them; a save names the version
// it was edited from (`baseUpdatedAt`, the `updatedAt` the client loaded), and a save over a newer
// version is refused with both texts instead of silently overwriting the other client's work.
// `updatedAt` identifies a version only if no two saves of one note share it, so a save within the
// same millisecond as the previous one is stamped a millisecond later.
import { ApiFailure } from '../../common/api/errors';

export interface StoredVersion {
  title?: string;
  body: string;
  updatedAt: string;
}

export interface IncomingSave {
  title?: string;
  body: string;
  /** undefined: save whatever is stored (callers without a loaded version, e.g. the CLI). */
  baseUpdatedAt?: string | null | undefined;
}

/**
 * Throws NOTE_CONFLICT when `stored` is not the version the save was edited from, unless the save
 * would store exactly what is there already. `what` names the note for the detail.
 */
export function assertSavedOverBase(
  what: { articleId: number } | { memoId: number },
  stored: StoredVersion | null,
  incoming: IncomingSave,
): void {
  if (incoming.baseUpdatedAt === undefined) return;
  if ((stored?.updatedAt ?? null) === incoming.baseUpdatedAt) return;
  const same = (stored?.body ?? '') === incoming.body && (stored?.title ?? '') === (incoming.title ?? '');
  if (same) return;
  throw new ApiFailure('NOTE_CONFLICT', 'The note was changed elsewhere after this client loaded it.', {
    ...what,
    yours: { title: incoming.title ?? '', body: incoming.body },
    theirs: stored ? { title: stored.title ?? '', body: stored.body, updatedAt: stored.updatedAt } : null,
  });
}

/** Now, or a millisecond after `previous` if now is not later (clocks go back, saves come fast). */
export function nextUpdatedAt(previous: string | null | undefined, now = new Date()): string {
  const last = previous ? Date.parse(previous) : NaN;
  return Number.isFinite(last) && now.getTime() <= last ? new Date(last + 1).toISOString() : now.toISOString();
}
