// Which kind of page a file is. The layout decides how the text is read (front matter, HTML, lines)
// and which clean-up rules apply, and it is stored so a researcher can filter by it. Signals are
// checked from the most specific to the least; anything unrecognised is 'plain'.

import { parseFrontMatter } from './front-matter';
import { isHeaderedItem } from './layouts/headered-item';
import { isMarkdownDocument } from './layouts/markdown-document';
import { isTitleAndBody } from './layouts/title-and-body';

export type Layout =
  | 'front-matter-html'
  | 'portal'
  | 'aggregator'
  | 'company'
  | 'newspaper'
  | 'html-page'
  | 'plain'
  // Formats whose structure states title and body outright (layouts/*.ts read them):
  | 'headered-item'
  | 'markdown-document'
  | 'title-and-body'
  // One record of a crawler's .json/.jsonl/.csv dump (records/ reads those, not detectLayout).
  | 'record-dump';

const HTML_EXTENSION = /\.html?$/i;
const HTML_DOCUMENT = /^\s*(<!doctype html|<html[\s>])/i;

const AGGREGATOR_SIGNS = [
  /类别\s*[:：].{0,40}发布时间\s*[:：]/,
  /^本文转自\s*[:：]/m,
  /快照生成时间\s*[:：]/,
  /资讯信息快照/,
];
const COMPANY_SIGNS = [
  /^\s*中文\s*[|｜/]\s*(EN|English)\s*$/im,
  /点击率\s*[:：]\s*\d+/,
  /发布者\s*[:：].{0,30}发布时间\s*[:：]/,
];
const PORTAL_SIGNS = [
  /^\s*\d{3} (Not Found|Forbidden|Bad Gateway|Service Unavailable)\s*$/m,
  /您当前的位置|当前位置\s*[:：]/,
  /^\s*\S{1,6}(\s*[|｜]\s*\S{1,8}){4,}\s*$/m,
  /^\s*\S{2,8}\d{2}月\d{2}日讯/m,
];

function countMatches(text: string, patterns: RegExp[]): number {
  return patterns.filter((pattern) => pattern.test(text)).length;
}

export function detectLayout(text: string, filePath: string): Layout {
  if (HTML_EXTENSION.test(filePath) || HTML_DOCUMENT.test(text)) return 'html-page';
  if (parseFrontMatter(text)) return 'front-matter-html';
  if (isHeaderedItem(text)) return 'headered-item';
  if (isMarkdownDocument(text, filePath)) return 'markdown-document';
  if (isTitleAndBody(text)) return 'title-and-body';

  // Only the head of the file decides: aggregators append other sites' text at the end.
  const head = text.slice(0, 3000);
  if (countMatches(head, AGGREGATOR_SIGNS) > 0) return 'aggregator';
  if (countMatches(head, COMPANY_SIGNS) > 0) return 'company';
  // A newspaper text opens with its "## " headline; its stories may carry a portal-like "讯" dateline.
  if (/^\s*##\s+\S/.test(head)) return 'newspaper';
  if (countMatches(head, PORTAL_SIGNS) > 0) return 'portal';
  if (/^##\s+\S/m.test(head)) return 'newspaper';
  return 'plain';
}
