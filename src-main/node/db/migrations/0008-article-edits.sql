-- Version 8: corrections by hand, document numbers and partial dates.
--
-- doc_number: a government document's number (文号, e.g. 衢政办发〔2023〕9号), as the importer found it
-- or as a researcher corrected it.
ALTER TABLE articles ADD COLUMN doc_number TEXT;

-- edited_json: the metadata fields a researcher corrected by hand, each with what the importer had
-- found ({"title": "…", "date": {"date": "2023-05", "precision": "month"}, …}). The corrected values
-- themselves live in the article's own columns, so every reader of those columns (search filters,
-- sorting, reports, exports) uses them; a re-import updates the found values here and leaves the
-- corrected columns alone. Part of the article row, so undo and redo restore it with the row.
ALTER TABLE articles ADD COLUMN edited_json TEXT NOT NULL DEFAULT '{}';

-- Dates of a month (YYYY-MM) or a year (YYYY). SQLite cannot alter a CHECK constraint, and rebuilding
-- the articles table would rewrite every text and make its foreign-key children cascade, so the
-- constraint text is widened in place: the documented procedure for a change that leaves every
-- stored row valid (sqlite.org/lang_altertable.html, "making other kinds of table schema changes").
-- RESET reloads the schema, so the wider check applies at once.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, 'CHECK (date_precision IN (''day'', ''month-day'', ''none''))',
                          'CHECK (date_precision IN (''day'', ''month'', ''year'', ''month-day'', ''none''))')
 WHERE type = 'table' AND name = 'articles';
PRAGMA writable_schema = RESET;
