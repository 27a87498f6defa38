// Messages between the host (Electron main, browser host) and the engine worker thread.
import type { ApiEventName, ApiEvents } from '../../common/api/contract';
import type { Result } from '../../common/api/errors';
import type { PaperSize } from '../../common/model/report';

export interface EngineOptions {
  /** Per-user folder: settings (language, recent projects) and the demo project. */
  dataDir: string;
  /** The app's resources folder; the demo corpus is `demo-corpus/` inside it. */
  resourcesDir: string;
  host: 'electron' | 'browser';
  appVersion: string;
  /** The built extraction thread (extraction-worker.js); without it, imports extract in the engine thread. */
  extractionWorkerPath?: string;
  /** The log folder; the worker writes `engine.log` there. Unset: diagnostics go to stderr only. */
  logDir?: string;
  /** The host prints PDF reports itself (Electron: a hidden window); the worker asks it with print-pdf. */
  hostPrintsPdf?: boolean;
}

export type ToEngine =
  /** `client`: who asked (a window, a tab), for per-client undo; see node/services/client-scope.ts. */
  | { kind: 'call'; id: number; method: string; args: unknown; client?: string }
  | { kind: 'shutdown' }
  /** The host's answer to print-pdf: error null when the PDF was written. */
  | { kind: 'pdf-printed'; id: number; error: string | null };

export type FromEngine =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; name: ApiEventName; payload: ApiEvents[ApiEventName]; target?: string }
  | { kind: 'shutdown-complete' }
  /** Asks the host to print `html` to `outPath` (only when hostPrintsPdf). */
  | { kind: 'print-pdf'; id: number; html: string; outPath: string; paper: PaperSize }
  /** The export that asked for print `id` was cancelled: the host stops printing it. */
  | { kind: 'cancel-print'; id: number };
