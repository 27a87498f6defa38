// Correcting an article's metadata by hand: one article's title, date, source, author, document number
// and places, or the source or date of several articles at once. Each call is one durable write and
// one undo step (the article rows, with their record of edits, before and after); a changed title or
// document number is indexed again in the same transaction.
import { ApiFailure } from '../../../common/api/errors';
import type { Article, EditableField } from '../../../common/model/article';
import { datePrecisionOf } from '../../../common/model/article-date';
import type { WriteQuery } from '../../db/query';
import {
  cleanTextOf,
  readEditableArticles,
  writeEditableArticle,
  type EditableArticle,
  type EditableValues,
} from '../../db/repositories/article-edits-repo';
import { unindexArticle } from '../../db/repositories/article-updates-repo';
import { indexArticles } from '../../search/search-index';
import { recordAction } from '../annotations/undo-history';
import type { EngineContext } from '../engine-context';
import { getArticle } from '../library-service';
import { applyEdits, type FieldChanges } from './edit-fields';

/** The fields as a caller gives them: a date as its stored string (its shape is its precision). */
export interface MetadataChanges {
  title?: string;
  date?: string | null;
  source?: string | null;
  author?: string | null;
  docNumber?: string | null;
  places?: string[];
}

const orNull = (text: string | null | undefined): string | null | undefined =>
  text === undefined ? undefined : text === null || text.trim() === '' ? null : text.trim();

/** Trimmed text (empty means none), places without blanks or repeats, the date with its precision. */
export function fieldChanges(changes: MetadataChanges): FieldChanges {
  const out: FieldChanges = {};
  if (changes.title !== undefined) out.title = changes.title.trim();
  if (changes.date !== undefined) out.date = { date: changes.date, precision: datePrecisionOf(changes.date) };
  const source = orNull(changes.source);
  if (source !== undefined) out.source = source;
  const author = orNull(changes.author);
  if (author !== undefined) out.author = author;
  const docNumber = orNull(changes.docNumber);
  if (docNumber !== undefined) out.docNumber = docNumber;
  if (changes.places !== undefined)
    out.places = [...new Set(changes.places.map((p) => p.trim()).filter((p) => p !== ''))];
  return out;
}

const indexedTitleChanged = (before: EditableValues, after: EditableValues) =>
  before.title !== after.title || before.docNumber !== after.docNumber;

/** Writes the edits of each article that changes; returns how many changed. */
function writeEdits(
  q: WriteQuery,
  articles: readonly EditableArticle[],
  edit: (article: EditableArticle) => EditableArticle | null,
): number {
  const now = new Date().toISOString();
  const retitled: EditableArticle[] = [];
  let changed = 0;
  for (const article of articles) {
    const next = edit(article);
    if (!next) continue;
    writeEditableArticle(q, next, now);
    if (indexedTitleChanged(article.values, next.values)) retitled.push(next);
    changed++;
  }
  for (const article of retitled) unindexArticle(q, article.id);
  indexArticles(
    q,
    retitled.map(({ id, values }) => ({
      id,
      title: values.title,
      docNumber: values.docNumber,
      cleanText: cleanTextOf(q, id),
    })),
  );
  return changed;
}

function requireArticles(q: WriteQuery, ids: readonly number[]): EditableArticle[] {
  const articles = readEditableArticles(q, ids);
  const found = new Set(articles.map((a) => a.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined)
    throw new ApiFailure('ARTICLE_NOT_FOUND', `No article with id ${missing}.`, { id: missing });
  return articles;
}

/**
 * Sets the given fields of one article (and puts `restore`d fields back to what the importer found);
 * returns the article as it now is.
 */
export function editArticle(
  context: EngineContext,
  id: number,
  changes: MetadataChanges,
  restore: readonly EditableField[] = [],
): Article {
  const fields = fieldChanges(changes);
  const changed = recordAction(context, 'edit-article', (q, recorder) => {
    recorder.watch('articles', 'id = ?', [id]);
    const articles = requireArticles(q, [id]);
    return writeEdits(q, articles, (article) => applyEdits(article, fields, restore));
  });
  if (changed > 0) context.emit('libraryChanged', { reason: 'edit' });
  return getArticle(context.requireStore(), id);
}

/** Sets the source and/or the date of several articles at once: one undo step. */
export function editArticles(
  context: EngineContext,
  ids: readonly number[],
  changes: Pick<MetadataChanges, 'source' | 'date'>,
): { changed: number } {
  const fields = fieldChanges(changes);
  const unique = [...new Set(ids)];
  const changed = recordAction(context, 'edit-articles', (q, recorder) => {
    recorder.watchIn('articles', 'id', unique);
    const articles = requireArticles(q, unique);
    return writeEdits(q, articles, (article) => applyEdits(article, fields));
  });
  if (changed > 0) context.emit('libraryChanged', { reason: 'edit' });
  return { changed };
}
