// `zhiyan export`: writes a report or an exchange file from a project, as the app's export dialog does.
import path from 'node:path';
import { EXPORT_FORMATS, isExportFormat } from '../common/model/export-formats';
import {
  PAPER_SIZES,
  type ExportResult,
  type PaperSize,
  type ReportOptions,
  type ReportScope,
} from '../common/model/report';
import { usage } from './messages';

export const EXPORT_HELP = `  zhiyan export --project FILE --format FMT --out PATH [--by article|code]
               [--query Q | --tag T | --code ID|PATH] [--title T] [--author A] [--memos]
               [--notes footnotes|inline|comments] [--inline-notes] [--paper ${PAPER_SIZES.join('|')}]
                                                 annotated report or exchange file;
                                                 FMT: ${EXPORT_FORMATS.join('|')}; --paper (PDF, Word):
                                                 a4 unless given; --notes comments: Word comments`;

// --code (a code id or path) is declared once in index.ts: the annotation commands take it too.
export const EXPORT_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  by: { type: 'string' },
  query: { type: 'string', short: 'q' },
  tag: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  memos: { type: 'boolean' },
  'inline-notes': { type: 'boolean' },
  notes: { type: 'string' },
  paper: { type: 'string' },
} as const;

export interface ExportValues {
  format?: string;
  out?: string;
  by?: string;
  query?: string;
  tag?: string;
  code?: string;
  title?: string;
  author?: string;
  memos?: boolean;
  'inline-notes'?: boolean;
  notes?: string;
  paper?: string;
}

const NOTES = ['footnotes', 'inline', 'comments'] as const;

function notesOf(values: ExportValues): ReportOptions['notes'] {
  if (values.notes === undefined) return values['inline-notes'] ? 'inline' : 'footnotes';
  const notes = NOTES.find((n) => n === values.notes);
  if (!notes)
    throw usage(
      '--notes 只能是 footnotes（脚注）、inline（随文）或 comments（Word 批注）。',
      '--notes is footnotes, inline or comments (Word comments).',
    );
  return notes;
}

function paperOf(values: ExportValues): PaperSize {
  const paper = PAPER_SIZES.find((p) => p === values.paper?.toLowerCase());
  if (values.paper !== undefined && !paper)
    throw usage(
      `--paper 只能是 ${PAPER_SIZES.join('、')}（默认 a4）。`,
      `--paper is ${PAPER_SIZES.join(', ')} (a4 unless given).`,
    );
  return paper ?? 'a4';
}

type Call = (method: 'exportReport' | 'listCodes', args: unknown) => Promise<unknown>;

/** Thrown for wrong usage (exit code 2). */

async function codeIdOf(call: Call, code: string): Promise<number> {
  if (/^\d+$/.test(code)) return Number(code);
  const codes = (await call('listCodes', {})) as { id: number; path: string; name: string }[];
  const found = codes.find((c) => c.path === code) ?? codes.find((c) => c.name === code);
  if (!found)
    throw usage(
      `编码本里没有编码「${code}」（请给出它的编号或路径，例如 产业/锂电）。`,
      `No code "${code}" in the codebook (give its id or its path, e.g. 产业/锂电).`,
    );
  return found.id;
}

export async function runExport(call: Call, values: ExportValues): Promise<ExportResult> {
  const format = values.format;
  if (!isExportFormat(format))
    throw usage(
      `zhiyan export 需要 --format ${EXPORT_FORMATS.join('|')}。`,
      `zhiyan export needs --format ${EXPORT_FORMATS.join('|')}.`,
    );
  if (!values.out) throw usage('zhiyan export 需要 --out 输出路径。', 'zhiyan export needs --out PATH.');
  if (values.by && values.by !== 'article' && values.by !== 'code')
    throw usage('--by 只能是 article（按文献）或 code（按编码）。', '--by is article or code.');
  const chosen = [values.query, values.tag, values.code].filter((v) => v !== undefined);
  if (chosen.length > 1)
    throw usage('--query、--tag、--code 最多只能给出一项。', 'Give at most one of --query, --tag, --code.');
  const notes = notesOf(values);
  const paper = paperOf(values);
  let scope: ReportScope = { kind: 'all' };
  if (values.query !== undefined) scope = { kind: 'search', query: values.query, filters: {} };
  else if (values.tag !== undefined) scope = { kind: 'tag', tag: values.tag };
  else if (values.code !== undefined) scope = { kind: 'code', codeId: await codeIdOf(call, values.code) };
  return (await call('exportReport', {
    format,
    path: path.resolve(values.out),
    report: {
      scope,
      organise: values.by ?? 'article',
      notes,
      includeMemos: values.memos ?? false,
      title: values.title ?? '',
      author: values.author ?? '',
      paper,
    },
  })) as ExportResult;
}

export function formatExportResult(result: ExportResult): string {
  return `Wrote ${result.path} (${result.bytes} bytes): ${result.articles} articles, ${result.passages} passages.`;
}
