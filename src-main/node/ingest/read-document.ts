// Layout-specific reading: turns the decoded text into lines plus whatever metadata the format
// states outright (front matter fields, <meta> tags). Everything after this step works on lines,
// whatever the file looked like.

import type { Layout } from './detect-layout';
import { frontMatterList, frontMatterString, frontMatterWarnings, parseFrontMatter } from './front-matter';
import type { IngestProblem } from './ingest-file';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { readHeaderedItem } from './layouts/headered-item';
import { readHtmlPage } from './layouts/html-page';
import { readMarkdownDocument } from './layouts/markdown-document';
import { readTitleAndBody } from './layouts/title-and-body';
import { HEADING_PREFIX } from './line-shapes';
import type { ArticleParts } from './extract-body';

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
  /** Front matter categories: blog exports list the platform a post came from among them. */
  categories?: string[];
}

export interface SourceDocument {
  lines: string[];
  hints: MetadataHints;
  /** What the import report should mention although the file was read (e.g. broken front matter). */
  warnings?: IngestProblem[];
  /** Set by formats that state title and body outright: the body is then not searched for. */
  parts?: ArticleParts;
}

const NO_HINTS: MetadataHints = {
  title: null,
  dateText: null,
  author: null,
  source: null,
  siteName: null,
  url: null,
};

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

function readFrontMatter(text: string): SourceDocument {
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter) return { lines: markdownLines(text), hints: NO_HINTS };
  const { fields, body } = frontMatter;
  const title = frontMatterString(fields, 'title');
  return {
    warnings: frontMatterWarnings(frontMatter),
    lines: looksLikeHtml(body) ? htmlToText(body).text.split('\n') : markdownLines(body),
    hints: {
      title: title ? restoreTitleQuotes(title) : null,
      dateText: frontMatterString(fields, 'date', 'published', 'pubdate', 'updated'),
      author: frontMatterString(fields, 'author', 'authors'),
      source: frontMatterString(fields, 'source', 'publisher'),
      siteName: null,
      url: frontMatterString(fields, 'url', 'link', 'permalink', 'source_url'),
      categories: frontMatterList(fields, 'categories', 'tags'),
    },
  };
}

export function readDocument(text: string, layout: Layout): SourceDocument {
  if (layout === 'front-matter-html') return readFrontMatter(text);
  if (layout === 'html-page') return readHtmlPage(text);
  if (layout === 'headered-item') return readHeaderedItem(text);
  if (layout === 'markdown-document') return readMarkdownDocument(text);
  if (layout === 'title-and-body') return readTitleAndBody(text);
  return { lines: markdownLines(text), hints: NO_HINTS };
}
