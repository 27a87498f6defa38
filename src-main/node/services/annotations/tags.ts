// Tags on articles, for any number of articles at once (a whole search result: 10,000 ids).
import { ApiFailure } from '../../../common/api/errors';
import type { TagCount } from '../../../common/model/annotation';
import type { ProjectStore } from '../../db/project-store';
import type { ReadQuery } from '../../db/query';
import { existingIds } from '../../db/repositories/rows-repo';
import {
  addArticleTag,
  deleteTagIfUnused,
  ensureTag,
  removeArticleTag,
  tagCounts,
  tagIdOf,
} from '../../db/repositories/tags-repo';
import type { EngineContext } from '../engine-context';
import { recordAction } from './undo-history';

export function listTags(store: ProjectStore): TagCount[] {
  return store.read(tagCounts);
}

/** Trimmed, without empties and repeats. */
export const normaliseTags = (tags: readonly string[]): string[] =>
  [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];

export function assertArticlesExist(q: ReadQuery, ids: readonly number[]): number[] {
  const unique = [...new Set(ids)];
  const found = existingIds(q, 'articles', unique);
  const missing = unique.find((id) => !found.has(id));
  if (missing !== undefined) {
    throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${missing}.`, { id: missing });
  }
  return unique;
}

/** Adds the tags to the articles; `changed`: how many articles gained a tag. */
export function tagArticles(context: EngineContext, articleIds: readonly number[], tags: readonly string[]) {
  return recordAction(context, 'tag-articles', (q, recorder) => {
    const ids = assertArticlesExist(q, articleIds);
    const names = normaliseTags(tags);
    recorder.watchIn('tags', 'name', names);
    const tagIds = names.map((name) => ensureTag(q, name));
    recorder.watchIn('article_tags', 'article_id', ids);
    const changed = new Set<number>();
    for (const articleId of ids) {
      for (const tagId of tagIds) if (addArticleTag(q, articleId, tagId) > 0) changed.add(articleId);
    }
    return { changed: changed.size };
  });
}

/** Removes the tags from the articles; a tag no article carries any more is deleted. */
export function untagArticles(context: EngineContext, articleIds: readonly number[], tags: readonly string[]) {
  return recordAction(context, 'untag-articles', (q, recorder) => {
    const ids = assertArticlesExist(q, articleIds);
    const tagIds = normaliseTags(tags)
      .map((name) => tagIdOf(q, name))
      .filter((id): id is number => id !== undefined);
    if (tagIds.length === 0) return { changed: 0 };
    recorder.watchIn('tags', 'id', tagIds);
    recorder.watchIn('article_tags', 'article_id', ids);
    const changed = new Set<number>();
    for (const articleId of ids) {
      for (const tagId of tagIds) if (removeArticleTag(q, articleId, tagId) > 0) changed.add(articleId);
    }
    for (const tagId of tagIds) deleteTagIfUnused(q, tagId);
    return { changed: changed.size };
  });
}
