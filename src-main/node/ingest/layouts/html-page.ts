// A saved web page: the article is found by the shape of its text (extract-html-article.ts), the
// metadata comes from what the page states about itself (<meta>, <link rel=canonical>, <title>).
// A page where no prose is found (a list page, a search result) falls back to all of its text, so
// the extraction steps can still decide whether anything is worth keeping.

import { extractHtmlArticle } from '../extract-html-article';
import { parseHtmlTree } from '../html-tree';
import { htmlToText } from '../html-to-text';
import type { PageLayout, SourceDocument } from '../ingest-types';
import { searchBody } from './text-lines';

// "衢州新材料产业园开园_苏州日报" / "标题 - 新闻中心 - 某某网": the first part is the article's.
export function titleFromDocumentTitle(documentTitle: string | null): string | null {
  if (!documentTitle) return null;
  const first = documentTitle.split(/\s*(?:_|\||｜|—|--|\s-\s)\s*/)[0]?.trim();
  return first && first.length >= 4 ? first : documentTitle;
}

export function metaValue(meta: Record<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta[key]?.trim();
    if (value) return value;
  }
  return null;
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'publishdate',
  'pubdate',
  'publish_date',
  'date',
  'dc.date',
];

function readHtmlPage(text: string): SourceDocument {
  const tree = parseHtmlTree(text);
  const { meta } = tree;
  const article = extractHtmlArticle(tree);
  const page = article ? null : htmlToText(text);
  const headline = article?.headline ?? page?.firstHeading ?? null;
  return {
    lines: article ? [...article.headerLines, ...article.bodyLines] : (page?.text.split('\n') ?? []),
    hints: {
      title: headline ?? titleFromDocumentTitle(metaValue(meta, 'og:title') ?? tree.documentTitle),
      dateText: metaValue(meta, ...PUBLISHED_KEYS),
      author: metaValue(meta, 'author', 'article:author'),
      source: metaValue(meta, 'source', 'contentsource'),
      siteName: metaValue(meta, 'og:site_name', 'sitename', 'site_name'),
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
  }),
};
