// Highlights (passages) and their codes.
import type { CodedPassage, Highlight } from '../../../common/model/annotation';
import type { ReadQuery, WriteQuery } from '../query';
import { dateOrder } from './date-order';

interface HighlightRow {
  id: number;
  article_id: number;
  color: string | null;
  note: string;
  start_offset: number;
  end_offset: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: number;
  created_at: string;
  updated_at: string;
  code_ids: string | null;
}

const COLUMNS = `h.id, h.article_id, h.color, h.note, h.start_offset, h.end_offset, h.exact, h.prefix, h.suffix,
  h.orphaned, h.created_at, h.updated_at,
  (SELECT group_concat(hc.code_id) FROM highlight_codes hc WHERE hc.highlight_id = h.id) AS code_ids`;

const parseIds = (ids: string | null): number[] =>
  ids ? ids.split(',').map(Number).sort((a, b) => a - b) : [];

const toHighlight = (row: HighlightRow): Highlight => ({
  id: row.id,
  articleId: row.article_id,
  start: row.start_offset,
  end: row.end_offset,
  exact: row.exact,
  prefix: row.prefix,
  suffix: row.suffix,
  codeIds: parseIds(row.code_ids),
  color: row.color,
  note: row.note,
  orphaned: row.orphaned === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function highlightsOfArticle(q: ReadQuery, articleId: number): Highlight[] {
  return q
    .all<HighlightRow>(`SELECT ${COLUMNS} FROM highlights h WHERE h.article_id = ? ORDER BY h.start_offset, h.id`, [
      articleId,
    ])
    .map(toHighlight);
}

export function getHighlight(q: ReadQuery, id: number): Highlight | undefined {
  const row = q.get<HighlightRow>(`SELECT ${COLUMNS} FROM highlights h WHERE h.id = ?`, [id]);
  return row ? toHighlight(row) : undefined;
}

export interface NewHighlight {
  articleId: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  color: string | null;
  note: string;
}

export function insertHighlight(q: WriteQuery, h: NewHighlight, now: string): number {
  return q.run(
    `INSERT INTO highlights (article_id, color, note, start_offset, end_offset, exact, prefix, suffix, orphaned, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    [h.articleId, h.color, h.note, h.start, h.end, h.exact, h.prefix, h.suffix, now, now],
  ).lastInsertRowid;
}

export function setHighlightCodes(q: WriteQuery, highlightId: number, codeIds: readonly number[]): void {
  q.run('DELETE FROM highlight_codes WHERE highlight_id = ?', [highlightId]);
  for (const codeId of codeIds) {
    q.run('INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)', [highlightId, codeId]);
  }
}

export function updateHighlightFields(
  q: WriteQuery,
  id: number,
  fields: { note: string; color: string | null },
  now: string,
): void {
  q.run('UPDATE highlights SET note = ?, color = ?, updated_at = ? WHERE id = ?', [fields.note, fields.color, now, id]);
}

/** Where re-anchoring found the passage now (null position: orphaned, kept where it was). */
export function setHighlightAnchor(
  q: WriteQuery,
  id: number,
  anchor: { start: number; end: number } | null,
): void {
  if (anchor) {
    q.run('UPDATE highlights SET start_offset = ?, end_offset = ?, orphaned = 0 WHERE id = ?', [anchor.start, anchor.end, id]);
  } else {
    q.run('UPDATE highlights SET orphaned = 1 WHERE id = ?', [id]);
  }
}

export function deleteHighlightRow(q: WriteQuery, id: number): void {
  q.run('DELETE FROM highlights WHERE id = ?', [id]);
}

/** Per article, [start, end) of its passages coded with `codeId` (orphaned ones left out). */
export function codedRanges(q: ReadQuery, codeId: number): Map<number, { start: number; end: number }[]> {
  const ranges = new Map<number, { start: number; end: number }[]>();
  q.each(
    `SELECT h.article_id, h.start_offset, h.end_offset FROM highlight_codes hc
     JOIN highlights h ON h.id = hc.highlight_id WHERE hc.code_id = ? AND h.orphaned = 0`,
    [codeId],
    ([articleId, start, end]) => {
      const list = ranges.get(articleId as number) ?? [];
      list.push({ start: start as number, end: end as number });
      ranges.set(articleId as number, list);
    },
  );
  return ranges;
}

interface PassageRow extends HighlightRow {
  title: string;
  date: string | null;
  source: string | null;
}

/** Passages coded with any of `codeIds`, by article date (as the library sorts), article, then position. */
export function codedPassages(
  q: ReadQuery,
  codeIdsJson: string,
  offset: number,
  limit: number,
): { total: number; items: CodedPassage[] } {
  const where = `h.id IN (SELECT hc.highlight_id FROM highlight_codes hc WHERE hc.code_id IN (SELECT value FROM json_each(?)))`;
  const total = q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM highlights h WHERE ${where}`, [codeIdsJson])?.n ?? 0;
  const items = q
    .all<PassageRow>(
      `SELECT ${COLUMNS}, a.title, a.date, a.source FROM highlights h JOIN articles a ON a.id = h.article_id
       WHERE ${where}
       ORDER BY ${dateOrder('asc')}, h.start_offset, h.id LIMIT ? OFFSET ?`,
      [codeIdsJson, limit, offset],
    )
    .map((row) => ({
      highlightId: row.id,
      articleId: row.article_id,
      articleTitle: row.title,
      articleDate: row.date,
      articleSource: row.source,
      start: row.start_offset,
      end: row.end_offset,
      exact: row.exact,
      note: row.note,
      codeIds: parseIds(row.code_ids),
      orphaned: row.orphaned === 1,
    }));
  return { total, items };
}

/** The article's clean text (the text offsets point into); undefined when there is no such article. */
export function articleCleanText(q: ReadQuery, articleId: number): string | undefined {
  return q.get<{ clean_text: string }>('SELECT clean_text FROM articles WHERE id = ?', [articleId])?.clean_text;
}

/** Greater than every highlight id so far (new rows get ids from here on: max + 1). */
export function nextHighlightId(q: ReadQuery): number {
  return (q.get<{ id: number | null }>('SELECT MAX(id) AS id FROM highlights')?.id ?? 0) + 1;
}
