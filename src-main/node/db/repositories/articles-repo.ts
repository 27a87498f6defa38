import type {
  Article,
  ArticleSort,
  ArticleSortKey,
  ArticleSummary,
  DatePrecision,
  ImportedValues,
} from '../../../common/model/article';
import { parseHeadings, type ArticleHeading } from '../../../common/text/headings';
import { headingsOfStoredText } from '../../../common/text/headings-of-stored-text';
import type { ReadQuery, WriteQuery } from '../query';

interface ArticleRow {
  id: number;
  file_path: string;
  content_hash: string;
  layout: string;
  encoding: string;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  places_json: string;
  url: string | null;
  duplicate_of: number | null;
  import_batch: number | null;
  created_at: string;
  has_note: number;
  tag_names: string | null;
  highlight_count: number;
  doc_number: string | null;
  edited_json?: string;
  headings_json?: string | null;
  clean_text?: string;
  original_text?: string;
}

export interface NewArticle {
  filePath: string;
  contentHash: string;
  layout: string;
  encoding: string;
  title: string;
  date: string | null;
  datePrecision: DatePrecision;
  source: string | null;
  author: string | null;
  places: string[];
  url: string | null;
  /** The document number (文号) the importer found, null for none; absent: leave a stored one as it is. */
  docNumber?: string | null;
  cleanText: string;
  /** The section headings the importer found; absent: leave stored ones (older schemas have none). */
  headings?: ArticleHeading[];
  originalText: string;
  duplicateOf: number | null;
  importBatch: number | null;
}

const SUMMARY_COLUMNS = `a.id, a.file_path, a.content_hash, a.layout, a.encoding, a.title, a.date, a.source, a.author,
  a.places_json, a.url, a.duplicate_of, a.import_batch, a.created_at, a.doc_number,
  EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id) AS has_note,
  (SELECT group_concat(t.name, char(31)) FROM article_tags at JOIN tags t ON t.id = at.tag_id
    WHERE at.article_id = a.id) AS tag_names,
  (SELECT COUNT(*) FROM highlights h WHERE h.article_id = a.id) AS highlight_count`;

// Fixed strings chosen by a closed enum, never user text. Articles without a value sort last either way.
const SORT_COLUMNS: Record<ArticleSortKey, { empty: string | null; value: string }> = {
  imported: { empty: null, value: 'a.id' },
  title: { empty: null, value: 'a.title COLLATE NOCASE' },
  // A date without a year (--MM-DD) cannot be placed among dated articles: it sorts with the undated.
  date: { empty: "(a.date IS NULL OR a.date LIKE '--%')", value: 'a.date' },
  source: { empty: "coalesce(a.source, '') = ''", value: 'a.source' },
  places: { empty: "a.places_json = '[]'", value: 'a.places_json' },
  tags: { empty: 'tag_names IS NULL', value: 'tag_names' },
  highlights: { empty: null, value: 'highlight_count' },
};

function orderBy(sort: ArticleSort): string {
  const [key, direction] = sort.split('-') as [ArticleSortKey, 'asc' | 'desc'];
  const column = SORT_COLUMNS[key];
  const value = `${column.value} ${direction === 'desc' ? 'DESC' : 'ASC'}`;
  return [column.empty, value, `a.id ${direction === 'desc' && key === 'imported' ? 'DESC' : 'ASC'}`]
    .filter((part) => part !== null)
    .join(', ');
}

/** `AND ...` restricting to articles that carry every one of `tags`, with its parameters. */
function tagCondition(tags: readonly string[]): { sql: string; params: string[] } {
  const sql = tags
    .map(
      () =>
        ' AND a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)',
    )
    .join('');
  return { sql, params: [...tags] };
}

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    source: row.source,
    author: row.author,
    places: JSON.parse(row.places_json) as string[],
    filePath: row.file_path,
    layout: row.layout,
    encoding: row.encoding,
    duplicateOf: row.duplicate_of,
    hasNote: row.has_note === 1,
    tags: row.tag_names ? row.tag_names.split('\u001f').sort() : [],
    highlightCount: row.highlight_count,
    docNumber: row.doc_number,
  };
}

/** Every article's summary and import batch, in import order (the search catalogue's source). */
export function allArticleSummaries(q: ReadQuery): { summary: ArticleSummary; importBatch: number | null }[] {
  return q
    .all<ArticleRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY a.id`)
    .map((row) => ({ summary: toSummary(row), importBatch: row.import_batch }));
}

export function countArticles(q: ReadQuery, tags: readonly string[] = []): number {
  const condition = tagCondition(tags);
  return (
    q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a WHERE 1 = 1${condition.sql}`, condition.params)
      ?.n ?? 0
  );
}

export function listArticleSummaries(
  q: ReadQuery,
  offset: number,
  limit: number,
  sort: ArticleSort,
  tags: readonly string[] = [],
): ArticleSummary[] {
  const condition = tagCondition(tags);
  return q
    .all<ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE 1 = 1${condition.sql}
       ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`,
      [...condition.params, limit, offset],
    )
    .map(toSummary);
}

/** `original: false` reads '' for the original text (see library-service getArticle). */
export function getArticleById(q: ReadQuery, id: number, original = true): Article | undefined {
  const originalColumn = original ? 'a.original_text' : "'' AS original_text";
  const row = q.get<ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS}, a.clean_text, ${originalColumn}, a.edited_json, a.headings_json FROM articles a WHERE a.id = ?`,
    [id],
  );
  if (!row) return undefined;
  const cleanText = row.clean_text ?? '';
  const headings =
    row.headings_json === null || row.headings_json === undefined
      ? headingsOfStoredText(cleanText, original ? (row.original_text ?? '') : (getOriginalTextById(q, id) ?? ''), row.title)
      : parseHeadings(row.headings_json, cleanText);
  return {
    ...toSummary(row),
    contentHash: row.content_hash,
    url: row.url,
    cleanText,
    headings,
    originalText: row.original_text ?? '',
    importBatch: row.import_batch,
    createdAt: row.created_at,
    edited: JSON.parse(row.edited_json ?? '{}') as ImportedValues,
  };
}

export function getOriginalTextById(q: ReadQuery, id: number): string | undefined {
  const row = q.get<{ original_text: string | null }>('SELECT original_text FROM articles WHERE id = ?', [id]);
  return row ? (row.original_text ?? '') : undefined;
}

export function articleExists(q: ReadQuery, id: number): boolean {
  return q.get('SELECT 1 AS one FROM articles WHERE id = ?', [id]) !== undefined;
}

export function findArticleIdByHash(q: ReadQuery, contentHash: string): number | undefined {
  return q.get<{ id: number }>('SELECT id FROM articles WHERE content_hash = ?', [contentHash])?.id;
}

/**
 * The columns an import writes from a file's content, in one order for both the insert and the
 * in-place update of a re-imported article (article-updates-repo.ts).
 */
export const CONTENT_COLUMNS = [
  'content_hash',
  'layout',
  'encoding',
  'title',
  'date',
  'date_precision',
  'source',
  'author',
  'places_json',
  'url',
  'clean_text',
  'original_text',
] as const;

/** The values of CONTENT_COLUMNS for `article`, in that order. */
export function contentValues(article: NewArticle): (string | null)[] {
  return [
    article.contentHash,
    article.layout,
    article.encoding,
    article.title,
    article.date,
    article.datePrecision,
    article.source,
    article.author,
    JSON.stringify(article.places),
    article.url,
    article.cleanText,
    article.originalText,
  ];
}

/**
 * CONTENT_COLUMNS and their values, plus the document number when the extraction says anything
 * about it (a string, or null for "none"): an extraction that does not look for one leaves a stored
 * number as it is, and projects of older schemas (tests build them) need no such column. The
 * headings likewise, when the extraction gives them.
 */
export function contentColumnValues(article: NewArticle): { columns: string[]; values: (string | null)[] } {
  const columns: string[] = [...CONTENT_COLUMNS];
  const values = contentValues(article);
  if (article.docNumber !== undefined) {
    columns.push('doc_number');
    values.push(article.docNumber);
  }
  if (article.headings !== undefined) {
    columns.push('headings_json');
    values.push(JSON.stringify(article.headings));
  }
  return { columns, values };
}

export function insertArticle(q: WriteQuery, article: NewArticle, now: string): number {
  const content = contentColumnValues(article);
  const columns = ['file_path', ...content.columns, 'duplicate_of', 'import_batch', 'created_at', 'updated_at'];
  return q.run(`INSERT INTO articles (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, [
    article.filePath,
    ...content.values,
    article.duplicateOf,
    article.importBatch,
    now,
    now,
  ]).lastInsertRowid;
}
