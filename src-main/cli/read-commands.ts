// The CLI's commands that bring articles in and read them out: info, import, list, show, search.
import path from 'node:path';
import type { ArticleSummary } from '../common/model/article';
import type { SearchResult } from '../common/model/search';
import { pages, pagingOf, PAGE_MAX, writeCollection, type Paging } from './collection-output';
import { wholeNumber, type CliCommand, type CliContext } from './command';
import { formatArticle, formatImportReport, formatInfo, formatSearch, searchJson } from './format';
import { usage } from './messages';
import { printError, printLine } from './output';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const infoCommand: CliCommand = {
  name: 'info',
  help: '  zhiyan info --project FILE [--json]            project summary (schema, articles)',
  async run({ open, values }) {
    const info = await open();
    await printLine(values.json ? json(info) : formatInfo(info));
    return 0;
  },
};

export const importCommand: CliCommand = {
  name: 'import',
  help: '  zhiyan import PATH... --project FILE [--json]  import files or folders (creates FILE if missing)',
  async run({ rest, values, project, engine, call }) {
    if (rest.length === 0)
      throw usage(
        'zhiyan import 需要至少一个文件或文件夹。',
        'zhiyan import needs at least one file or folder.',
      );
    const opened = await engine.dispatch('openProject', { path: project });
    if (!opened.ok && opened.error.code === 'PROJECT_NOT_FOUND')
      await call('createProject', { path: project });
    else if (!opened.ok) await call('openProject', { path: project }); // throws the same failure
    if (!values.json) await printError(`Importing into ${project} …`);
    const report = await call('importPaths', { paths: rest.map((p) => path.resolve(p)) });
    await printLine(values.json ? json(report) : formatImportReport(report));
    return 0;
  },
};

function paging(context: CliContext): Paging {
  const { values } = context;
  const offset = wholeNumber(values, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  return pagingOf(values, offset, wholeNumber(values, 'limit', 50, 1, PAGE_MAX));
}

export const listCommand: CliCommand = {
  name: 'list',
  help: `  zhiyan list --project FILE [--json|--jsonl] [--limit N] [--offset N] [--all]
                                                 articles; --all or --jsonl: every article`,
  async run(context) {
    const page = paging(context);
    await context.open();
    let total = 0;
    const items = pages<ArticleSummary>(
      page,
      (offset, limit) => context.call('listArticles', { offset, limit }),
      (t) => (total = t),
    );
    await writeCollection(page, items, {
      head: () => ({ total, offset: page.offset }),
      itemsKey: 'items',
      json: (a) => a,
      text: (a) => `${String(a.id).padStart(6)}  ${a.date ?? '          '}  ${a.title}`,
      footer: (n) => `(${n === 0 ? 0 : page.offset + 1}-${page.offset + n} of ${total})`,
    });
    return 0;
  },
};

export const showCommand: CliCommand = {
  name: 'show',
  help: '  zhiyan show ID --project FILE [--json]         one article with its metadata and clean text',
  async run({ rest, values, open, call }) {
    const id = Number(rest[0]);
    if (!Number.isInteger(id) || id < 1)
      throw usage(
        'zhiyan show 需要一个文献编号（正整数）。',
        'zhiyan show needs an article id (a positive whole number).',
      );
    await open();
    const article = await call('getArticle', { id });
    await printLine(values.json ? json(article) : formatArticle(article));
    return 0;
  },
};

type Hit = ReturnType<typeof searchJson>['hits'][number];

export const searchCommand: CliCommand = {
  name: 'search',
  help: `  zhiyan search QUERY --project FILE [--limit N] [--offset N] [--json|--jsonl] [--all]
                                                 full-text search: terms (AND), "phrases", OR, -exclusions`,
  async run(context) {
    if (context.rest.length === 0)
      throw usage(
        'zhiyan search 需要一个检索式（含空格时请加引号）。',
        'zhiyan search needs a query (quote it if it has spaces).',
      );
    const page = paging(context);
    await context.open();
    const query = context.rest.join(' ');
    if (page.mode === 'text' && page.limit !== null) {
      // One page on a terminal: the familiar layout, with the best snippet under each hit.
      const result = await context.call('search', { query, offset: page.offset, limit: page.limit });
      await printLine(formatSearch(result));
      return 0;
    }
    let first: SearchResult | null = null;
    const fetch = async (offset: number, limit: number) => {
      const result = await context.call('search', { query, offset, limit });
      first ??= result;
      return { total: result.total, items: searchJson(result).hits };
    };
    const items = pages<Hit>(page, fetch, () => {});
    await writeCollection(page, items, {
      head: () => ({ total: first?.total ?? 0, tookMs: first?.tookMs ?? 0, query: first?.parsed ?? query }),
      itemsKey: 'hits',
      json: (hit) => hit,
      text: (hit) => `${String(hit.id).padStart(6)}  ${hit.date ?? '          '}  ${hit.title}`,
      footer: (n) => `(${n} of ${first?.total ?? 0} articles)`,
    });
    return 0;
  },
};
