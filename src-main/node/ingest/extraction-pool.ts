// Extraction in a second thread. The engine thread spends an import mostly inside SQLite; reading
// and cleaning the next files meanwhile on the other core roughly hides the extraction time. Where
// no built worker exists (tests run the TypeScript sources), extraction runs in the engine thread.
// A file comes back in parts (a crawler dump of a million records in parts of a few hundred
// articles): the next part is made only when the engine asks for it, so a dump is never held whole.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { extractFileParts, type ExtractedFile } from './extract-file';
import { currentLogDir, log } from '../log/logger';

/** One file being extracted: its parts, in order; the last one has `more` unset. */
export interface FileExtraction {
  file: string;
  nextPart(): Promise<ExtractedFile>;
}

export interface Extractor {
  /** Starts extracting the file at once; results of different files are independent. */
  extract(file: string): FileExtraction;
  close(): Promise<void>;
}

function inThreadExtraction(file: string, skipParts = 0): FileExtraction {
  let parts: Generator<ExtractedFile> | null = null;
  return {
    file,
    nextPart: async () => {
      if (!parts) {
        parts = extractFileParts(file);
        for (let i = 0; i < skipParts; i += 1) parts.next();
      }
      const next = parts.next();
      return next.done ? { file, articles: [], skipped: [], warnings: [] } : next.value;
    },
  };
}

export function inThreadExtractor(): Extractor {
  return { extract: (file) => inThreadExtraction(file), close: async () => undefined };
}

export interface ExtractionWorkerData {
  logDir: string | null;
}

/** Messages to the worker: start a file, or give the next part of one. Answers carry the part. */
export type ExtractionRequest = { id: number; file: string } | { id: number; next: true };
export interface ExtractionAnswer {
  id: number;
  part: ExtractedFile;
}

export function workerExtractor(workerPath: string): Extractor {
  // The thread logs to the engine's log folder, in a file of its own (see node/log/logger.ts).
  const worker = new Worker(workerPath, { workerData: { logDir: currentLogDir() } satisfies ExtractionWorkerData });
  const waiting = new Map<number, (part: ExtractedFile) => void>();
  // Parts received so far per file, so a file the thread held can be resumed here where it stopped.
  const received = new Map<number, { file: string; parts: number }>();
  let nextId = 0;
  let failed = false;
  const fallbacks = new Map<number, FileExtraction>();
  const fallbackFor = (id: number): FileExtraction => {
    let fallback = fallbacks.get(id);
    const state = received.get(id)!;
    if (!fallback) fallbacks.set(id, (fallback = inThreadExtraction(state.file, state.parts)));
    return fallback;
  };
  // If the thread dies, every file it held is extracted here instead: nothing is lost.
  const takeOver = (): void => {
    failed = true;
    for (const [id, resolve] of waiting) {
      waiting.delete(id);
      void fallbackFor(id).nextPart().then(resolve);
    }
  };
  worker.on('message', ({ id, part }: ExtractionAnswer) => {
    const state = received.get(id);
    if (state) state.parts += 1;
    if (!part.more) received.delete(id);
    waiting.get(id)?.(part);
    waiting.delete(id);
  });
  worker.on('error', (error) => {
    log.error('extraction thread failed; continuing in the engine thread', error);
    takeOver();
  });
  worker.on('exit', takeOver);
  const ask = (id: number, request: ExtractionRequest): Promise<ExtractedFile> => {
    if (failed) return fallbackFor(id).nextPart();
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      worker.postMessage(request);
    });
  };
  return {
    extract(file) {
      const id = nextId++;
      received.set(id, { file, parts: 0 });
      let first: Promise<ExtractedFile> | null = ask(id, { id, file });
      return {
        file,
        nextPart: () => {
          const part = first ?? ask(id, { id, next: true });
          first = null;
          return part;
        },
      };
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
