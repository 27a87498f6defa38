// Every format the importer reads, declared once. The chain (ingest-file.ts) walks these lists in
// order and the first format that claims a file reads it. Adding a format is one module exporting
// a PageLayout or RecordFormat (see ingest-types.ts) and one line here, at the place in the order
// where its signs are specific enough: the most specific first, 'plain' (claims anything) last.

import type { PageLayout, RecordFormat } from '../ingest-types';
import { aggregator } from './aggregator';
import { company } from './company';
import { frontMatterPage } from './front-matter-page';
import { headeredItem } from './headered-item';
import { htmlPage } from './html-page';
import { markdownDocument } from './markdown-document';
import { newspaper } from './newspaper';
import { plain } from './plain';
import { portal } from './portal';
import { recordDump } from './record-dump';
import { titleAndBody } from './title-and-body';

/** Files holding many articles, recognised by name before anything is decoded. */
export const RECORD_FORMATS: readonly RecordFormat[] = [recordDump];

/** Single-article layouts, asked in this order. */
export const PAGE_LAYOUTS: readonly PageLayout[] = [
  htmlPage,
  frontMatterPage,
  // Formats whose structure states title and body outright:
  headeredItem,
  markdownDocument,
  titleAndBody,
  // Text dumps of web pages, recognised by the signs in their head:
  aggregator,
  company,
  newspaper,
  portal,
  plain,
];

const HEAD_CHARS = 3000;

/** The layout that claims a decoded file; 'plain' claims anything the others do not. */
export function layoutOf(text: string, path: string): PageLayout {
  const probe = { text, path, head: text.slice(0, HEAD_CHARS) };
  return PAGE_LAYOUTS.find((layout) => layout.detect(probe)) ?? plain;
}

/** The record format that claims a file by its name, if any. */
export function recordFormatOf(path: string): RecordFormat | null {
  return RECORD_FORMATS.find((format) => format.detect(path)) ?? null;
}
