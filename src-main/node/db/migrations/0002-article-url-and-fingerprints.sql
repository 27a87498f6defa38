-- Version 2: where an article came from on the web, and the fingerprints that find reprints.

ALTER TABLE articles ADD COLUMN url TEXT;

-- MinHash signature of each article's clean text, cut into bands (locality-sensitive hashing): two
-- articles that share any (band, bucket) are candidates for "the same story, lightly edited".
CREATE TABLE article_fingerprints (
  band       INTEGER NOT NULL,
  bucket     TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;
CREATE INDEX article_fingerprints_article ON article_fingerprints(article_id);
