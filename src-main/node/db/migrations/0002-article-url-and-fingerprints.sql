-- Version 2: where an article came from on the web, and the fingerprints that find reprints.

ALTER TABLE articles ADD COLUMN url TEXT;

-- The MinHash band buckets of each article's clean text (locality-sensitive hashing), comma-separated
-- in band order. An import loads them into memory as an index: articles that share buckets are
-- candidates for "the same story, lightly edited". One row per article keeps an import of ten
-- thousand articles at ten thousand inserts, not one per band.
CREATE TABLE article_fingerprints (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  buckets    TEXT NOT NULL
);
