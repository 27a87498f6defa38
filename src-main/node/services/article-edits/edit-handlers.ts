// The contract methods that correct article metadata by hand (see edit-article.ts).
import type { ARTICLE_EDIT_METHODS, ZhiyanHandlers } from '../../../common/api/contract';
import type { EngineContext } from '../engine-context';
import { editArticle, editArticles } from './edit-article';

export type ArticleEditHandlers = Pick<ZhiyanHandlers, (typeof ARTICLE_EDIT_METHODS)[number]>;

export function articleEditHandlers(context: EngineContext): ArticleEditHandlers {
  return {
    editArticle: async ({ id, restore, ...changes }) => editArticle(context, id, changes, restore),
    editArticles: async ({ ids, ...changes }) => editArticles(context, ids, changes),
  };
}
