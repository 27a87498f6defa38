-- Version 9: section headings.
--
-- headings_json: the article's section headings as the importer found them, in text order:
-- [{"level": 1, "text": "一、总体要求", "start": 120, "end": 126}, …], offsets in UTF-16 code units
-- into clean_text (common/text/headings.ts). Each heading is also a paragraph of clean_text, so the
-- text and every highlight offset are unchanged. NULL for articles imported before this version:
-- their headings are derived when they are read, from the original text's heading markers and the
-- clean text's numbered heads (common/text/headings-of-stored-text.ts), until a re-import stores them.
ALTER TABLE articles ADD COLUMN headings_json TEXT;
