// A blog or static-site export: a YAML-like front matter block (title, date, author, source, url,
// categories) over a body in Markdown or HTML. The front matter states the metadata outright.

import { frontMatterList, frontMatterString, frontMatterWarnings, parseFrontMatter } from '../front-matter';
import { htmlToText, looksLikeHtml } from '../html-to-text';
import type { PageLayout, SourceDocument } from '../ingest-types';
import { markdownLines, readTextLines, searchBody } from './text-lines';

// Some scrapers replace quotation marks in titles with underscores: '_名企衢州行_活动成功举办'.
function restoreTitleQuotes(title: string): string {
  return title.replace(/(^|[^A-Za-z0-9_])_([^_\s]{1,24})_(?=[^A-Za-z0-9_]|$)/g, '$1“$2”');
}

function readFrontMatterPage(text: string): SourceDocument {
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter) return readTextLines(text);
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

export const frontMatterPage: PageLayout = {
  id: 'front-matter-html',
  detect: ({ text }) => parseFrontMatter(text) !== null,
  read: readFrontMatterPage,
  extract: searchBody({
    joinBrokenParagraphs: false,
    titleIsFirstHeading: false,
    captions: 'credited',
    dateline: 'ignore',
  }),
};
