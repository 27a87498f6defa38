// The host's handle on the engine worker thread. Electron main and the browser host both use it, so
// heavy work (import, snapshots) never runs on the thread that serves the window or HTTP.
import { Worker } from 'node:worker_threads';
import type { ApiEventListener, ApiMethod, ApiResults } from '../../common/api/contract';
import { fail, type Result } from '../../common/api/errors';
import type { PaperSize } from '../../common/model/report';
import type { EngineOptions, FromEngine, ToEngine } from './engine-protocol';
import { log } from '../log/logger';

export interface EngineClient {
  /** `client`: who asks (see node/services/client-scope.ts); unset: the host's own default client. */
  call<M extends ApiMethod>(method: M, args: unknown, client?: string): Promise<Result<ApiResults[M]>>;
  onEvent(listener: ApiEventListener): () => void;
  /** Lets the engine write its last snapshot, then stops the thread. */
  shutdown(): Promise<void>;
}

/** What the host does for the engine when asked: print a PDF report (Electron). */
export interface EngineHostServices {
  /** Aborting `job.signal` stops the print (the export was cancelled). */
  printPdf?(html: string, outPath: string, job: { paper: PaperSize; signal?: AbortSignal }): Promise<void>;
}

export function startEngineWorker(
  workerPath: string,
  options: EngineOptions,
  services: EngineHostServices = {},
): EngineClient {
  return new WorkerEngineClient(workerPath, options, services);
}

/** Calls go to the worker with an id; its answers resolve them, its events go to the listeners. */
class WorkerEngineClient implements EngineClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly listeners = new Set<ApiEventListener>();
  private nextId = 1;
  private alive = true;
  /** The prints under way, by the worker's request id, so a cancel can stop one. */
  private readonly prints = new Map<number, AbortController>();
  private onShutdown: (() => void) | null = null;

  constructor(
    workerPath: string,
    options: EngineOptions,
    private readonly services: EngineHostServices,
  ) {
    this.worker = new Worker(workerPath, {
      workerData: { ...options, hostPrintsPdf: services.printPdf !== undefined },
    });
    this.worker.on('message', (message: FromEngine) => this.receive(message));
    this.worker.on('error', (error) => {
      log.error('engine worker crashed', error);
      this.failAll(`The engine stopped: ${error.message}`);
    });
    this.worker.on('exit', (code) => {
      // Not asked to stop: it died (its own log says why, see logCrashes in engine-worker.ts).
      if (this.onShutdown === null) log.error(`the engine exited unexpectedly with code ${code}`);
      this.failAll(`The engine exited with code ${code}`);
      this.onShutdown?.();
    });
  }

  call<M extends ApiMethod>(method: M, args: unknown, client?: string): Promise<Result<ApiResults[M]>> {
    if (!this.alive) return Promise.resolve(fail('ENGINE_UNAVAILABLE', 'The engine is not running'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: Result<unknown>) => void);
      this.post(client === undefined ? { kind: 'call', id, method, args } : { kind: 'call', id, method, args, client });
    });
  }

  onEvent(listener: ApiEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  shutdown(): Promise<void> {
    if (!this.alive) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => void this.worker.terminate().then(() => resolve()), 30_000);
      this.onShutdown = () => {
        clearTimeout(timer);
        this.alive = false;
        void this.worker.terminate().then(() => resolve());
      };
      this.post({ kind: 'shutdown' });
    });
  }

  private receive(message: FromEngine): void {
    switch (message.kind) {
      case 'result':
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
        break;
      case 'event':
        for (const listener of this.listeners) listener(message.name, message.payload, message.target);
        break;
      case 'shutdown-complete':
        this.onShutdown?.();
        break;
      case 'ready':
        break;
      case 'print-pdf':
        void this.answerPrint(message.id, message.html, message.outPath, message.paper);
        break;
      case 'cancel-print':
        this.prints.get(message.id)?.abort();
        break;
    }
  }

  private async answerPrint(id: number, html: string, outPath: string, paper: PaperSize): Promise<void> {
    const controller = new AbortController();
    this.prints.set(id, controller);
    try {
      if (!this.services.printPdf) throw new Error('this host cannot print PDF');
      await this.services.printPdf(html, outPath, { paper, signal: controller.signal });
      this.post({ kind: 'pdf-printed', id, error: null });
    } catch (error) {
      this.post({ kind: 'pdf-printed', id, error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.prints.delete(id);
    }
  }

  private failAll(message: string): void {
    this.alive = false;
    for (const resolve of this.pending.values()) resolve(fail('ENGINE_UNAVAILABLE', message));
    this.pending.clear();
  }

  private post(message: ToEngine): void {
    this.worker.postMessage(message);
  }
}
