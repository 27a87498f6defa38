// `zhiyan`: the engine from a terminal, for scripts and batch work. It drives the same engine
// (`dispatch`) as the app, in-process, and never touches the app's settings or recent projects.
// Commands live in commands.ts; this file parses the command line, runs one, and exits only once
// everything printed has left the process (see output.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../node/engine/engine';
import { configureLog, defaultLogDir } from '../node/log/logger';
import { version } from '../../package.json';
import { engineCall, type CliCommand, type CliContext, type CliValues } from './command';
import { COMMANDS } from './commands';
import { EXPORT_OPTIONS } from './export-command';
import { CliApiError, CliUsageError, errorSentence, say, usage } from './messages';
import { exitQuietlyOnBrokenPipe, printError, printLine } from './output';

const OPTIONS = {
  project: { type: 'string', short: 'p' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  all: { type: 'boolean' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  // A code path (or id, for export): the annotation commands and export both take it.
  code: { type: 'string' },
  note: { type: 'string' },
  unit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...EXPORT_OPTIONS,
  ...Object.assign({}, ...COMMANDS.map((command) => command.options ?? {})),
} as const;

const HELP = `zhiyan ${version} — 智研 command line

Usage:
${COMMANDS.map((command) => command.help)
  .filter(Boolean)
  .join('\n')}
  zhiyan --help | --version

Errors are one sentence, in Chinese unless the locale (LC_ALL, LC_MESSAGES, LANG) is English.
Exit codes: 0 done, 1 the operation failed (the message says why), 2 wrong usage.`;

function parse(argv: string[]): { values: CliValues; positionals: string[] } {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }) as never;
  } catch (error) {
    const detail = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(detail)?.[1];
    if (unknown) throw usage(`没有 ${unknown} 这个选项。`, `There is no option ${unknown}.`);
    throw usage(`命令行参数有误（${detail}）。`, `Wrong command line (${detail}).`);
  }
}

async function runCommand(command: CliCommand, values: CliValues, rest: string[]): Promise<number> {
  if (typeof values.project !== 'string')
    throw usage(
      `zhiyan ${command.name} 需要 --project 项目文件。`,
      `zhiyan ${command.name} needs --project FILE.`,
    );
  // The CLI's diagnostics (a failed snapshot, an internal error) go to stderr as before, and to a
  // log file beside the app's so a problem report can include them.
  configureLog({ dir: defaultLogDir(null), name: 'cli' });
  const engine = createEngine({
    dataDir: null,
    resourcesDir: path.resolve(__dirname, '..', '..', 'resources'),
    host: 'browser',
    appVersion: version,
    extractionWorkerPath: path.join(__dirname, 'extraction-worker.js'),
    lockHolderName: 'zhiyan CLI',
  });
  const project = path.resolve(values.project);
  const call = engineCall(engine);
  const context: CliContext = {
    rest,
    values,
    project,
    engine,
    call,
    open: () => call('openProject', { path: project }),
  };
  try {
    return await command.run(context);
  } finally {
    await engine.shutdown();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [name, ...rest] = positionals;
  if (values.version) {
    await printLine(version);
    return 0;
  }
  if (values.help || !name) {
    await printLine(HELP);
    return values.help ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw usage(`没有「${name}」这个命令。`, `There is no command "${name}".`);
  return runCommand(command, values, rest);
}

/** One sentence on stderr and the exit code: 2 for wrong usage, 1 for a failed operation. */
async function reportFailure(error: Error): Promise<number> {
  if (error instanceof CliUsageError) {
    await printError(`zhiyan: ${error.message} ${say('用法见 zhiyan --help。', 'See zhiyan --help.')}`);
    return 2;
  }
  if (error instanceof CliApiError) {
    await printError(`zhiyan: ${errorSentence(error)} [${error.code}]`);
    return 1;
  }
  await printError(`zhiyan: ${say('内部错误', 'internal error')}: ${error.stack ?? error.message}`);
  return 1;
}

exitQuietlyOnBrokenPipe();
main(process.argv.slice(2))
  .catch((error: Error) => reportFailure(error))
  .then((code) => process.exit(code));
