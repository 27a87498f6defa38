// Layout-specific reading: turns the decoded text into lines plus whatever metadata the format
// states outright (front matter fields, <meta> tags). Everything after this step works on lines,
// whatever the file looked like.

import type { Layout } from './detect-layout';
import { frontMatterString, parseFrontMatter } from './front-matter';
import type { IngestProblem } from './ingest-file';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { HEADING_PREFIX } from './line-shapes';

export interface MetadataHints {
  title: string | null;
  /** A date as the format gave it, parsed later. */
  dateText: string | null;
  author: string | null;
  source: string | null;
  /** Weaker than a source line in the text: the site's own name from <meta>. */
  siteName: string | null;
  /** The page's own address (front matter `url`/`link`, <link rel=canonical>, og:url). */
  url: string | null;
}

export interface SourceDocument {
  lines: string[];
  hints: MetadataHints;
  /** What the import report should mention although the file was read (e.g. broken front matter). */
  warnings?: IngestProblem[];
}

const NO_HINTS: MetadataHints = { title: null, dateText: null, author: null, source: null, siteName: null, url: null };

/** Markdown headings of any level become "## " lines, the one heading form the app knows. */
function markdownLines(text: string): string[] {
  return text.split('\n').map((line) => {
    const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    return heading ? `${HEADING_PREFIX}${heading[1]}` : line;
  });
}

// Some scrapers replace quotation marks in titles with underscores: '_名企衢州行_活动成功举办'.
function restoreTitleQuotes(title: string): string {
  return title.replace(/(^|[^A-Za-z0-9_])_([^_\s]{1,24})_(?=[^A-Za-z0-9_]|$)/g, '$1“$2”');
}

// "衢州新材料产业园开园_苏州日报" / "标题 - 新闻中心 - 某某网": the first part is the article's.
function titleFromDocumentTitle(documentTitle: string | null): string | null {
  if (!documentTitle) return null;
  const first = documentTitle.split(/\s*(?:_|\||｜|—|--|\s-\s)\s*/)[0]?.trim();
  return first && first.length >= 4 ? first : documentTitle;
}

function metaValue(meta: Record<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta[key]?.trim();
    if (value) return value;
  }
  return null;
}

function readFrontMatter(text: string): SourceDocument {
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter) return { lines: markdownLines(text), hints: NO_HINTS };
  const { fields, body } = frontMatter;
  const title = frontMatterString(fields, 'title');
  return {
    warnings: frontMatter.wellFormed ? [] : [{ code: 'broken-front-matter', detail: 'no closing ---' }],
    lines: looksLikeHtml(body) ? htmlToText(body).text.split('\n') : markdownLines(body),
    hints: {
      title: title ? restoreTitleQuotes(title) : null,
      dateText: frontMatterString(fields, 'date', 'published', 'pubdate', 'updated'),
      author: frontMatterString(fields, 'author', 'authors'),
      source: frontMatterString(fields, 'source', 'publisher'),
      siteName: null,
      url: frontMatterString(fields, 'url', 'link', 'permalink', 'source_url'),
    },
  };
}

function readHtmlPage(text: string): SourceDocument {
  const page = htmlToText(text);
  const { meta } = page;
  return {
    lines: page.text.split('\n'),
    hints: {
      title: page.firstHeading ?? titleFromDocumentTitle(metaValue(meta, 'og:title') ?? page.documentTitle),
      dateText: metaValue(
        meta,
        'article:published_time',
        'publishdate',
        'pubdate',
        'publish_date',
        'date',
        'dc.date',
      ),
      author: metaValue(meta, 'author', 'article:author'),
      source: metaValue(meta, 'source', 'contentsource'),
      siteName: metaValue(meta, 'og:site_name', 'sitename', 'site_name'),
      url: metaValue(meta, 'og:url'),
    },
  };
}

export function readDocument(text: string, layout: Layout): SourceDocument {
  if (layout === 'front-matter-html') return readFrontMatter(text);
  if (layout === 'html-page') return readHtmlPage(text);
  return { lines: markdownLines(text), hints: NO_HINTS };
}
