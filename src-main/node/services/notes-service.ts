import { ApiFailure } from '../../common/api/errors';
import type { Note } from '../../common/model/article';
import { articleExists } from '../db/repositories/articles-repo';
import { getArticleNote, saveArticleNote } from '../db/repositories/notes-repo';
import type { ProjectStore } from '../db/project-store';
import { assertSavedOverBase, nextUpdatedAt } from './note-versions';

export function readArticleNote(store: ProjectStore, articleId: number): Note | null {
  return store.read((q) => getArticleNote(q, articleId));
}

/**
 * Returns only once the note is durable (see ProjectStore.write). With `baseUpdatedAt` (the version
 * the client loaded), a note changed since by someone else is not overwritten: NOTE_CONFLICT.
 */
export function writeArticleNote(
  store: ProjectStore,
  articleId: number,
  body: string,
  baseUpdatedAt?: string | null,
): Note | null {
  return store.write((q) => {
    if (!articleExists(q, articleId)) {
      throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${articleId}.`, { id: articleId });
    }
    const stored = getArticleNote(q, articleId);
    assertSavedOverBase({ articleId }, stored, { body, baseUpdatedAt });
    return saveArticleNote(q, articleId, body, nextUpdatedAt(stored?.updatedAt));
  });
}
