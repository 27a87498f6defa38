-- Version 7: import history. A running import stores its progress with its batch after every stored
-- batch of articles, and its report when it ends (report_json, since version 1), so a window reloaded
-- or a tab reopened during or after an import can show its progress and its report, and an import
-- cut short by a crash is recognisable (progress but no report).
ALTER TABLE import_batches ADD COLUMN progress_json TEXT;
CREATE INDEX import_batches_finished ON import_batches(finished_at);
