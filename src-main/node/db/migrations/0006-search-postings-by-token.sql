-- Version 6: posting rows keyed by token, with the counts apart from the offsets (postings.ts).
-- In 0004 the posting blob was part of a WITHOUT ROWID key, so every step of a B-tree seek compared,
-- and read from overflow pages, whole posting lists of other tokens: a lookup cost ~40 µs per
-- segment. Now the rows live in a rowid table, and a small index on (token, segment) finds all of a
-- token's segments with one seek, in segment order; a second index serves merges and deletes.
-- The blobs change format, so the index is built again once, on the next open (ensureSearchIndex).
DROP TABLE search_postings;
CREATE TABLE search_postings (
  id      INTEGER PRIMARY KEY,
  token   TEXT NOT NULL,
  segment INTEGER NOT NULL,
  docs    BLOB NOT NULL,
  offsets BLOB NOT NULL
);
CREATE UNIQUE INDEX search_postings_token ON search_postings(token, segment);
CREATE INDEX search_postings_segment ON search_postings(segment);
DELETE FROM search_segments;
DELETE FROM search_docs;
DELETE FROM meta WHERE key = 'search_index_version';

-- Snippets are cut from the body by the index's offsets, which count code points; in an article
-- with characters beyond the BMP string offsets differ from them, and it is read whole instead.
ALTER TABLE search_docs ADD COLUMN astral INTEGER NOT NULL DEFAULT 0;
