// Entry of the extraction thread (see extraction-pool.ts): one generator of parts per file, advanced
// one part per request.
import { parentPort, workerData } from 'node:worker_threads';
import { configureLog } from '../log/logger';
import { extractFileParts, type ExtractedFile } from './extract-file';
import type { ExtractionAnswer, ExtractionRequest, ExtractionWorkerData } from './extraction-pool';

const port = parentPort;
if (!port) throw new Error('extraction-worker must run in a worker thread');
const { logDir } = (workerData ?? { logDir: null }) as ExtractionWorkerData;
// A file that fails to extract is logged here (extract-file.ts); the thread's own file keeps two
// threads from rotating one log.
if (logDir) configureLog({ dir: logDir, name: 'extraction' });
const files = new Map<number, Generator<ExtractedFile>>();
port.on('message', (request: ExtractionRequest) => {
  let parts = files.get(request.id);
  if (!parts && 'file' in request) files.set(request.id, (parts = extractFileParts(request.file)));
  const next = parts?.next();
  const part: ExtractedFile =
    next && !next.done ? next.value : { file: '', articles: [], skipped: [], warnings: [] };
  if (!part.more) files.delete(request.id);
  const answer: ExtractionAnswer = { id: request.id, part };
  port.postMessage(answer);
});
