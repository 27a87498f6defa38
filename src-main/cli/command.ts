// What every CLI command gets, and how the engine is called from a terminal. A command is an object
// in the list of commands.ts: adding one is a new file and one line there.
import type { ApiMethod, ApiResults } from '../common/api/contract';
import type { Result } from '../common/api/errors';
import type { ProjectInfo } from '../common/model/project';
import type { Engine } from '../node/engine/engine';
import { CliApiError, usage } from './messages';

/** Parsed options (node:util parseArgs); each command reads the ones it knows. */
export type CliValues = Record<string, string | boolean | undefined>;

export type Call = <M extends ApiMethod>(method: M, args: unknown) => Promise<ApiResults[M]>;

export interface CliContext {
  /** Positionals after the command name. */
  rest: string[];
  values: CliValues;
  /** The --project file, resolved. */
  project: string;
  engine: Engine;
  call: Call;
  /** Opens the --project file (PROJECT_NOT_FOUND etc. when it cannot). */
  open(): Promise<ProjectInfo>;
}

export interface CliCommand {
  name: string;
  /** Options only this command takes (parseArgs form); merged with the common ones in index.ts. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** Lines for `zhiyan --help`. */
  help: string;
  /** Runs the command and returns the exit code (0 done). */
  run(context: CliContext): Promise<number>;
}

export function engineCall(engine: Engine): Call {
  return async (method, args) => {
    const result = (await engine.dispatch(method, args)) as Result<never>;
    if (!result.ok) throw new CliApiError(result.error.code, result.error.message, result.error.detail);
    return result.value;
  };
}

/** A whole number option within [min, max], or wrong usage saying what is allowed. */
export function wholeNumber(
  values: CliValues,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) && n >= min && n <= max) return n;
  const all = name === 'limit' ? '；要列出全部，请用 --all 或 --jsonl' : '';
  const allEn = name === 'limit' ? '; use --all or --jsonl for everything' : '';
  throw usage(
    `--${name} 必须是 ${min} 到 ${max} 之间的整数，收到的是「${String(raw)}」${all}。`,
    `--${name} must be a whole number from ${min} to ${max}, not "${String(raw)}"${allEn}.`,
  );
}
