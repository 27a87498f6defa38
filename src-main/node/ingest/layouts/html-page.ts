// A saved web page: the article is found by the shape of its text (extract-html-article.ts), the
// metadata comes from what the page states about itself (<meta>, <link rel=canonical>, <title>).
// A page where no prose is found (a list page, a search result) falls back to all of its text, so
// the extraction steps can still decide whether anything is worth keeping.

import { extractHtmlArticle } from '../extract-html-article';
import { parseHtmlTree } from '../html-tree';
import { htmlToText } from '../html-to-text';
import type { PageLayout, SourceDocument } from '../ingest-types';
import { siteNameAround, titleFromDocumentTitle, withoutButtons } from '../titles';
import { scriptSourceName, statedPublishDate } from './html-dates';
import { searchBody } from './text-lines';

export function metaValue(meta: Record<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta[key]?.trim();
    if (value) return value;
  }
  return null;
}

function readHtmlPage(text: string): SourceDocument {
  const tree = parseHtmlTree(text);
  const { meta } = tree;
  const article = extractHtmlArticle(tree);
  const page = article ? null : htmlToText(text);
  const headline = article?.headline ?? page?.firstHeading ?? null;
  const statedSite = metaValue(meta, 'og:site_name', 'sitename', 'site_name', 'application-name');
  const documentTitle = metaValue(meta, 'og:title') ?? tree.documentTitle;
  const title = withoutButtons(headline ?? titleFromDocumentTitle(documentTitle, [statedSite]) ?? '') || null;
  return {
    lines: article ? [...article.headerLines, ...article.bodyLines] : (page?.text.split('\n') ?? []),
    footerLines: article?.footerLines ?? [],
    hints: {
      title,
      dateText: statedPublishDate(text, meta),
      author: metaValue(meta, 'author', 'article:author'),
      source: metaValue(meta, 'source', 'contentsource'),
      // The weakest source: the account's or site's own name, as an inline script (WeChat's
      // nickname, more precise than og:site_name's 微信公众平台), <meta> or the <title> give it.
      siteName: scriptSourceName(text) ?? statedSite ?? siteNameAround(tree.documentTitle, title),
      url: tree.canonicalUrl ?? metaValue(meta, 'og:url'),
    },
  };
}

const HTML_EXTENSION = /\.html?$/i;
const HTML_DOCUMENT = /^\s*(<!doctype html|<html[\s>])/i;

export const htmlPage: PageLayout = {
  id: 'html-page',
  detect: ({ text, path }) => HTML_EXTENSION.test(path) || HTML_DOCUMENT.test(text),
  read: readHtmlPage,
  extract: searchBody({
    joinBrokenParagraphs: false,
    titleIsFirstHeading: false,
    captions: 'credited',
    dateline: 'read',
    glitchOnlyIsText: true,
  }),
};
