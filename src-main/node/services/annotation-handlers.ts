// The codebook, highlight, tag, memo, auto-coding and undo methods of the contract. Each mutating
// method is one durable transaction and one undo step (services/annotations/undo-history.ts).
import type { ANNOTATION_METHODS, ZhiyanHandlers } from '../../common/api/contract';
import { deleteArticles } from './annotations/article-deletion';
import { autocode } from './annotations/autocode';
import { createCode, deleteCode, mergeCodes, readCodes, updateCode } from './annotations/codebook';
import {
  createHighlight,
  deleteHighlight,
  listCodedPassages,
  listHighlights,
  updateHighlight,
} from './annotations/highlights';
import { deleteMemo, listMemos, saveMemo } from './annotations/memos';
import { listTags, tagArticles, untagArticles } from './annotations/tags';
import { historyOf, redo, undo } from './annotations/undo-history';
import type { EngineContext } from './engine-context';

export type AnnotationHandlers = Pick<ZhiyanHandlers, (typeof ANNOTATION_METHODS)[number]>;

export function annotationHandlers(context: EngineContext): AnnotationHandlers {
  const store = () => context.requireStore();
  return {
    listCodes: async () => store().read(readCodes),
    createCode: async (args) => createCode(context, args),
    updateCode: async (args) => updateCode(context, args),
    mergeCodes: async ({ sourceId, targetId }) => mergeCodes(context, sourceId, targetId),
    deleteCode: async ({ id }) => {
      deleteCode(context, id);
      return null;
    },
    listCodedPassages: async (args) => listCodedPassages(store(), args),
    listHighlights: async ({ articleId }) => listHighlights(store(), articleId),
    createHighlight: async (args) => createHighlight(context, args),
    updateHighlight: async (args) => updateHighlight(context, args),
    deleteHighlight: async ({ id }) => {
      deleteHighlight(context, id);
      return null;
    },
    listTags: async () => listTags(store()),
    tagArticles: async ({ articleIds, tags }) => tagArticles(context, articleIds, tags),
    untagArticles: async ({ articleIds, tags }) => untagArticles(context, articleIds, tags),
    deleteArticles: async ({ ids }) => deleteArticles(context, ids),
    listMemos: async () => listMemos(store()),
    saveMemo: async (args) => saveMemo(context, args),
    deleteMemo: async ({ id }) => {
      deleteMemo(context, id);
      return null;
    },
    autocode: async (args) => autocode(context, args),
    getUndoState: async () => historyOf(store()).state(),
    undo: async () => undo(context),
    redo: async () => redo(context),
  };
}
