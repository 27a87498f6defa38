// The codebook, highlight, tag, memo, auto-coding and undo methods of the contract.
// SCAFFOLD: filled in by the annotation-engine work (issue 5).
import type { ZhiyanHandlers } from '../../common/api/contract';
import { ApiFailure } from '../../common/api/errors';
import type { EngineContext } from './engine-context';

export const ANNOTATION_METHODS = [
  'listCodes',
  'createCode',
  'updateCode',
  'mergeCodes',
  'deleteCode',
  'listCodedPassages',
  'listHighlights',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'listTags',
  'tagArticles',
  'untagArticles',
  'deleteArticles',
  'listMemos',
  'saveMemo',
  'deleteMemo',
  'autocode',
  'getUndoState',
  'undo',
  'redo',
] as const;

export type AnnotationHandlers = Pick<ZhiyanHandlers, (typeof ANNOTATION_METHODS)[number]>;

export function annotationHandlers(context: EngineContext): AnnotationHandlers {
  void context;
  const notBuilt = (method: string) => async (): Promise<never> => {
    throw new ApiFailure('INTERNAL_ERROR', `${method} is not built yet.`);
  };
  return Object.fromEntries(ANNOTATION_METHODS.map((method) => [method, notBuilt(method)])) as unknown as AnnotationHandlers;
}
