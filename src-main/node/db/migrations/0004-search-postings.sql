-- Version 4: the full-text index becomes our own positional posting lists (node/search/postings.ts).
-- FTS4 paid about 0.4 µs inside SQLite per matching row (plus a crossing into JS per row), so a term
-- found in most articles cost 5-25 ms; a posting list is one blob per token and segment, decoded in
-- JS at a few nanoseconds per article.

DROP TABLE IF EXISTS search_index;

-- One row per token and segment: the token's entries (docid, hits per column, character offsets)
-- for the articles of that segment. The key puts a segment's rows together (merging reads them in
-- token order) and a lookup seeks each segment once.
CREATE TABLE search_postings (
  segment  INTEGER NOT NULL,
  token    TEXT NOT NULL,
  postings BLOB NOT NULL,
  PRIMARY KEY (segment, token)
) WITHOUT ROWID;

-- A segment is named by its first docid, so segments in id order hold ascending docids; each
-- indexing batch writes one at level 0, and eight at one level are merged into one at the next.
CREATE TABLE search_segments (
  id    INTEGER PRIMARY KEY,
  level INTEGER NOT NULL
);

-- Indexed length of the title and body (characters), for BM25's length normalisation.
ALTER TABLE search_docs ADD COLUMN title_len INTEGER NOT NULL DEFAULT 0;
ALTER TABLE search_docs ADD COLUMN body_len INTEGER NOT NULL DEFAULT 0;

-- The old index is gone: every article is indexed again once, on the next open (ensureSearchIndex).
DELETE FROM search_docs;
DELETE FROM meta WHERE key = 'search_index_version';
