// The app's diagnostic log: one line per record with a timestamp and a level, appended to a file in
// the user's log folder and echoed to stderr (the console), rotated by size so it never grows without bound.
// Every thread that logs (Electron main, the engine worker, the browser host, the CLI) configures
// its own file name, so two threads never rotate the same file under each other.
//
// Two promises callers rely on: logging never throws (a full disk or a read-only folder must not
// turn a logged error into a second one), and records carry diagnostics only: messages, error
// names and stacks, counts. Never article text or titles; callers pass those to nobody here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVEL_RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export interface LogOptions {
  /** The log folder; created on the first write. */
  dir: string;
  /** The file's stem: `<name>.log`, rotated to `<name>.1.log` … */
  name: string;
  /** Rotate when the file would pass this size. */
  maxBytes?: number;
  /** How many files to keep, the current one included. */
  files?: number;
  /** Records below this level are dropped. */
  minLevel?: LogLevel;
  /** Also write each record to stderr (the developer's terminal, the CLI's diagnostics). */
  echo?: boolean;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_FILES = 5;
export const LOG_FILE_SUFFIX = '.log';

/** A folder's rotating log file. Safe to construct for a folder that does not exist yet. */
export class RotatingLogFile {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly files: number;
  private size: number | null = null;

  constructor(
    readonly dir: string,
    readonly name: string,
    options: { maxBytes?: number; files?: number } = {},
  ) {
    this.file = path.join(dir, `${name}${LOG_FILE_SUFFIX}`);
    this.maxBytes = Math.max(1024, options.maxBytes ?? DEFAULT_MAX_BYTES);
    this.files = Math.max(1, options.files ?? DEFAULT_FILES);
  }

  /** `<name>.log` is generation 0; older generations are `<name>.N.log`. */
  generation(n: number): string {
    return n === 0 ? this.file : path.join(this.dir, `${this.name}.${n}${LOG_FILE_SUFFIX}`);
  }

  /** Appends text (one or more whole lines). False when the disk refused it; never throws. */
  append(text: string): boolean {
    try {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (this.size === null) {
        fs.mkdirSync(this.dir, { recursive: true });
        this.size = fileSize(this.file);
      }
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      fs.appendFileSync(this.file, text, 'utf8');
      this.size += bytes;
      return true;
    } catch {
      // Forget the size: the next write measures again (the folder may have come back).
      this.size = null;
      return false;
    }
  }

  private rotate(): void {
    fs.rmSync(this.generation(this.files - 1), { force: true });
    for (let n = this.files - 2; n >= 0; n--) {
      const from = this.generation(n);
      if (fs.existsSync(from)) fs.renameSync(from, this.generation(n + 1));
    }
    this.size = 0;
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** `Error: message` and its stack, or the value as JSON-ish text; never throws. */
export function describeError(value: unknown): string {
  try {
    if (value instanceof Error) {
      const stack = value.stack ?? `${value.name}: ${value.message}`;
      // A stack already starts with "Name: message"; some errors' stacks do not (e.g. rewritten ones).
      return stack.includes(value.message) ? stack : `${value.name}: ${value.message}\n${stack}`;
    }
    if (typeof value === 'string') return value;
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '(unprintable value)';
  }
}

/** One record as written: `2026-12-02T18:30:00.000Z ERROR [engine] message`, detail lines indented. */
export function formatRecord(
  time: Date,
  level: LogLevel,
  name: string,
  message: string,
  detail?: unknown,
): string {
  const head = `${time.toISOString()} ${level.toUpperCase().padEnd(5)} [${name}] ${oneLine(message)}`;
  if (detail === undefined) return `${head}\n`;
  const lines = describeError(detail).split(/\r?\n/);
  // The error's own first line stays on the record line, so "the last error lines" say what failed.
  const [first = '', ...rest] = lines;
  return `${head}: ${oneLine(first)}\n${rest.map((line) => `    ${line.trim()}\n`).join('')}`;
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

interface LogState {
  file: RotatingLogFile | null;
  name: string;
  minLevel: LogLevel;
  echo: boolean;
}

// Before configureLog (unit tests, a script that never configures), records go to stderr only.
const state: LogState = { file: null, name: 'zhiyan', minLevel: 'info', echo: true };

/** Points this thread's log at a folder. Call once, early; later calls replace the target. */
export function configureLog(options: LogOptions): void {
  state.file = new RotatingLogFile(options.dir, options.name, options);
  state.name = options.name;
  state.minLevel = options.minLevel ?? 'info';
  state.echo = options.echo ?? true;
}

/** The folder this thread logs to, or null when it logs to stderr only. */
export function currentLogDir(): string | null {
  return state.file?.dir ?? null;
}

function write(level: LogLevel, message: string, detail?: unknown): void {
  try {
    if (LEVEL_RANK[level] < LEVEL_RANK[state.minLevel]) return;
    const record = formatRecord(new Date(), level, state.name, message, detail);
    state.file?.append(record);
    // Through console (stderr for every level, so a CLI's stdout stays its output), which test
    // suites already know how to silence.
    // Warnings and errors only: info records are for the file, and would clutter a CLI's stderr.
    const echo = (state.echo || !state.file) && LEVEL_RANK[level] >= LEVEL_RANK.warn;
    if (echo) (level === 'error' ? console.error : console.warn)(record.trimEnd());
  } catch {
    // The last resort: a logger that throws would turn every logged problem into a crash.
  }
}

/** The thread's logger. Messages are short English diagnostics; `detail` is usually the error. */
export const log: Logger = {
  debug: (message, detail) => write('debug', message, detail),
  info: (message, detail) => write('info', message, detail),
  warn: (message, detail) => write('warn', message, detail),
  error: (message, detail) => write('error', message, detail),
};

/**
 * Logs what would otherwise kill the thread or vanish: uncaught exceptions and unhandled
 * rejections. A handler keeps Node from exiting, so `fatal` says whether to exit anyway once the
 * record is written: the engine worker does (its state is suspect; the host sees it exit and fails
 * the pending calls), the hosts do not (the browser host keeps serving the other tabs).
 */
export function logCrashes(
  options: { fatal?: boolean } = {},
  target: Pick<NodeJS.Process, 'on' | 'exit'> = process,
): void {
  const crash = (what: string, detail: unknown): void => {
    log.error(what, detail);
    if (options.fatal) target.exit(1);
  };
  target.on('uncaughtException', (error) => crash('uncaught exception', error));
  target.on('unhandledRejection', (reason) => crash('unhandled rejection', reason));
}

/**
 * The browser host's and the CLI's log folder, under the same per-user folder the Electron app uses
 * on Linux (`~/.config/zhiyan/logs` there too), so one folder holds every host's logs.
 */
export function defaultLogDir(dataDir: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const override = env['ZHIYAN_LOG_DIR'];
  if (override) return path.resolve(override);
  if (dataDir) return path.join(dataDir, 'logs');
  const base = env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
  return path.join(base, 'zhiyan', 'logs');
}

/**
 * The newest `count` error records across every current log file in a folder, oldest first: the
 * record lines only (not their stacks), for a problem report. Never throws; [] when there are none.
 */
export function recentErrorLines(dir: string, count: number): string[] {
  const found: string[] = [];
  try {
    const names = fs.readdirSync(dir).filter((name) => name.endsWith(LOG_FILE_SUFFIX));
    for (const name of names) {
      // Only the current files: rotated ones hold older errors, and reading 5 MB for a report is waste.
      if (/\.\d+\.log$/.test(name)) continue;
      const text = readTail(path.join(dir, name), 256 * 1024);
      for (const line of text.split('\n')) if (/^\S+ ERROR /.test(line)) found.push(line);
    }
  } catch {
    return [];
  }
  // Lines start with an ISO timestamp, so a string sort orders them in time across files.
  return found.sort().slice(-count);
}

/** The last `bytes` of a file, from the first whole line in them. */
function readTail(file: string, bytes: number): string {
  const size = fileSize(file);
  const start = Math.max(0, size - bytes);
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(size - start);
    fs.readSync(fd, buffer, 0, buffer.length, start);
    const text = buffer.toString('utf8');
    return start === 0 ? text : text.slice(text.indexOf('\n') + 1);
  } finally {
    fs.closeSync(fd);
  }
}
