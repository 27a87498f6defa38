-- Version 3: full-text search and saved searches.

-- Contentless FTS4 over pre-tokenised text (see node/search/tokenize.ts: overlapping bigrams for
-- Chinese, words for the rest): the article text is already stored once in `articles`, so the index
-- keeps only its own structures (about 2.5x the text instead of 3.5x with a content copy).
-- prefix="3": an index of 3-byte token prefixes, i.e. of single Chinese characters in UTF-8, which
-- makes a one-character query (a prefix query on the bigrams) about 20 times faster for about a
-- third more index.
CREATE VIRTUAL TABLE search_index USING fts4(content="", title, body, prefix="3");

-- Contentless FTS4 rows cannot be deleted, so index rows are addressed through this table: a
-- deleted article loses its row here (and its index entries are ignored from then on), and
-- AUTOINCREMENT guarantees a docid is never given to another article.
CREATE TABLE search_docs (
  docid      INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE
);

CREATE TABLE saved_searches (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  query        TEXT NOT NULL,
  filters_json TEXT NOT NULL DEFAULT '{}',
  created_at   TEXT NOT NULL
);
