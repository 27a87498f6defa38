// YAML front matter as static-site generators (Hexo, Jekyll) and scrapers write it, read with the
// `yaml` package under its failsafe schema: every value stays a string or a list of strings (no
// dates, numbers or booleans guessed, and nothing that builds objects or functions), and quotes,
// comments, flow lists `[a, b]` and folded `>` values mean what YAML says they mean.
//
// Scraped front matter is often not valid YAML (`title: 衢州: 新闻`, an unquoted `[转载]`); such
// a block is read line by line as before (`key: value`, quoted values, `- item` lists), and the
// import report says so. Broken front matter (no closing fence) is common when a scraper was cut
// off: the leading `key: value` lines are still taken as fields, so they do not leak into the text.
import { parseDocument } from 'yaml';
import type { ImportProblemCode } from '../../common/model/project';

export interface FrontMatter {
  fields: Record<string, string | string[]>;
  body: string;
  /** false when the opening fence had no closing fence and the fields were read up to a blank line. */
  wellFormed: boolean;
  /** Why a closed block was read line by line: YAML's complaint; null when YAML read it. */
  yamlError: string | null;
}

const FENCE = /^---\s*$/;
const FIELD = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;
const LIST_ITEM = /^\s+-\s+(.*)$|^-\s+(.*)$/;

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
    return trimmed.slice(1, -1).replace(/''/g, "'");
  }
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed
      .slice(1, -1)
      .replace(/\\(["\\/])/g, '$1')
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t');
  }
  return trimmed;
}

/** Today's line reader: the fallback for a block YAML cannot read, and for an unclosed block. */
function parseFieldsByLine(lines: string[]): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  let listKey: string | null = null;
  for (const line of lines) {
    const item = LIST_ITEM.exec(line);
    if (item && listKey) {
      const current = fields[listKey];
      const list = Array.isArray(current) ? current : [];
      list.push(unquote(item[1] ?? item[2] ?? ''));
      fields[listKey] = list;
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) continue;
    const key = (field[1] ?? '').toLowerCase();
    const value = field[2] ?? '';
    if (value.trim() === '') {
      fields[key] = [];
      listKey = key;
    } else {
      fields[key] = unquote(value);
      listKey = null;
    }
  }
  return fields;
}

/** A value as the fields keep it: a string, or a list's scalar items; null for a nested mapping. */
function fieldValue(value: unknown): string | string[] | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return value === null || value === undefined ? '' : null;
}

/** The block read as YAML (failsafe schema), or why it could not be. */
function parseYamlFields(block: string): { fields: Record<string, string | string[]> } | { error: string } {
  const document = parseDocument(block, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  if (document.errors.length > 0) return { error: document.errors[0]!.message };
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) return { fields: {} };
  if (typeof data !== 'object' || Array.isArray(data)) return { error: 'not a mapping of keys to values' };
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const field = fieldValue(value);
    if (field !== null) fields[key.toLowerCase()] = field;
  }
  return { fields };
}

/** What the import report should say about how the front matter was read (nothing when all was well). */
export function frontMatterWarnings(frontMatter: FrontMatter): { code: ImportProblemCode; detail: string }[] {
  if (!frontMatter.wellFormed) return [{ code: 'broken-front-matter', detail: 'no closing ---' }];
  if (frontMatter.yamlError) return [{ code: 'front-matter-not-yaml', detail: frontMatter.yamlError }];
  return [];
}

/** Splits front matter from the body; returns null when the text does not start with a fence. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  if (!FENCE.test(lines[start] ?? '')) return null;

  const close = lines.findIndex((line, index) => index > start && FENCE.test(line));
  if (close !== -1) {
    const block = lines.slice(start + 1, close);
    const yaml = parseYamlFields(block.join('\n'));
    return {
      fields: 'fields' in yaml ? yaml.fields : parseFieldsByLine(block),
      body: lines.slice(close + 1).join('\n'),
      wellFormed: true,
      yamlError: 'error' in yaml ? yaml.error : null,
    };
  }
  // No closing fence: the fields run while lines look like fields or list items.
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (!FIELD.test(line) && !LIST_ITEM.test(line)) break;
    end += 1;
  }
  if (end === start + 1) return null;
  return {
    fields: parseFieldsByLine(lines.slice(start + 1, end)),
    body: lines.slice(end).join('\n'),
    wellFormed: false,
    yamlError: null,
  };
}

/** A field as one string: the first item of a list, or null when absent or empty. */
export function frontMatterString(
  fields: Record<string, string | string[]>,
  ...keys: string[]
): string | null {
  for (const key of keys) {
    const value = fields[key];
    const text = Array.isArray(value) ? value[0] : value;
    if (text && text.trim()) return text.trim();
  }
  return null;
}

/** A field as a list of strings: every item of a list, or the one value; empty when absent. */
export function frontMatterList(fields: Record<string, string | string[]>, ...keys: string[]): string[] {
  const values = keys.flatMap((key) => {
    const value = fields[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  });
  return values.map((value) => value.trim()).filter((value) => value.length > 0);
}
