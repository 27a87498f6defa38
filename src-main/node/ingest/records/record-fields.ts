// Which field of a crawler's record holds what. Crawlers name fields in English or Chinese, in
// snake_case, camelCase or as they please (publish_time, publishTime, 发布时间), so keys are compared
// lower-cased with '_', '-' and spaces removed. The first alias present wins, in the order below.

export type RecordField = 'title' | 'content' | 'url' | 'date' | 'source' | 'author';

const ALIASES: Record<RecordField, string[]> = {
  title: ['title', '标题', 'headline', 'contenttitle', '新闻标题', '文章标题', '题目'],
  content: [
    'content',
    '正文',
    'body',
    'text',
    'article',
    '内容',
    'contenthtml',
    'articlecontent',
    '文章内容',
    '全文',
  ],
  url: ['url', 'link', '网址', '链接', 'href', 'sourceurl', '原文链接'],
  date: [
    'date',
    'time',
    'pubtime',
    'publishtime',
    '发布时间',
    '日期',
    '时间',
    'pubdate',
    'publishdate',
    'publishedat',
    'published',
    '发布日期',
    'datetime',
    'createtime',
    'createdat',
  ],
  source: ['source', '来源', '媒体', 'site', 'sitename', 'media', 'publisher', '文章来源'],
  author: ['author', '作者', '记者', 'authors', 'byline'],
};

const FIELDS = Object.keys(ALIASES) as RecordField[];

const normalizeKey = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '');

/** A field's value as text: strings as they are, numbers as digits, lists of strings joined. */
function asText(value: unknown, joiner: string): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.filter((item): item is string => typeof item === 'string');
    return parts.length > 0 ? parts.join(joiner) : null;
  }
  return null;
}

export type RecordValues = Partial<Record<RecordField, string>>;

/** The known fields of one flat object (keys already normalised), first alias first. */
function pickFields(byKey: Map<string, unknown>): RecordValues {
  const values: RecordValues = {};
  for (const field of FIELDS) {
    for (const alias of ALIASES[field]) {
      // A list of paragraphs is text; a list of authors is a name list.
      const text = asText(byKey.get(alias), field === 'content' ? '\n' : ' ');
      if (text !== null && text.trim() !== '') {
        values[field] = text;
        break;
      }
    }
  }
  return values;
}

function normalizedEntries(record: Record<string, unknown>): Map<string, unknown> {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const normalized = normalizeKey(key);
    if (!byKey.has(normalized)) byKey.set(normalized, value);
  }
  return byKey;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields of a record. Some dumps wrap each record's fields one level down
 * ({"video_detail": {"title": ..., "content": ...}, "num": 3}); a field missing at the top is
 * looked for in the record's nested objects, so both shapes read the same.
 */
export function recordValues(record: Record<string, unknown>): RecordValues {
  const values = pickFields(normalizedEntries(record));
  for (const nested of Object.values(record)) {
    if (!isPlainObject(nested)) continue;
    const inner = pickFields(normalizedEntries(nested));
    for (const field of FIELDS) values[field] ??= inner[field];
  }
  return values;
}

/** True when a header row or a record's keys name a text field at all. */
export function namesTextField(keys: readonly string[]): boolean {
  const normalized = new Set(keys.map(normalizeKey));
  return ALIASES.content.some((alias) => normalized.has(alias));
}

/** Column index per known field, for a CSV header row (first alias present wins). */
export function headerColumns(header: readonly string[]): Partial<Record<RecordField, number>> {
  const normalized = header.map(normalizeKey);
  const columns: Partial<Record<RecordField, number>> = {};
  for (const field of FIELDS) {
    for (const alias of ALIASES[field]) {
      const index = normalized.indexOf(alias);
      if (index >= 0) {
        columns[field] = index;
        break;
      }
    }
  }
  return columns;
}
