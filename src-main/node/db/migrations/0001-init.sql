-- Zhiyan project schema, version 1. Never edit this file once released: add a new numbered file.
-- Times are ISO-8601 UTC strings written by the engine (never CURRENT_TIMESTAMP: the journal replays
-- statements, and a replayed statement must produce the same row it produced the first time).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE import_batches (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  source_paths TEXT NOT NULL,           -- JSON array of the paths the user chose
  report_json  TEXT                     -- the import report, once finished
);

CREATE TABLE articles (
  id              INTEGER PRIMARY KEY,
  file_path       TEXT NOT NULL,
  content_hash    TEXT NOT NULL,        -- sha256 of clean_text: exact duplicates are stored once
  layout          TEXT NOT NULL,
  encoding        TEXT NOT NULL,
  title           TEXT NOT NULL,
  date            TEXT,                 -- YYYY-MM-DD, or --MM-DD when the source gives no year
  date_precision  TEXT NOT NULL DEFAULT 'none' CHECK (date_precision IN ('day', 'month-day', 'none')),
  source          TEXT,
  author          TEXT,
  places_json     TEXT NOT NULL DEFAULT '[]',
  clean_text      TEXT NOT NULL,        -- offsets everywhere are UTF-16 code units into this text
  original_text   TEXT NOT NULL,
  duplicate_of    INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  import_batch    INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE codes (
  id          INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES codes(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  color       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX codes_parent ON codes(parent_id);

-- A highlight is anchored twice (W3C Web Annotation selectors): by position in the clean text and by
-- quote, so it can be found again when the text changes; one that cannot be found is orphaned, kept.
CREATE TABLE highlights (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  color        TEXT,
  note         TEXT NOT NULL DEFAULT '',
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  exact        TEXT NOT NULL,
  prefix       TEXT NOT NULL DEFAULT '',
  suffix       TEXT NOT NULL DEFAULT '',
  orphaned     INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK (start_offset >= 0 AND end_offset > start_offset)
);
CREATE INDEX highlights_article ON highlights(article_id);

CREATE TABLE highlight_codes (
  highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  code_id      INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, code_id)
);
CREATE INDEX highlight_codes_code ON highlight_codes(code_id);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id);

-- Article notes (article_id set, at most one per article) and project memos (article_id NULL). Markdown.
CREATE TABLE notes (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  title      TEXT NOT NULL DEFAULT '',
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX notes_one_per_article ON notes(article_id) WHERE article_id IS NOT NULL;
