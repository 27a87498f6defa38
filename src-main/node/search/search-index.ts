// Keeping the full-text index in step with the articles. Every article is indexed in the same
// transaction that stores it; projects from before version 3 are indexed once, when first opened.
import { foldForSearch } from '../../common/search/fold';
import type { ProjectStore } from '../db/project-store';
import type { WriteQuery } from '../db/query';
import { indexTokens } from './tokenize';

/** Bump when tokenisation changes: the index of an older project is rebuilt once on open. */
export const INDEX_VERSION = '1';
const META_KEY = 'search_index_version';

export const tokensOf = (text: string): string => indexTokens(foldForSearch(text)).join(' ');

export interface IndexableArticle {
  id: number;
  title: string;
  cleanText: string;
}

/**
 * Indexes a batch of articles. Call it last in a transaction: FTS4 writes its pending terms out at
 * every statement savepoint, so any ordinary statement that follows an index insert in the same
 * transaction pays for a flush (measured: 2.5 ms for a one-row insert). Hence the docid rows of the
 * whole batch first, then its index rows.
 */
//
// The index is derived data and not journaled (the token strings are three times the text): its
// rows commit atomically with their search_docs rows, so after a crash any article without a
// search_docs row is exactly an article to index again, which ensureSearchIndex does on open.
export function indexArticles(q: WriteQuery, articles: readonly IndexableArticle[]): void {
  const docids = articles.map(
    (article) =>
      q.runDerived('INSERT INTO search_docs (article_id) VALUES (?)', [article.id]).lastInsertRowid,
  );
  articles.forEach((article, i) =>
    q.runDerived('INSERT INTO search_index (docid, title, body) VALUES (?, ?, ?)', [
      docids[i]!,
      tokensOf(article.title),
      tokensOf(article.cleanText),
    ]),
  );
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
      // Starting over. FTS4 has no command to empty a contentless table: drop and create it (the
      // same definition as migration 0003). Docids keep counting up (AUTOINCREMENT), never reused.
      q.run('DROP TABLE IF EXISTS search_index');
      q.run('CREATE VIRTUAL TABLE search_index USING fts4(content="", title, body, prefix="3")');
      q.run('DELETE FROM search_docs');
      q.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [META_KEY, 'building']);
    });
  }
  let indexed = 0;
  for (;;) {
    const batch = store.read((q) =>
      q.all<IndexableArticle>(
        `SELECT a.id, a.title, a.clean_text AS cleanText FROM articles a
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
