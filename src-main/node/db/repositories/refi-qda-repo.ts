// Read-only queries for the REFI-QDA export (node/report/refi-qda/): everything the exchange files
// carry, for all articles or a chosen set. Rows are mapped to the exporter's plain model here.
import type { QdaCode, QdaMemo, QdaNote, QdaSelection, QdaSource } from '../../../common/model/refi-qda';
import type { ReadQuery } from '../query';

// A chosen set of articles travels as one JSON parameter (json_each), whatever its size.
const ARTICLE_FILTER = '(? IS NULL OR a.id IN (SELECT value FROM json_each(?)))';
const filterParams = (articleIds?: readonly number[]) => {
  const json = articleIds === undefined ? null : JSON.stringify(articleIds);
  return [json, json];
};

interface ArticleRow {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  places_json: string;
  url: string | null;
  doc_number: string | null;
  clean_text: string;
  created_at: string;
  note_body: string | null;
  note_created_at: string | null;
  note_updated_at: string | null;
}

/** Articles in import order, with their notes. `articleIds` undefined: every article. */
export function listQdaSources(q: ReadQuery, articleIds?: readonly number[]): QdaSource[] {
  const tags = articleTags(q, articleIds);
  return q
    .all<ArticleRow>(
      `SELECT a.id, a.title, a.date, a.source, a.author, a.places_json, a.url, a.doc_number, a.clean_text, a.created_at,
              n.body AS note_body, n.created_at AS note_created_at, n.updated_at AS note_updated_at
         FROM articles a LEFT JOIN notes n ON n.article_id = a.id
        WHERE ${ARTICLE_FILTER}
        ORDER BY a.id`,
      filterParams(articleIds),
    )
    .map((row) => ({
      articleId: row.id,
      title: row.title,
      text: row.clean_text,
      metadata: {
        date: row.date,
        source: row.source,
        author: row.author,
        places: parsePlaces(row.places_json),
        url: row.url,
        docNumber: row.doc_number,
      },
      note: toNote(row),
      createdAt: row.created_at,
      tags: tags.get(row.id) ?? [],
    }));
}

/** article id → its tags' names, sorted, for the chosen articles. */
function articleTags(q: ReadQuery, articleIds?: readonly number[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const row of q.all<{ article_id: number; name: string }>(
    `SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
       JOIN articles a ON a.id = at.article_id
      WHERE ${ARTICLE_FILTER}
      ORDER BY at.article_id, t.name`,
    filterParams(articleIds),
  )) {
    const list = map.get(row.article_id);
    if (list) list.push(row.name);
    else map.set(row.article_id, [row.name]);
  }
  return map;
}

function toNote(row: ArticleRow): QdaNote | null {
  if (row.note_body === null) return null;
  return { text: row.note_body, createdAt: row.note_created_at ?? '', updatedAt: row.note_updated_at ?? '' };
}

function parsePlaces(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

interface HighlightRow {
  id: number;
  article_id: number;
  start_offset: number;
  end_offset: number;
  note: string;
  created_at: string;
  code_ids: string | null;
}

/**
 * Highlights of the chosen articles with their code ids. Orphaned highlights are left out: their
 * stored position no longer points at their quote, and a selection in the other tool would mark
 * the wrong words.
 */
export function listQdaSelections(q: ReadQuery, articleIds?: readonly number[]): QdaSelection[] {
  return q
    .all<HighlightRow>(
      `SELECT h.id, h.article_id, h.start_offset, h.end_offset, h.note, h.created_at,
              (SELECT group_concat(hc.code_id) FROM highlight_codes hc WHERE hc.highlight_id = h.id) AS code_ids
         FROM highlights h JOIN articles a ON a.id = h.article_id
        WHERE h.orphaned = 0 AND ${ARTICLE_FILTER}
        ORDER BY h.article_id, h.start_offset, h.id`,
      filterParams(articleIds),
    )
    .map((row) => ({
      highlightId: row.id,
      articleId: row.article_id,
      start: row.start_offset,
      end: row.end_offset,
      codeIds: row.code_ids
        ? row.code_ids
            .split(',')
            .map(Number)
            .sort((a, b) => a - b)
        : [],
      note: row.note,
      createdAt: row.created_at,
    }));
}

/** Orphaned highlights of the chosen articles: not exported, but the caller can say how many. */
export function countOrphanedHighlights(q: ReadQuery, articleIds?: readonly number[]): number {
  return (
    q.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM highlights h JOIN articles a ON a.id = h.article_id
        WHERE h.orphaned = 1 AND ${ARTICLE_FILTER}`,
      filterParams(articleIds),
    )?.n ?? 0
  );
}

interface CodeRow {
  id: number;
  parent_id: number | null;
  name: string;
  color: string;
  description: string;
}

/** The whole codebook as a tree, siblings in codebook order. */
export function listQdaCodes(q: ReadQuery): QdaCode[] {
  const rows = q.all<CodeRow>(
    'SELECT id, parent_id, name, color, description FROM codes ORDER BY sort_order, id',
  );
  const byId = new Map<number, QdaCode>();
  for (const row of rows) {
    byId.set(row.id, {
      id: row.id,
      name: row.name,
      color: row.color,
      description: row.description,
      children: [],
    });
  }
  const roots: QdaCode[] = [];
  for (const row of rows) {
    const code = byId.get(row.id)!;
    const parent = row.parent_id === null ? undefined : byId.get(row.parent_id);
    (parent ? parent.children : roots).push(code);
  }
  return roots;
}

interface MemoRow {
  id: number;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** Project memos (notes not attached to an article), oldest first. */
export function listQdaMemos(q: ReadQuery): QdaMemo[] {
  return q
    .all<MemoRow>(
      'SELECT id, title, body, created_at, updated_at FROM notes WHERE article_id IS NULL ORDER BY id',
    )
    .map((row) => ({
      id: row.id,
      title: row.title,
      body: row.body,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
}

/** When the project was created (meta), the basis of its export GUIDs; null for very old files. */
export function getProjectCreatedAt(q: ReadQuery): string | null {
  return q.get<{ value: string }>("SELECT value FROM meta WHERE key = 'created_at'")?.value ?? null;
}
