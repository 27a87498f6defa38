import { ApiFailure } from '../../common/api/errors';
import type { Note } from '../../common/model/article';
import { articleExists } from '../db/repositories/articles-repo';
import { getArticleNote, saveArticleNote } from '../db/repositories/notes-repo';
import type { ProjectStore } from '../db/project-store';

export function readArticleNote(store: ProjectStore, articleId: number): Note | null {
  return store.read((q) => getArticleNote(q, articleId));
}

/** Returns only once the note is durable (see ProjectStore.write). */
export function writeArticleNote(store: ProjectStore, articleId: number, body: string): Note | null {
  return store.write((q) => {
    if (!articleExists(q, articleId)) {
      throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${articleId}.`, { id: articleId });
    }
    return saveArticleNote(q, articleId, body, new Date().toISOString());
  });
}
