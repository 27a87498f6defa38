// `zhiyan edit`: corrects an article's metadata by hand, as the reader's edit dialog does (one undo
// step in the engine, the fields marked as edited, kept by later re-imports), and prints the article.
import type { Article, EditableField } from '../common/model/article';
import { parseDateInput } from '../common/model/article-date';
import type { CliCommand } from './command';
import { usage } from './messages';
import { printLine } from './output';

export const EDIT_HELP = `  zhiyan edit ID [--title T] [--date D] [--source S] [--author A] [--doc-number N] [--places P,...]
             --project FILE [--json]             correct an article's metadata by hand and print it;
                                                 D: 2023-05-08, 2023-05, 2023 or 5月8日 (no year);
                                                 an empty value ("") clears a field`;

// --title and --author are declared once, by EXPORT_OPTIONS (export takes them too).
export const EDIT_OPTIONS = {
  date: { type: 'string' },
  source: { type: 'string' },
  'doc-number': { type: 'string' },
  places: { type: 'string' },
} as const;

export interface EditValues {
  title?: string | undefined;
  date?: string | undefined;
  source?: string | undefined;
  author?: string | undefined;
  'doc-number'?: string | undefined;
  places?: string | undefined;
}

type Call = (method: 'editArticle', args: unknown) => Promise<unknown>;

/** The editArticle arguments for the options given. */
export function editArguments(rest: readonly string[], values: EditValues): Record<string, unknown> {
  const id = Number(rest[0]);
  if (!Number.isInteger(id) || id < 1)
    throw usage('zhiyan edit 需要文献编号（ID）。', 'zhiyan edit needs an article id.');
  const args: Record<string, unknown> = { id };
  if (values.title !== undefined) {
    if (values.title.trim() === '') throw usage('--title 不能为空。', '--title cannot be empty.');
    args.title = values.title;
  }
  if (values.date !== undefined) {
    const parsed = parseDateInput(values.date);
    if (!parsed)
      throw usage(
        `--date「${values.date}」不是日期（可写 2023-05-08、2023-05、2023 或 5月8日）。`,
        `--date "${values.date}" is not a date (2023-05-08, 2023-05, 2023, 5月8日).`,
      );
    args.date = parsed.date;
  }
  if (values.source !== undefined) args.source = values.source;
  if (values.author !== undefined) args.author = values.author;
  if (values['doc-number'] !== undefined) args.docNumber = values['doc-number'];
  if (values.places !== undefined) args.places = values.places.split(/[,，、]/);
  if (Object.keys(args).length === 1)
    throw usage(
      'zhiyan edit 至少需要 --title --date --source --author --doc-number --places 中的一项。',
      'zhiyan edit needs at least one of --title --date --source --author --doc-number --places.',
    );
  return args;
}

export async function runEdit(call: Call, rest: readonly string[], values: EditValues): Promise<Article> {
  return (await call('editArticle', editArguments(rest, values))) as Article;
}

const FIELD_NAMES: Record<EditableField, string> = {
  title: 'title',
  date: 'date',
  source: 'source',
  author: 'author',
  docNumber: 'doc number',
  places: 'places',
};

/** The article's metadata, one field a line, edited fields marked with "*". */
export function formatEditedArticle(article: Article): string {
  const line = (field: EditableField, value: string | null) =>
    `${field in article.edited ? '*' : ' '} ${FIELD_NAMES[field].padEnd(10)} ${value ?? '—'}`;
  return [
    `article ${article.id}`,
    line('title', article.title),
    line('date', article.date),
    line('source', article.source),
    line('author', article.author),
    line('docNumber', article.docNumber),
    line('places', article.places.join('、') || null),
    '(* edited by hand)',
  ].join('\n');
}

export const editCommand: CliCommand = {
  name: 'edit',
  options: EDIT_OPTIONS,
  help: EDIT_HELP,
  async run({ rest, values, open, call }) {
    await open();
    const article = await runEdit((method, args) => call(method, args), rest, values as EditValues);
    await printLine(values.json ? JSON.stringify(article, null, 2) : formatEditedArticle(article));
    return 0;
  },
};
