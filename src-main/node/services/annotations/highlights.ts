// Highlights: passages of an article's clean text, with codes, a note and a colour.
import { anchorSelectors, describeRange } from '../../../common/anchoring';
import { ApiFailure } from '../../../common/api/errors';
import type { CodedPassagePage, Highlight } from '../../../common/model/annotation';
import type { ProjectStore } from '../../db/project-store';
import type { ReadQuery, WriteQuery } from '../../db/query';
import {
  articleCleanText,
  codedPassages,
  deleteHighlightRow,
  getHighlight,
  highlightsOfArticle,
  insertHighlight,
  setHighlightAnchor,
  setHighlightCodes,
  updateHighlightFields,
} from '../../db/repositories/highlights-repo';
import { cleanTextOf } from '../article-text-cache';
import type { EngineContext } from '../engine-context';
import type { ChangeRecorder } from './change-set';
import { assertCodesExist, readCode, subtreeIds } from './codebook';
import { recordAction } from './undo-history';

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Throws HIGHLIGHT_RANGE_INVALID unless [start, end) is a non-empty range of whole characters of `text`. */
export function assertRange(text: string, start: number, end: number): void {
  const splitsPair = (at: number) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
  if (start < 0 || end > text.length || end <= start || splitsPair(start) || splitsPair(end)) {
    throw new ApiFailure('HIGHLIGHT_RANGE_INVALID', `[${start}, ${end}) is not a passage of the text (length ${text.length}).`, {
      start,
      end,
      length: text.length,
    });
  }
}

export function requireArticleText(q: ReadQuery, articleId: number): string {
  const text = articleCleanText(q, articleId);
  if (text === undefined) throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${articleId}.`, { id: articleId });
  return text;
}

export interface NewHighlightInput {
  articleId: number;
  start: number;
  end: number;
  codeIds: readonly number[];
  note: string;
  color: string | null;
}

/**
 * Inserts a highlight within an action (no undo step of its own). Without a recorder the caller
 * tells its recorder about the new rows itself.
 */
export function addHighlight(
  q: WriteQuery,
  recorder: ChangeRecorder | null,
  text: string,
  input: NewHighlightInput,
  now: string,
): number {
  assertRange(text, input.start, input.end);
  const selectors = describeRange(text, input.start, input.end);
  const id = insertHighlight(
    q,
    { articleId: input.articleId, ...selectors, note: input.note, color: input.color?.toLowerCase() ?? null },
    now,
  );
  setHighlightCodes(q, id, input.codeIds);
  recorder?.added('highlights', 'id = ?', [id]);
  recorder?.added('highlight_codes', 'highlight_id = ?', [id]);
  return id;
}

export function createHighlight(context: EngineContext, input: NewHighlightInput): Highlight {
  return recordAction(context, 'create-highlight', (q, recorder) => {
    const text = requireArticleText(q, input.articleId);
    assertCodesExist(q, input.codeIds);
    const id = addHighlight(q, recorder, text, input, new Date().toISOString());
    return getHighlight(q, id)!;
  });
}

function requireHighlight(q: ReadQuery, id: number): Highlight {
  const highlight = getHighlight(q, id);
  if (!highlight) throw new ApiFailure('HIGHLIGHT_NOT_FOUND', `No highlight with id ${id}.`, { id });
  return highlight;
}

export interface HighlightUpdate {
  id: number;
  codeIds?: number[] | undefined;
  note?: string | undefined;
  color?: string | null | undefined;
}

export function updateHighlight(context: EngineContext, update: HighlightUpdate): Highlight {
  return recordAction(context, 'update-highlight', (q, recorder) => {
    const highlight = requireHighlight(q, update.id);
    if (update.codeIds) assertCodesExist(q, update.codeIds);
    recorder.watch('highlights', 'id = ?', [highlight.id]);
    recorder.watch('highlight_codes', 'highlight_id = ?', [highlight.id]);
    const note = update.note ?? highlight.note;
    const color = update.color === undefined ? highlight.color : (update.color?.toLowerCase() ?? null);
    const codeIds = update.codeIds ? [...new Set(update.codeIds)].sort((a, b) => a - b) : highlight.codeIds;
    const codesChanged = codeIds.join() !== highlight.codeIds.join();
    if (note !== highlight.note || color !== highlight.color || codesChanged) {
      updateHighlightFields(q, highlight.id, { note, color }, new Date().toISOString());
    }
    if (codesChanged) setHighlightCodes(q, highlight.id, codeIds);
    return getHighlight(q, highlight.id)!;
  });
}

export function deleteHighlight(context: EngineContext, id: number): void {
  recordAction(context, 'delete-highlight', (q, recorder) => {
    requireHighlight(q, id);
    recorder.watch('highlights', 'id = ?', [id]);
    recorder.watch('highlight_codes', 'highlight_id = ?', [id]);
    deleteHighlightRow(q, id);
  });
}

/**
 * The article's highlights, each anchored again against the current text. A passage found at a
 * new place is stored there; one not found is marked orphaned (kept, never deleted). These
 * corrections are not undo steps: they follow the text, not the researcher.
 */
export function listHighlights(store: ProjectStore, articleId: number): Highlight[] {
  const { text, highlights } = store.read((q) => ({
    // Just read by getArticle when the reader opens the article: not read again.
    text: cleanTextOf(store, articleId, () => requireArticleText(q, articleId)),
    highlights: highlightsOfArticle(q, articleId),
  }));
  const moves: { id: number; anchor: { start: number; end: number } | null }[] = [];
  const anchored = highlights.map((h) => {
    const anchor = anchorSelectors(text, h);
    if (anchor === null) {
      if (!h.orphaned) moves.push({ id: h.id, anchor: null });
      return { ...h, orphaned: true };
    }
    if (anchor.start !== h.start || anchor.end !== h.end || h.orphaned) moves.push({ id: h.id, anchor });
    return { ...h, ...anchor, orphaned: false };
  });
  if (moves.length > 0) {
    store.write((q) => {
      for (const move of moves) setHighlightAnchor(q, move.id, move.anchor);
    });
  }
  return anchored.sort((a, b) => a.start - b.start || a.id - b.id);
}

export function listCodedPassages(
  store: ProjectStore,
  request: { codeId: number; includeDescendants: boolean; offset: number; limit: number },
): CodedPassagePage {
  return store.read((q) => {
    readCode(q, request.codeId);
    const ids = request.includeDescendants ? subtreeIds(q, request.codeId) : [request.codeId];
    const page = codedPassages(q, JSON.stringify(ids), request.offset, request.limit);
    return { total: page.total, offset: request.offset, items: page.items };
  });
}
