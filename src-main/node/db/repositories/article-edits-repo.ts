// The metadata columns a researcher can correct by hand (services/article-edits/), read and written
// together with the record of which were corrected (edited_json, migration 0008).
import type { DatePrecision, ImportedValues } from '../../../common/model/article';
import type { ReadQuery, WriteQuery } from '../query';
import { inChunks } from './rows-repo';

/** The editable fields' values, in the model's shape. */
export interface EditableValues {
  title: string;
  date: { date: string | null; precision: DatePrecision };
  source: string | null;
  author: string | null;
  docNumber: string | null;
  places: string[];
}

export interface EditableArticle {
  id: number;
  values: EditableValues;
  edited: ImportedValues;
}

interface EditableRow {
  id: number;
  title: string;
  date: string | null;
  date_precision: DatePrecision;
  source: string | null;
  author: string | null;
  doc_number: string | null;
  places_json: string;
  edited_json: string;
}

const toEditable = (row: EditableRow): EditableArticle => ({
  id: row.id,
  values: {
    title: row.title,
    date: { date: row.date, precision: row.date_precision },
    source: row.source,
    author: row.author,
    docNumber: row.doc_number,
    places: JSON.parse(row.places_json) as string[],
  },
  edited: JSON.parse(row.edited_json) as ImportedValues,
});

/** The editable state of the articles among `ids` that exist, in id order. */
export function readEditableArticles(q: ReadQuery, ids: readonly number[]): EditableArticle[] {
  const rows = inChunks(ids).flatMap((chunk) =>
    q.all<EditableRow>(
      `SELECT id, title, date, date_precision, source, author, doc_number, places_json, edited_json
       FROM articles WHERE id IN ${chunk.placeholders}`,
      chunk.params,
    ),
  );
  const unique = new Map(rows.map((row) => [row.id, row]));
  return [...unique.values()].sort((a, b) => a.id - b.id).map(toEditable);
}

export function writeEditableArticle(q: WriteQuery, article: EditableArticle, now: string): void {
  const { values } = article;
  q.run(
    `UPDATE articles SET title = ?, date = ?, date_precision = ?, source = ?, author = ?, doc_number = ?,
       places_json = ?, edited_json = ?, updated_at = ? WHERE id = ?`,
    [
      values.title,
      values.date.date,
      values.date.precision,
      values.source,
      values.author,
      values.docNumber,
      JSON.stringify(values.places),
      JSON.stringify(article.edited),
      now,
      article.id,
    ],
  );
}

/** Only the record of corrections (a re-import updates what the importer found). */
export function writeEditedRecord(q: WriteQuery, articleId: number, edited: ImportedValues): void {
  q.run('UPDATE articles SET edited_json = ? WHERE id = ?', [JSON.stringify(edited), articleId]);
}

export function cleanTextOf(q: ReadQuery, articleId: number): string {
  return (
    q.get<{ clean_text: string }>('SELECT clean_text FROM articles WHERE id = ?', [articleId])?.clean_text ??
    ''
  );
}
