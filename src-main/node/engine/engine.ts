// The engine: the contract implemented once over the services. The worker thread (Electron and the
// browser host) and the CLI all drive this same object through `dispatch`. Each area declares its
// handlers next to its service (services/*-handlers.ts, report/report-handlers.ts); the engine only
// spreads them into one object, which TypeScript checks against the whole contract.
import { isApiMethod, type ApiMethod, type ApiResults, type ZhiyanHandlers } from '../../common/api/contract';
import { ApiFailure, fail, ok, type ApiError, type Result } from '../../common/api/errors';
import { apiSchemas } from '../../common/api/schemas';
import { setLockHolderApp } from '../db/project-lock';
import type { StoreOptions } from '../db/project-store';
import { reportHandlers } from '../report/report-handlers';
import { annotationHandlers } from '../services/annotation-handlers';
import { articleEditHandlers } from '../services/article-edits/edit-handlers';
import { LOCAL_CLIENT, runAsClient } from '../services/client-scope';
import type { EventSink } from '../services/engine-context';
import { libraryHandlers } from '../services/library-handlers';
import type { PdfPrinter } from '../services/pdf/headless-chromium-printer';
import { projectHandlers } from '../services/project-handlers';
import { ProjectSession } from '../services/project-session';
import { searchHandlers } from '../services/search-handlers';
import type { EngineOptions } from './engine-protocol';
import { log } from '../log/logger';

export type { EventSink } from '../services/engine-context';

export interface Engine {
  handlers: ZhiyanHandlers;
  /**
   * Validates raw arguments, runs the method, and turns every outcome into a Result. `client`: who
   * asks (a window, a tab; see services/client-scope.ts), LOCAL_CLIENT when unset.
   */
  dispatch(method: string, rawArgs: unknown, client?: string): Promise<Result<unknown>>;
  /** Reopens the last project, or builds the demo project on the very first start. */
  start(): Promise<void>;
  /** Stops a running import, writes the last snapshot and releases the project. */
  shutdown(): Promise<void>;
}

export interface CreateEngineOptions extends Omit<EngineOptions, 'dataDir'> {
  /** null: keep settings in memory only (the CLI must not change the app's recent projects). */
  dataDir: string | null;
  storeOptions?: StoreOptions;
  /** How this host prints PDF reports (Electron: its own window); unset: headless system Chromium. */
  pdfPrinter?: PdfPrinter;
  /** How a lock on an open project names this program to others (e.g. "zhiyan CLI"). */
  lockHolderName?: string;
}

export function createEngine(options: CreateEngineOptions, emit: EventSink = () => {}): Engine {
  if (options.lockHolderName) setLockHolderApp(options.lockHolderName);
  const session = new ProjectSession(options, emit);
  const context = session.context;
  const handlers: ZhiyanHandlers = {
    ...projectHandlers(session),
    ...libraryHandlers(session),
    ...searchHandlers(session),
    ...annotationHandlers(context),
    ...articleEditHandlers(context),
    ...reportHandlers(context),
  };
  return {
    handlers,
    dispatch: (method, rawArgs, client = LOCAL_CLIENT) =>
      runAsClient(client, () => dispatchTo(handlers, method, rawArgs)),
    start: () => session.start((error) => toFailure(error).error),
    shutdown: () => session.shutdown(),
  };
}

/** Validates raw arguments against the method's schema, runs it, and turns every outcome into a Result. */
export async function dispatchTo(
  handlers: ZhiyanHandlers,
  method: string,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('INVALID_ARGUMENT', `Unknown method ${String(method)}.`);
  const parsed = apiSchemas[method].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return fail('INVALID_ARGUMENT', `Invalid arguments for ${method}: ${parsed.error.message}`, {
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
      })),
    });
  }
  try {
    // The schema for `method` produced `parsed.data`, so it is the handler's argument type.
    const handler = handlers[method] as (args: unknown) => Promise<ApiResults[ApiMethod]>;
    return ok(await handler(parsed.data));
  } catch (error) {
    // A refusal is part of the contract (a locked project, a missing article); its code is enough
    // to follow a user's report. Its message may quote what the user typed, so it stays out.
    if (error instanceof ApiFailure) log.info(`${method} refused: ${error.code}`);
    return toFailure(error);
  }
}

export function toFailure(error: unknown): { ok: false; error: ApiError } {
  if (error instanceof ApiFailure)
    return fail(error.code, error.message, error.detail) as { ok: false; error: ApiError };
  log.error('internal error', error);
  const message = error instanceof Error ? error.message : String(error);
  return fail('INTERNAL_ERROR', message) as { ok: false; error: ApiError };
}
