// Entry of the extraction thread (see extraction-pool.ts).
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-file';

const port = parentPort;
if (!port) throw new Error('extraction-worker must run in a worker thread');
port.on('message', ({ id, file }: { id: number; file: string }) => {
  port.postMessage({ id, result: extractFile(file) });
});
