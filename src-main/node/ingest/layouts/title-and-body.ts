// Sogou's news corpus, one record per file: the title bytes, a blank line, then the whole content
// on one line, with the byte pair FD A3 (U+E40C after GB18030 decoding) where paragraphs break.
// The shape (exactly one short line, a blank, one body line) is narrow on purpose, so ordinary
// plain text keeps going through the general rules.

import type { PageLayout, SourceDocument } from '../ingest-types';
import { statedBody } from './stated-parts';

// Sogou's paragraph marker as GB18030 decodes it: a private-use code point no font draws.
const SOGOU_PARAGRAPH_MARK = /\uE40C/g;
const MAX_TITLE_LENGTH = 80;

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

function isTitleAndBody(text: string): boolean {
  const lines = text.split('\n');
  const filled = nonEmptyLines(text);
  const [title = '', body = ''] = filled;
  return (
    filled.length === 2 &&
    lines[1]?.trim() === '' &&
    title.trim().length <= MAX_TITLE_LENGTH &&
    (body.includes('\uE40C') || body.length >= title.length)
  );
}

function readTitleAndBody(text: string): SourceDocument {
  const [title = '', body = ''] = nonEmptyLines(text).map((line) => line.trim());
  const bodyLines = body
    .replace(SOGOU_PARAGRAPH_MARK, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    lines: bodyLines,
    hints: { title, dateText: null, author: null, source: null, siteName: null, url: null },
  };
}

export const titleAndBody: PageLayout = {
  id: 'title-and-body',
  detect: ({ text }) => isTitleAndBody(text),
  read: readTitleAndBody,
  extract: statedBody,
};
