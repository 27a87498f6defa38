// The host's handle on the engine worker thread. Electron main and the browser host both use it, so
// heavy work (import, snapshots) never runs on the thread that serves the window or HTTP.
import { Worker } from 'node:worker_threads';
import type { ApiEventListener, ApiMethod, ApiResults } from '../../common/api/contract';
import { fail, type Result } from '../../common/api/errors';
import type { EngineOptions, FromEngine, ToEngine } from './engine-protocol';

export interface EngineClient {
  /** `client`: who asks (see node/services/client-scope.ts); unset: the host's own default client. */
  call<M extends ApiMethod>(method: M, args: unknown, client?: string): Promise<Result<ApiResults[M]>>;
  onEvent(listener: ApiEventListener): () => void;
  /** Lets the engine write its last snapshot, then stops the thread. */
  shutdown(): Promise<void>;
}

/** What the host does for the engine when asked: print a PDF report (Electron). */
export interface EngineHostServices {
  printPdf?(html: string, outPath: string): Promise<void>;
}

export function startEngineWorker(
  workerPath: string,
  options: EngineOptions,
  services: EngineHostServices = {},
): EngineClient {
  const worker = new Worker(workerPath, {
    workerData: { ...options, hostPrintsPdf: services.printPdf !== undefined },
  });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<ApiEventListener>();
  let nextId = 1;
  let alive = true;
  let onShutdown: (() => void) | null = null;

  const failAll = (message: string): void => {
    alive = false;
    for (const resolve of pending.values()) resolve(fail('ENGINE_UNAVAILABLE', message));
    pending.clear();
  };

  worker.on('message', (message: FromEngine) => {
    switch (message.kind) {
      case 'result':
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
        break;
      case 'event':
        for (const listener of listeners) listener(message.name, message.payload, message.target);
        break;
      case 'shutdown-complete':
        onShutdown?.();
        break;
      case 'ready':
        break;
      case 'print-pdf':
        void answerPrint(message.id, message.html, message.outPath);
        break;
    }
  });
  worker.on('error', (error) => {
    console.error('[zhiyan] engine worker crashed:', error);
    failAll(`The engine stopped: ${error.message}`);
  });
  worker.on('exit', (code) => {
    failAll(`The engine exited with code ${code}`);
    onShutdown?.();
  });

  const post = (message: ToEngine): void => worker.postMessage(message);

  async function answerPrint(id: number, html: string, outPath: string): Promise<void> {
    try {
      if (!services.printPdf) throw new Error('this host cannot print PDF');
      await services.printPdf(html, outPath);
      post({ kind: 'pdf-printed', id, error: null });
    } catch (error) {
      post({ kind: 'pdf-printed', id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    call(method, args, client) {
      if (!alive) return Promise.resolve(fail('ENGINE_UNAVAILABLE', 'The engine is not running'));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve as (result: Result<unknown>) => void);
        post(client === undefined ? { kind: 'call', id, method, args } : { kind: 'call', id, method, args, client });
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shutdown() {
      if (!alive) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 30_000);
        onShutdown = () => {
          clearTimeout(timer);
          alive = false;
          void worker.terminate().then(() => resolve());
        };
        post({ kind: 'shutdown' });
      });
    },
  };
}
