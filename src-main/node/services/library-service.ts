import { ApiFailure } from '../../common/api/errors';
import type { Article, ArticlePage, ArticleSort } from '../../common/model/article';
import {
  countArticles,
  getArticleById,
  getOriginalTextById,
  listArticleSummaries,
} from '../db/repositories/articles-repo';
import { rememberCleanText } from './article-text-cache';
import type { ProjectStore } from '../db/project-store';

export function listArticles(
  store: ProjectStore,
  offset: number,
  limit: number,
  sort: ArticleSort,
  tags: readonly string[] = [],
): ArticlePage {
  return store.read((q) => ({
    total: countArticles(q, tags),
    offset,
    items: listArticleSummaries(q, offset, limit, sort, tags),
  }));
}

/**
 * One article; `original: false` leaves its original text out: a 30 MB .txt has ~10 M characters
 * of each, and every one costs on the way to the window (a copy to the host, JSON both ways).
 */
export function getArticle(store: ProjectStore, id: number, original = true): Article {
  const article = store.read((q) => getArticleById(q, id, original));
  if (!article) throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${id}.`, { id });
  rememberCleanText(store, id, article.cleanText);
  return article;
}

export function getOriginalText(store: ProjectStore, id: number): string {
  const text = store.read((q) => getOriginalTextById(q, id));
  if (text === undefined) throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${id}.`, { id });
  return text;
}
