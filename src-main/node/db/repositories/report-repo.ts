// Read-only queries a report needs: articles with their metadata and clean text, their highlights with
// codes, article notes, the codebook and the project memos. Reports never write.
import { parseHeadings, type ArticleHeading } from '../../../common/text/headings';
import { headingsOfStoredText } from '../../../common/text/headings-of-stored-text';
import { memoTitle } from '../../../common/model/memo-title';
import { dateOrder } from './date-order';
import type { ReadQuery } from '../query';

export interface ReportArticleRow {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  filePath: string;
  places: string[];
  cleanText: string;
  docNumber: string | null;
  headings: ArticleHeading[];
}

export interface ReportHighlightRow {
  id: number;
  articleId: number;
  color: string | null;
  note: string;
  start: number;
  end: number;
  exact: string;
  orphaned: boolean;
}

export interface ReportCodeRow {
  id: number;
  parentId: number | null;
  name: string;
  color: string;
  sortOrder: number;
}

export interface ReportMemoRow {
  title: string;
  body: string;
  updatedAt: string;
}

// sql.js binds at most 999 parameters per statement.
const CHUNK = 500;

function chunked<T>(ids: readonly number[], query: (part: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...query(ids.slice(i, i + CHUNK)));
  return out;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

// Oldest first, as the library sorts by date (date-order.ts).
const BY_DATE = dateOrder('asc');

/** Every article id, oldest date first (undated last), then import order. */
export function allReportArticleIds(q: ReadQuery): number[] {
  return q
    .all<{ id: number }>(`SELECT a.id FROM articles a ORDER BY ${BY_DATE}`)
    .map((row) => row.id);
}

export function articleIdsWithTag(q: ReadQuery, tag: string): number[] {
  return q
    .all<{ id: number }>(
      `SELECT a.id FROM articles a JOIN article_tags at ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id
       WHERE t.name = ? ORDER BY ${BY_DATE}`,
      [tag],
    )
    .map((row) => row.id);
}

export function articleIdsWithCodes(q: ReadQuery, codeIds: readonly number[]): number[] {
  if (codeIds.length === 0) return [];
  return q
    .all<{ id: number }>(
      `SELECT DISTINCT a.id, a.date FROM articles a JOIN highlights h ON h.article_id = a.id
       JOIN highlight_codes hc ON hc.highlight_id = h.id WHERE hc.code_id IN (${marks(codeIds.length)})
       ORDER BY ${BY_DATE}`,
      [...codeIds],
    )
    .map((row) => row.id);
}

/** The articles' metadata, in the order of `ids`; their texts and headings are read apart (reportArticleTexts). */
export function reportArticles(
  q: ReadQuery,
  ids: readonly number[],
): Omit<ReportArticleRow, keyof ReportArticleText>[] {
  const rows = chunked(ids, (part) =>
    q.all<{
      id: number;
      title: string;
      date: string | null;
      source: string | null;
      author: string | null;
      file_path: string;
      places_json: string;
      doc_number: string | null;
    }>(
      `SELECT id, title, date, source, author, file_path, places_json, doc_number FROM articles
       WHERE id IN (${marks(part.length)})`,
      part,
    ),
  );
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        title: row.title,
        date: row.date,
        source: row.source,
        author: row.author,
        filePath: row.file_path,
        places: JSON.parse(row.places_json) as string[],
        docNumber: row.doc_number,
      },
    ]),
  );
  // Keep the order the scope gave (date order, or search rank).
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
}

export interface ReportArticleText {
  cleanText: string;
  headings: ArticleHeading[];
}

/**
 * article id → clean text and section headings: the bulk of a report's reading (megabytes for a
 * large project). Headings stored since migration 0009 are parsed; an older article's are derived
 * from its original text, read only for those.
 */
export function reportArticleTexts(q: ReadQuery, ids: readonly number[]): Map<number, ReportArticleText> {
  const texts = new Map<number, ReportArticleText>();
  chunked(ids, (part) => {
    q.each(
      `SELECT id, title, clean_text, headings_json,
         CASE WHEN headings_json IS NULL THEN original_text END AS original_for_headings
       FROM articles WHERE id IN (${marks(part.length)})`,
      part,
      (v) => {
        const [id, title, cleanText, headingsJson, original] = v as [
          number,
          string,
          string,
          string | null,
          string | null,
        ];
        texts.set(id, {
          cleanText,
          headings:
            headingsJson === null
              ? headingsOfStoredText(cleanText, original ?? '', title)
              : parseHeadings(headingsJson, cleanText),
        });
      },
    );
    return [];
  });
  return texts;
}

export function reportHighlights(q: ReadQuery, articleIds: readonly number[]): ReportHighlightRow[] {
  return chunked(articleIds, (part) => {
    const out: ReportHighlightRow[] = [];
    q.each(
      `SELECT id, article_id, color, note, start_offset, end_offset, exact, orphaned FROM highlights
       WHERE article_id IN (${marks(part.length)}) ORDER BY article_id, start_offset, end_offset, id`,
      part,
      (v) =>
        out.push({
          id: v[0] as number,
          articleId: v[1] as number,
          color: v[2] as string | null,
          note: v[3] as string,
          start: v[4] as number,
          end: v[5] as number,
          exact: v[6] as string,
          orphaned: v[7] === 1,
        }),
    );
    return out;
  });
}

/**
 * A query's rows `(key, value)` over these articles, as key → values in the query's order. The SQL
 * gets the placeholders of one chunk of article ids.
 */
function listsByKey<V>(q: ReadQuery, articleIds: readonly number[], sql: (placeholders: string) => string) {
  const map = new Map<number, V[]>();
  chunked(articleIds, (part) => {
    q.each(sql(marks(part.length)), part, (v) => {
      const list = map.get(v[0] as number);
      if (list) list.push(v[1] as V);
      else map.set(v[0] as number, [v[1] as V]);
    });
    return [];
  });
  return map;
}

/** highlight id → code ids, for the highlights of these articles. */
export function reportHighlightCodes(q: ReadQuery, articleIds: readonly number[]): Map<number, number[]> {
  return listsByKey<number>(
    q,
    articleIds,
    (placeholders) =>
      `SELECT hc.highlight_id, hc.code_id FROM highlight_codes hc JOIN highlights h ON h.id = hc.highlight_id
       WHERE h.article_id IN (${placeholders}) ORDER BY hc.highlight_id, hc.code_id`,
  );
}

export function reportArticleNotes(q: ReadQuery, articleIds: readonly number[]): Map<number, string> {
  const rows = chunked(articleIds, (part) =>
    q.all<{ article_id: number; body: string }>(
      `SELECT article_id, body FROM notes WHERE article_id IN (${marks(part.length)})`,
      part,
    ),
  );
  return new Map(rows.map((row) => [row.article_id, row.body]));
}

/** article id → its tags' names, sorted; articles without tags are absent. */
export function reportArticleTags(q: ReadQuery, articleIds: readonly number[]): Map<number, string[]> {
  return listsByKey<string>(
    q,
    articleIds,
    (placeholders) =>
      `SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
       WHERE at.article_id IN (${placeholders}) ORDER BY at.article_id, t.name`,
  );
}

export function reportCodes(q: ReadQuery): ReportCodeRow[] {
  return q
    .all<{ id: number; parent_id: number | null; name: string; color: string; sort_order: number }>(
      'SELECT id, parent_id, name, color, sort_order FROM codes ORDER BY sort_order, id',
    )
    .map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      name: row.name,
      color: row.color,
      sortOrder: row.sort_order,
    }));
}

export function reportMemos(q: ReadQuery): ReportMemoRow[] {
  return q
    .all<{ title: string; body: string; updated_at: string }>(
      'SELECT title, body, updated_at FROM notes WHERE article_id IS NULL ORDER BY id',
    )
    // Titled as the memo list titles them: a memo opening with `# 标题` is not an untitled one.
    .map((row) => ({ title: memoTitle(row), body: row.body, updatedAt: row.updated_at }));
}
