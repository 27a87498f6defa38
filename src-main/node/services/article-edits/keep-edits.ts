// A re-import (a better cleaning rule, the same file imported again) must not undo a researcher's
// corrections: the fields they edited keep their values, and the record of edits takes the new
// findings as "what the importer found".
import type { WriteQuery } from '../../db/query';
import {
  readEditableArticles,
  writeEditedRecord,
  type EditableValues,
} from '../../db/repositories/article-edits-repo';
import type { NewArticle } from '../../db/repositories/articles-repo';
import { keepEdits } from './edit-fields';

const valuesOf = (article: NewArticle): EditableValues => ({
  title: article.title,
  date: { date: article.date, precision: article.datePrecision },
  source: article.source,
  author: article.author,
  docNumber: article.docNumber ?? null,
  places: article.places,
});

/** `article` (the re-import's findings) with the stored article's corrections kept in it. */
export function withEditsKept(q: WriteQuery, articleId: number, article: NewArticle): NewArticle {
  const [current] = readEditableArticles(q, [articleId]);
  if (!current) return article;
  // An extraction that does not look for document numbers found nothing new: the stored one stays
  // (and is indexed again with the title).
  const found =
    article.docNumber === undefined ? { ...article, docNumber: current.values.docNumber } : article;
  if (Object.keys(current.edited).length === 0) return found;
  const { values, edited } = keepEdits(valuesOf(found), current);
  if (article.docNumber === undefined && 'docNumber' in current.edited)
    edited.docNumber = current.edited.docNumber ?? null;
  writeEditedRecord(q, articleId, edited);
  return {
    ...found,
    title: values.title,
    date: values.date.date,
    datePrecision: values.date.precision,
    source: values.source,
    author: values.author,
    docNumber: values.docNumber,
    places: values.places,
  };
}
