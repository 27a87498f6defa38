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

export function indexArticle(q: WriteQuery, articleId: number, title: string, cleanText: string): void {
  const { lastInsertRowid: docid } = q.run('INSERT INTO search_docs (article_id) VALUES (?)', [articleId]);
  q.run('INSERT INTO search_index (docid, title, body) VALUES (?, ?, ?)', [docid, tokensOf(title), tokensOf(cleanText)]);
}

/**
 * Makes sure every article is in the index at the current INDEX_VERSION; returns how many articles
 * it had to index. Runs in batches, each durable, so an interrupted build resumes where it stopped.
 */
export function ensureSearchIndex(store: ProjectStore): number {
  const version = store.read((q) => q.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [META_KEY]));
  if (version?.value !== INDEX_VERSION) {
    store.write((q) => {
      // Starting over. FTS4 has no command to empty a contentless table: drop and create it (the
      // same definition as migration 0003). Docids keep counting up (AUTOINCREMENT), never reused.
      q.run('DROP TABLE IF EXISTS search_index');
      q.run('CREATE VIRTUAL TABLE search_index USING fts4(content="", title, body)');
      q.run('DELETE FROM search_docs');
      q.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [META_KEY, 'building']);
    });
  }
  let indexed = 0;
  for (;;) {
    const batch = store.read((q) =>
      q.all<{ id: number; title: string; clean_text: string }>(
        `SELECT a.id, a.title, a.clean_text FROM articles a
         WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id) LIMIT 200`,
      ),
    );
    if (batch.length === 0) break;
    store.write((q) => {
      for (const row of batch) indexArticle(q, row.id, row.title, row.clean_text);
    });
    indexed += batch.length;
  }
  if (version?.value !== INDEX_VERSION) {
    store.write((q) => q.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [META_KEY, INDEX_VERSION]));
  }
  return indexed;
}
