// Keeping the full-text index in step with the articles. Every article is indexed in the same
// transaction that stores it; projects indexed by an older version are indexed once, when opened.
// The index is our own positional posting lists (format: postings.ts), in segments: each indexing
// batch writes one segment, and FAN_IN segments of one level are merged into one of the next, so a
// token has a few dozen rows at most however the articles arrived.
import { foldForSearch } from '../../common/search/fold';
import type { ProjectStore } from '../db/project-store';
import type { WriteQuery } from '../db/query';
import { ByteWriter, forEachEntry, skipVarints, storedOffsets, writeDocEntry, writeEntry } from './postings';
import { tokenOffsets } from './tokenize';

/** Bump when tokenisation or the index format changes: an older index is rebuilt once on open. */
export const INDEX_VERSION = '3';
const META_KEY = 'search_index_version';
/** Segments of one level merged into one of the next. */
const FAN_IN = 8;

export interface IndexableArticle {
  id: number;
  title: string;
  cleanText: string;
  /** A government document's number (文号): found by search as part of the title. */
  docNumber?: string | null;
}

/**
 * The text indexed as the title field: the title, and the document number on a line of its own (a
 * separator, so no token spans the two). Indexing the number with the title makes 衢政办发〔2023〕9号
 * or a part of it find the document, weighted as a title hit, and leaves articles without a number
 * (and so the search benchmark's figures) exactly as they were.
 */
export const indexedTitle = (article: IndexableArticle): string =>
  article.docNumber ? `${article.title}\n${article.docNumber}` : article.title;

/** Posting lists being built, per token: the bytes so far and the last docid written. */
type Building = Map<string, { docs: ByteWriter; offsets: ByteWriter; last: number }>;

function listOf(building: Building, token: string) {
  let list = building.get(token);
  if (!list) {
    list = { docs: new ByteWriter(), offsets: new ByteWriter(), last: 0 };
    building.set(token, list);
  }
  return list;
}

function writeSegment(q: WriteQuery, id: number, level: number, building: Building): void {
  q.runDerived('INSERT INTO search_segments (id, level) VALUES (?, ?)', [id, level]);
  for (const [token, { docs, offsets }] of building) {
    if (docs.length > 0) {
      q.runDerived('INSERT INTO search_postings (token, segment, docs, offsets) VALUES (?, ?, ?, ?)', [
        token,
        id,
        docs.result(),
        offsets.result(),
      ]);
    }
  }
}

/**
 * Merges the segments of `level` into one of the next level once there are FAN_IN of them, and so
 * on up. Entries of deleted articles (no search_docs row any more) are dropped on the way.
 */
function mergeSegments(q: WriteQuery, level: number): void {
  const segments: number[] = [];
  q.each('SELECT id FROM search_segments WHERE level = ? ORDER BY id', [level], ([id]) =>
    segments.push(id as number),
  );
  if (segments.length < FAN_IN) return;
  const live = new Set<number>();
  q.each('SELECT docid FROM search_docs WHERE docid >= ?', [segments[0]!], ([docid]) =>
    live.add(docid as number),
  );
  const building: Building = new Map();
  for (const segment of segments) {
    q.each(
      'SELECT token, docs, offsets FROM search_postings WHERE segment = ?',
      [segment],
      ([token, docs, offsets]) => {
        const offsetBytes = offsets as Uint8Array;
        const list = listOf(building, token as string);
        let at = 0;
        forEachEntry(docs as Uint8Array, ({ docid, titleHits, bodyHits, firstBody }) => {
          const end = skipVarints(offsetBytes, at, storedOffsets(titleHits, bodyHits));
          if (live.has(docid)) {
            writeDocEntry(list.docs, docid - list.last, titleHits, bodyHits, firstBody);
            list.offsets.append(offsetBytes.subarray(at, end));
            list.last = docid;
          }
          at = end;
        });
      },
    );
  }
  for (const segment of segments) {
    q.runDerived('DELETE FROM search_postings WHERE segment = ?', [segment]);
    q.runDerived('DELETE FROM search_segments WHERE id = ?', [segment]);
  }
  writeSegment(q, segments[0]!, level + 1, building);
  mergeSegments(q, level + 1);
}

/**
 * Indexes a batch of articles as one new segment (and merges segments when due). The index is
 * derived data and not journaled (it is larger than the text): its rows commit atomically with their
 * search_docs rows, so after a crash any article without a search_docs row is exactly an article to
 * index again, which ensureSearchIndex does on open.
 */
export function indexArticles(q: WriteQuery, articles: readonly IndexableArticle[]): void {
  if (articles.length === 0) return;
  const building: Building = new Map();
  let first = 0;
  for (const article of articles) {
    const title = tokenOffsets(foldForSearch(indexedTitle(article)));
    const body = tokenOffsets(foldForSearch(article.cleanText));
    const docid = q.runDerived(
      'INSERT INTO search_docs (article_id, title_len, body_len, astral) VALUES (?, ?, ?, ?)',
      // Code points and string offsets differ exactly when some character is beyond the BMP.
      [article.id, title.length, body.length, article.cleanText.length === body.length ? 0 : 1],
    ).lastInsertRowid;
    if (first === 0) first = docid;
    const none: number[] = [];
    for (const [token, offsets] of title.tokens) {
      const list = listOf(building, token);
      writeEntry(list.docs, list.offsets, docid - list.last, offsets, body.tokens.get(token) ?? none);
      list.last = docid;
    }
    for (const [token, offsets] of body.tokens) {
      if (title.tokens.has(token)) continue;
      const list = listOf(building, token);
      writeEntry(list.docs, list.offsets, docid - list.last, none, offsets);
      list.last = docid;
    }
  }
  writeSegment(q, first, 0, building);
  mergeSegments(q, 0);
}

/**
 * Makes sure every article is in the index at the current INDEX_VERSION; returns how many articles
 * it had to index. Runs in batches, each durable, so an interrupted build resumes where it stopped.
 */
export function ensureSearchIndex(store: ProjectStore): number {
  const version = store.read((q) =>
    q.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [META_KEY]),
  );
  if (version?.value !== INDEX_VERSION) {
    store.write((q) => {
      // Starting over. Docids keep counting up (AUTOINCREMENT), never reused.
      q.run('DELETE FROM search_postings');
      q.run('DELETE FROM search_segments');
      q.run('DELETE FROM search_docs');
      q.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [META_KEY, 'building']);
    });
  }
  let indexed = 0;
  for (;;) {
    const batch = store.read((q) =>
      q.all<IndexableArticle>(
        `SELECT a.id, a.title, a.doc_number AS docNumber, a.clean_text AS cleanText FROM articles a
         WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id) LIMIT 200`,
      ),
    );
    if (batch.length === 0) break;
    store.write((q) => indexArticles(q, batch));
    indexed += batch.length;
  }
  if (version?.value !== INDEX_VERSION) {
    store.write((q) =>
      q.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [META_KEY, INDEX_VERSION]),
    );
  }
  // The index is not journaled: put what was just built into the file now, so it is built once.
  if (indexed > 0) store.snapshot();
  return indexed;
}
