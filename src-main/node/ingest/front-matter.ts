// YAML front matter as static-site generators (Hexo, Jekyll) and scrapers write it. Only the subset
// those files use is read: `key: value` with plain, 'single' or "double" quoted values, and `- item`
// lists under a key. A full YAML parser would be a new dependency for no gain.
//
// Broken front matter (no closing fence) is common when a scraper was cut off: the leading
// `key: value` lines are still taken as fields, so they do not leak into the article text.

export interface FrontMatter {
  fields: Record<string, string | string[]>;
  body: string;
  /** false when the opening fence had no closing fence and the fields were read up to a blank line. */
  wellFormed: boolean;
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

function parseFields(lines: string[]): Record<string, string | string[]> {
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

/** Splits front matter from the body; returns null when the text does not start with a fence. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  if (!FENCE.test(lines[start] ?? '')) return null;

  const close = lines.findIndex((line, index) => index > start && FENCE.test(line));
  if (close !== -1) {
    return {
      fields: parseFields(lines.slice(start + 1, close)),
      body: lines.slice(close + 1).join('\n'),
      wellFormed: true,
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
    fields: parseFields(lines.slice(start + 1, end)),
    body: lines.slice(end).join('\n'),
    wellFormed: false,
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
