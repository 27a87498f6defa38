// The CLI's coding commands (code, tag, autocode; codes is codes-command.ts): each opens the project, calls the engine
// through dispatch as the app does, and prints JSON.
import type { ApiMethod, ApiResults } from '../common/api/contract';
import type { Code } from '../common/model/annotation';
import { splitCodePath } from '../common/model/code-path';
import { usage } from './messages';

export type Call = <M extends ApiMethod>(method: M, args: unknown) => Promise<ApiResults[M]>;

export interface AnnotationOptions {
  start?: string | undefined;
  end?: string | undefined;
  code?: string | undefined;
  note?: string | undefined;
  unit?: string | undefined;
}

export const ANNOTATION_HELP = `  zhiyan code ID --start S --end E --code PATH [--note TEXT] --project FILE
                                                 highlight [S, E) of article ID (UTF-16 offsets into its
                                                 clean text) with the code at PATH (e.g. 产业/新能源;
                                                 missing codes along the path are created)
  zhiyan tag ID TAG... --project FILE            tag article ID
  zhiyan autocode QUERY --code PATH [--unit sentence|paragraph] --project FILE
                                                 code every hit of the search with its sentence or paragraph`;

export const ANNOTATION_COMMANDS = ['code', 'tag', 'autocode'] as const;

function articleId(value: string | undefined, command: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1)
    throw usage(`zhiyan ${command} 需要文献编号（ID）。`, `zhiyan ${command} needs an article id.`);
  return id;
}

function offset(value: string | undefined, name: string): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) {
    throw usage(`zhiyan code 的 --${name} 必须是整数。`, `zhiyan code needs --${name} as a whole number.`);
  }
  return n;
}

/** The id of the code at `path` ("产业/新能源"), creating the codes missing along it. */
export async function codeAtPath(call: Call, path: string): Promise<number> {
  const names = splitCodePath(path);
  if (names.length === 0)
    throw usage('--code 需要编码路径，例如 产业/新能源。', '--code needs a code path such as 产业/新能源.');
  const codes = await call('listCodes', {});
  let parent: Code | null = null;
  for (const name of names) {
    const parentId: number | null = parent ? parent.id : null;
    const existing: Code | undefined = codes.find((c) => c.parentId === parentId && c.name === name);
    parent = existing ?? (await call('createCode', { parentId, name }));
  }
  return parent!.id;
}

/** Runs one of ANNOTATION_COMMANDS; returns the JSON to print. */
export async function runAnnotationCommand(
  command: (typeof ANNOTATION_COMMANDS)[number],
  rest: string[],
  options: AnnotationOptions,
  call: Call,
): Promise<unknown> {
  switch (command) {
    case 'code': {
      const id = articleId(rest[0], 'code');
      if (!options.code) throw usage('zhiyan code 需要 --code 编码路径。', 'zhiyan code needs --code PATH.');
      const start = offset(options.start, 'start');
      const end = offset(options.end, 'end');
      const codeId = await codeAtPath(call, options.code);
      return call('createHighlight', {
        articleId: id,
        start,
        end,
        codeIds: [codeId],
        note: options.note ?? '',
      });
    }
    case 'tag': {
      const id = articleId(rest[0], 'tag');
      const tags = rest.slice(1);
      if (tags.length === 0)
        throw usage('zhiyan tag 至少需要一个标签。', 'zhiyan tag needs at least one tag.');
      const { changed } = await call('tagArticles', { articleIds: [id], tags });
      const article = await call('getArticle', { id });
      return { articleId: id, changed, tags: article.tags };
    }
    case 'autocode': {
      if (rest.length === 0)
        throw usage(
          'zhiyan autocode 需要检索词（含空格时请加引号）。',
          'zhiyan autocode needs a query (quote it if it has spaces).',
        );
      if (!options.code)
        throw usage('zhiyan autocode 需要 --code 编码路径。', 'zhiyan autocode needs --code PATH.');
      const unit = options.unit ?? 'sentence';
      if (unit !== 'sentence' && unit !== 'paragraph') {
        throw usage('--unit 只能是 sentence（句）或 paragraph（段）。', '--unit is sentence or paragraph.');
      }
      const codeId = await codeAtPath(call, options.code);
      return call('autocode', { query: rest.join(' '), codeId, unit });
    }
  }
}
