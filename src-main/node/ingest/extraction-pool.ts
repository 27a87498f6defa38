// Extraction in a second thread. The engine thread spends an import mostly inside SQLite; reading
// and cleaning the next files meanwhile on the other core roughly hides the extraction time. Where
// no built worker exists (tests run the TypeScript sources), extraction runs in the engine thread.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { extractFile, type ExtractedFile } from './extract-file';

export interface Extractor {
  /** Results come back in the order the files were given. */
  extract(file: string): Promise<ExtractedFile>;
  close(): Promise<void>;
}

export function inThreadExtractor(): Extractor {
  return { extract: async (file) => extractFile(file), close: async () => undefined };
}

export function workerExtractor(workerPath: string): Extractor {
  const worker = new Worker(workerPath);
  const waiting = new Map<number, { resolve: (value: ExtractedFile) => void; file: string }>();
  let nextId = 0;
  let failed = false;
  // If the thread dies, every file it held is extracted here instead: nothing is lost.
  const takeOver = (): void => {
    failed = true;
    for (const [id, { resolve, file }] of waiting) {
      waiting.delete(id);
      resolve(extractFile(file));
    }
  };
  worker.on('message', ({ id, result }: { id: number; result: ExtractedFile }) => {
    waiting.get(id)?.resolve(result);
    waiting.delete(id);
  });
  worker.on('error', (error) => {
    console.error('[zhiyan] extraction thread failed; continuing in the engine thread:', error);
    takeOver();
  });
  worker.on('exit', takeOver);
  return {
    extract(file) {
      if (failed) return Promise.resolve(extractFile(file));
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, { resolve, file });
        worker.postMessage({ id, file });
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

export function createExtractor(workerPath: string | null | undefined): Extractor {
  return workerPath && fs.existsSync(workerPath) ? workerExtractor(workerPath) : inThreadExtractor();
}
