// The numbered, forward-only migrations. A project's schema version is its PRAGMA user_version.
// Add a file `NNNN-what.sql` and one line here; never edit a released file.
import init from './0001-init.sql?raw';
import urlAndFingerprints from './0002-article-url-and-fingerprints.sql?raw';
import search from './0003-search.sql?raw';
import searchPostings from './0004-search-postings.sql?raw';
import articleFilePathIndex from './0005-article-file-path-index.sql?raw';
import searchPostingsByToken from './0006-search-postings-by-token.sql?raw';
import importHistory from './0007-import-history.sql?raw';
import articleEdits from './0008-article-edits.sql?raw';
import articleHeadings from './0009-article-headings.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-init', sql: init },
  { version: 2, name: '0002-article-url-and-fingerprints', sql: urlAndFingerprints },
  { version: 3, name: '0003-search', sql: search },
  { version: 4, name: '0004-search-postings', sql: searchPostings },
  { version: 5, name: '0005-article-file-path-index', sql: articleFilePathIndex },
  { version: 6, name: '0006-search-postings-by-token', sql: searchPostingsByToken },
  { version: 7, name: '0007-import-history', sql: importHistory },
  { version: 8, name: '0008-article-edits', sql: articleEdits },
  { version: 9, name: '0009-article-headings', sql: articleHeadings },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
