// Markdown documents that open with a "# title" line: law collections (info lines about adoption
// and amendment, then "<!-- INFO END -->", then "## 第一章 …" parts and "第一条 …" articles) and
// transcript collections whose sections carry raw HTML (a "### headline" then "<p>…</p>").
// The structure is explicit, so the body is read as written instead of being searched for:
// headings become paragraphs of their own (marked with their rank, see line-shapes.ts), HTML lines become their text, tables
// become one line per row, and nothing is dropped as boilerplate.

import { htmlToText, looksLikeHtml } from '../html-to-text';
import type { PageLayout, SourceDocument } from '../ingest-types';
import { headingMarker } from '../line-shapes';
import { statedBody } from './stated-parts';

const TITLE_LINE = /^#\s+(.+?)\s*#*\s*$/;
const HEADING_LINE = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const INFO_END = /^\s*<!--\s*INFO END\s*-->\s*$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;
// A date stated in the title line: "# 《新闻联播》 (20220924)" or "(2022-09-24)".
const TITLE_DATE = /[（(](\d{4})-?(\d{2})-?(\d{2})[)）]/;
const CHINESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日/g;

function firstLine(text: string): string {
  return text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trim();
}

/** A .md file opening with "# title" whose structure we can read without guessing. */
function isMarkdownDocument(text: string, filePath: string): boolean {
  if (!MARKDOWN_EXTENSION.test(filePath) || !TITLE_LINE.test(firstLine(text))) return false;
  return /^\s*<!--\s*INFO END\s*-->\s*$/m.test(text) || looksLikeHtml(text);
}

function tableRow(line: string): string {
  return line
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' | ');
}

function bodyLine(line: string): string[] {
  const heading = HEADING_LINE.exec(line);
  if (heading) return [`${headingMarker(heading[1]?.length ?? 2)}${heading[2] ?? ''}`];
  if (TABLE_RULE.test(line) && line.includes('-')) return [];
  if (/^\s*\|.*\|\s*$/.test(line)) return [tableRow(line)];
  if (looksLikeHtml(line)) return htmlToText(line).text.split('\n');
  return [line.replace(HTML_COMMENT, '')];
}

// The newest date among the info lines is the version the file holds (adopted, then amended...).
function latestInfoDate(infoLines: string[]): string | null {
  const dates = infoLines.flatMap((line) => line.match(CHINESE_DATE) ?? []);
  return dates.at(-1) ?? null;
}

function readMarkdownDocument(text: string): SourceDocument {
  const lines = text.split('\n');
  const title = TITLE_LINE.exec(firstLine(text))?.[1] ?? null;
  const rest = lines.slice(1);
  const infoEnd = rest.findIndex((line) => INFO_END.test(line));
  const infoLines =
    infoEnd === -1
      ? []
      : rest
          .slice(0, infoEnd)
          .map((line) => line.trim())
          .filter(Boolean);
  const bodyLines = rest
    .slice(infoEnd + 1)
    .flatMap(bodyLine)
    .map((line) => line.trim())
    .filter(Boolean);
  const titleDate = title ? TITLE_DATE.exec(title) : null;
  const dateText = titleDate ? `${titleDate[1]}-${titleDate[2]}-${titleDate[3]}` : latestInfoDate(infoLines);
  // Info lines are part of the official text (who adopted it and when), so they open the body.
  const allLines = [...infoLines, ...bodyLines];
  return {
    lines: allLines,
    hints: { title, dateText, author: null, source: null, siteName: null, url: null },
  };
}

export const markdownDocument: PageLayout = {
  id: 'markdown-document',
  detect: ({ text, path }) => isMarkdownDocument(text, path),
  read: readMarkdownDocument,
  extract: statedBody,
};
