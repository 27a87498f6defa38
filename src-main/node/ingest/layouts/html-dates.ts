// Where a saved page states its publication date as data rather than as text: <meta> tags,
// JSON-LD (`datePublished`), a <time datetime> element, or a variable in an inline script
// (WeChat's `ct`, `publish_time`, `pubtime`). Scripts are only read as text with patterns, never
// run; JSON-LD is parsed as JSON, which cannot execute anything.

import { parseStatedDate } from '../parse-date';

// <meta> keys (name or property, lower-cased) that hold the publication date, strongest first.
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'og:release_date',
  'article:published',
  'publishdate',
  'pubdate',
  'publish_date',
  'publish-date',
  'publishtime',
  'pubtime',
  'firstpublishedtime',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
];

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JSON_LD_TYPE = /type\s*=\s*["']?application\/ld\+json/i;
// `var ct = "1716201000"`, `publish_time: '2024-05-20 18:30'`, `"pubtime":"2023-08-09"`.
const SCRIPT_DATE_VARIABLE =
  /(?<![\w.$])["']?(ct|publish_?time|pub_?time|pubdate|publishdate|publish_date|datepublished|release_?time)["']?\s*[:=]\s*["']?(\d{10,13}|\d{4}[-./]\d{1,2}[-./]\d{1,2}[^"',;\n]{0,20})["']?/gi;
const TIME_ELEMENT = /<time\b[^>]*?\bdatetime\s*=\s*["']([^"']+)["']/i;
const ITEMPROP_PUBLISHED = /<meta\b[^>]*\bitemprop\s*=\s*["']datePublished["'][^>]*>/i;
const CONTENT_ATTRIBUTE = /\bcontent\s*=\s*["']([^"']+)["']/i;

function valid(value: string | undefined | null): string | null {
  return value && parseStatedDate(value) ? value.trim() : null;
}

/** `datePublished` anywhere in a JSON-LD value (objects, arrays, @graph). */
function jsonLdDate(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = record['datePublished'] ?? record['dateCreated'];
  if (typeof own === 'string' && valid(own)) return own;
  for (const child of Object.values(record)) {
    const found = jsonLdDate(child, depth + 1);
    if (found) return found;
  }
  return null;
}

function scriptDates(html: string): { jsonLd: string | null; variable: string | null } {
  let jsonLd: string | null = null;
  let variable: string | null = null;
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (JSON_LD_TYPE.test(attributes)) {
      try {
        jsonLd ??= jsonLdDate(JSON.parse(body));
      } catch {
        // A broken JSON-LD block states nothing we can trust.
      }
      continue;
    }
    for (const match of body.matchAll(SCRIPT_DATE_VARIABLE)) {
      variable ??= valid(match[2]);
      if (variable) break;
    }
  }
  return { jsonLd, variable };
}

// `var nickname = htmlDecode("衢州发布")`, `"source_name": "…"`: who published, as a script states it.
const SCRIPT_SOURCE_VARIABLE =
  /(?<![\w.$])["']?(nickname|source_?name|media_?name|account_?name)["']?\s*[:=]\s*(?:htmlDecode\()?\s*["']([^"'<>\n]{2,30})["']/i;

/** The publisher a page's inline script names (read as text, never run), or null. */
export function scriptSourceName(html: string): string | null {
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (JSON_LD_TYPE.test(attributes)) continue;
    const name = SCRIPT_SOURCE_VARIABLE.exec(body)?.[2]?.trim();
    if (name) return name;
  }
  return null;
}

/** The publication date the page states as data, as written (parsed later), or null. */
export function statedPublishDate(html: string, meta: Record<string, string>): string | null {
  for (const key of PUBLISHED_META_KEYS) {
    const value = valid(meta[key]);
    if (value) return value;
  }
  const itemprop = ITEMPROP_PUBLISHED.exec(html)?.[0];
  const fromItemprop = itemprop ? valid(CONTENT_ATTRIBUTE.exec(itemprop)?.[1]) : null;
  if (fromItemprop) return fromItemprop;
  const { jsonLd, variable } = scriptDates(html);
  // The first <time> of the page: related lists with their own <time>s come after the article.
  return jsonLd ?? variable ?? valid(TIME_ELEMENT.exec(html)?.[1]);
}
