// `zhiyan`: the engine from a terminal, for scripts and batch work. It drives the same engine
// (`dispatch`) as the app, in-process, and never touches the app's settings or recent projects.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiMethod } from '../common/api/contract';
import type { Result } from '../common/api/errors';
import { createEngine, type Engine } from '../node/engine/engine';
import { version } from '../../package.json';
import type { SearchResult } from '../common/model/search';
import {
  formatArticle,
  formatImportReport,
  formatInfo,
  formatList,
  formatSearch,
  searchJson,
} from './format';
import {
  ANNOTATION_COMMANDS,
  ANNOTATION_HELP,
  AnnotationUsageError,
  runAnnotationCommand,
  type Call,
} from './annotation-commands';
import {
  EXPORT_HELP,
  EXPORT_OPTIONS,
  ExportUsageError,
  formatExportResult,
  runExport,
} from './export-command';
import { EDIT_HELP, EDIT_OPTIONS, EditUsageError, formatEditedArticle, runEdit } from './edit-command';

const HELP = `zhiyan ${version} — 智研 command line

Usage:
  zhiyan info --project FILE [--json]            project summary (schema, articles)
  zhiyan import PATH... --project FILE [--json]  import files or folders (creates FILE if missing)
  zhiyan list --project FILE [--json] [--limit N] [--offset N]
  zhiyan show ID --project FILE [--json]         one article with its metadata and clean text
  zhiyan search QUERY --project FILE [--limit N] [--json]
                                                 full-text search: terms (AND), "phrases", OR, -exclusions
${ANNOTATION_HELP}
${EXPORT_HELP}
${EDIT_HELP}
  zhiyan --help | --version

Exit codes: 0 done, 1 the operation failed (the message says why), 2 wrong usage.`;

class UsageError extends Error {}

async function call<M extends ApiMethod>(engine: Engine, method: M, args: unknown): Promise<unknown> {
  const result = (await engine.dispatch(method, args)) as Result<unknown>;
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      project: { type: 'string', short: 'p' },
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '50' },
      offset: { type: 'string', default: '0' },
      start: { type: 'string' },
      end: { type: 'string' },
      // A code path (or id, for export): the annotation commands and export both take it.
      code: { type: 'string' },
      note: { type: 'string' },
      unit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      ...EXPORT_OPTIONS,
      ...EDIT_OPTIONS,
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    print(version);
    return 0;
  }
  if (values.help || !command) {
    print(HELP);
    return values.help ? 0 : 2;
  }
  if (!values.project) throw new UsageError(`zhiyan ${command} needs --project FILE`);

  const engine = createEngine({
    dataDir: null,
    resourcesDir: path.resolve(__dirname, '..', '..', 'resources'),
    host: 'browser',
    appVersion: version,
    extractionWorkerPath: path.join(__dirname, 'extraction-worker.js'),
  });
  const project = path.resolve(values.project);
  const emit = values.json ? undefined : (line: string) => process.stderr.write(line);
  try {
    switch (command) {
      case 'info': {
        const info = await call(engine, 'openProject', { path: project });
        print(values.json ? JSON.stringify(info, null, 2) : formatInfo(info as never));
        return 0;
      }
      case 'import': {
        if (rest.length === 0) throw new UsageError('zhiyan import needs at least one file or folder');
        const opened = await engine.dispatch('openProject', { path: project });
        if (!opened.ok && opened.error.code === 'PROJECT_NOT_FOUND')
          await call(engine, 'createProject', { path: project });
        else if (!opened.ok)
          throw Object.assign(new Error(opened.error.message), { code: opened.error.code });
        emit?.(`Importing into ${project} …\n`);
        const report = await call(engine, 'importPaths', { paths: rest.map((p) => path.resolve(p)) });
        print(values.json ? JSON.stringify(report, null, 2) : formatImportReport(report as never));
        return 0;
      }
      case 'list': {
        await call(engine, 'openProject', { path: project });
        const page = await call(engine, 'listArticles', {
          offset: Number(values.offset),
          limit: Number(values.limit),
        });
        print(values.json ? JSON.stringify(page, null, 2) : formatList(page as never));
        return 0;
      }
      case 'show': {
        const id = Number(rest[0]);
        if (!Number.isInteger(id) || id < 1) throw new UsageError('zhiyan show needs an article id');
        await call(engine, 'openProject', { path: project });
        const article = await call(engine, 'getArticle', { id });
        print(values.json ? JSON.stringify(article, null, 2) : formatArticle(article as never));
        return 0;
      }
      case 'search': {
        if (rest.length === 0)
          throw new UsageError('zhiyan search needs a query (quote it if it has spaces)');
        await call(engine, 'openProject', { path: project });
        const result = (await call(engine, 'search', {
          query: rest.join(' '),
          limit: Number(values.limit),
          offset: Number(values.offset),
        })) as SearchResult;
        print(values.json ? JSON.stringify(searchJson(result), null, 2) : formatSearch(result));
        return 0;
      }
      case 'export': {
        await call(engine, 'openProject', { path: project });
        const result = await runExport((method, args) => call(engine, method, args), values);
        print(values.json ? JSON.stringify(result, null, 2) : formatExportResult(result));
        return 0;
      }
      case 'edit': {
        await call(engine, 'openProject', { path: project });
        const article = await runEdit((method, args) => call(engine, method, args), rest, values);
        print(values.json ? JSON.stringify(article, null, 2) : formatEditedArticle(article));
        return 0;
      }
      default: {
        const annotation = ANNOTATION_COMMANDS.find((name) => name === command);
        if (!annotation) throw new UsageError(`Unknown command "${command}"`);
        await call(engine, 'openProject', { path: project });
        const run: Call = (method, args) => call(engine, method, args) as never;
        print(JSON.stringify(await runAnnotationCommand(annotation, rest, values, run), null, 2));
        return 0;
      }
    }
  } finally {
    await engine.shutdown();
  }
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error & { code?: string }) => {
    if (
      error instanceof UsageError ||
      error instanceof AnnotationUsageError ||
      error instanceof ExportUsageError ||
      error instanceof EditUsageError ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      process.stderr.write(`zhiyan: ${error.message}\nRun "zhiyan --help" for usage.\n`);
      process.exit(2);
    }
    process.stderr.write(`zhiyan: ${error.code ? `[${error.code}] ` : ''}${error.message}\n`);
    process.exit(1);
  },
);
