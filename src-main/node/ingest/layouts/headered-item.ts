// One news item as the CCTV 新闻联播 scrapers save it: four header lines (title, "YYYY-MM-DD
// HH:MM:SS", source, url), a blank line, then the item's HTML fragment as the site served it. The
// header states the metadata outright, so nothing is guessed and the body is not searched for.

import { htmlToText } from '../html-to-text';
import type { PageLayout, SourceDocument } from '../ingest-types';
import { statedBody } from './stated-parts';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;
const WEB_ADDRESS = /^https?:\/\/\S+$/;
// A source is a name (央视网, CNTV, 中国网络电视台), never a sentence.
const SOURCE_NAME = /^[^\s，。,.]{1,20}$/;

function headerOf(text: string): string[] | null {
  const lines = text.split('\n', 6).map((line) => line.trim());
  if (lines.length < 5) return null;
  const [title = '', time = '', source = '', url = '', blank = ''] = lines;
  const shaped =
    title.length > 0 &&
    TIMESTAMP.test(time) &&
    SOURCE_NAME.test(source) &&
    WEB_ADDRESS.test(url) &&
    blank === '';
  return shaped ? lines : null;
}

function isHeaderedItem(text: string): boolean {
  return headerOf(text) !== null;
}

function readHeaderedItem(text: string): SourceDocument {
  const [title = '', time = '', source = '', url = ''] = headerOf(text) ?? [];
  const fragment = text.split('\n').slice(5).join('\n');
  // Older items close paragraphs with </P>; the tokenizer lower-cases tag names, so both read alike.
  const bodyLines = htmlToText(fragment)
    .text.split('\n')
    .filter((line) => line.trim() !== '');
  return {
    lines: bodyLines,
    hints: { title, dateText: time, author: null, source, siteName: null, url },
  };
}

export const headeredItem: PageLayout = {
  id: 'headered-item',
  detect: ({ text }) => isHeaderedItem(text),
  read: readHeaderedItem,
  extract: statedBody,
};
