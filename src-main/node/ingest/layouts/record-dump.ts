// A crawler's dump (.json, .jsonl/.ndjson, .csv/.tsv): many articles in one file, one per record,
// read by records/ from the file's bytes.

import type { RecordFormat } from '../ingest-types';
import { ingestRecordDump, isRecordDumpPath } from '../records/ingest-record-dump';

export const recordDump: RecordFormat = {
  id: 'record-dump',
  detect: isRecordDumpPath,
  ingest: ingestRecordDump,
};
