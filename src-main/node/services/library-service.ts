import { ApiFailure } from '../../common/api/errors';
import type { Article, ArticlePage, ArticleSort } from '../../common/model/article';
import { countArticles, getArticleById, listArticleSummaries } from '../db/repositories/articles-repo';
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

export function getArticle(store: ProjectStore, id: number): Article {
  const article = store.read((q) => getArticleById(q, id));
  if (!article) throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${id}.`, { id });
  return article;
}
