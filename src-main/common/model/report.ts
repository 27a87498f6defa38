// What a report or an export covers and how it is organised. One report model is built from the
// project for these options; each format writes that model (node/report/).
import type { SearchFilters } from './search';

export type ReportScope =
  | { kind: 'all' }
  | { kind: 'articles'; articleIds: number[] }
  | { kind: 'search'; query: string; filters: SearchFilters }
  | { kind: 'tag'; tag: string }
  | { kind: 'code'; codeId: number };

export interface ReportOptions {
  scope: ReportScope;
  /** By article: metadata, the marked-up text, notes. By code: every coded passage, codebook order. */
  organise: 'article' | 'code';
  /**
   * Highlight notes as footnotes, beside the passage, or (Word only) as comments in the margin;
   * formats without comments write 'comments' as footnotes.
   */
  notes: 'footnotes' | 'inline' | 'comments';
  includeMemos: boolean;
  title: string;
  author: string;
  /** The paper of a PDF or Word report; A4 when left out. */
  paper?: PaperSize;
}

/** The paper sizes a printed report can use (ISO A4 and A5, US Letter). */
export const PAPER_SIZES = ['a4', 'letter', 'a5'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Each paper's size in millimetres, width × height, portrait. */
export const PAPER_MM: { readonly [P in PaperSize]: { width: number; height: number } } = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
  a5: { width: 148, height: 210 },
};

// The formats themselves are declared once, in export-formats.ts.
export { EXPORT_FORMATS, type ExportFormat } from './export-formats';

export interface ReportPreview {
  /** A self-contained HTML document (what the HTML export writes), for the preview pane. */
  html: string;
  articles: number;
  passages: number;
}

export interface ExportResult {
  path: string;
  bytes: number;
  articles: number;
  passages: number;
}

export interface CodebookImportResult {
  /** Codes added; a code whose path already exists is kept and not duplicated. */
  created: number;
  existing: number;
}

export interface ExportProgress {
  /**
   * collect: building the report; write: writing the file. A PDF goes through prepare (the HTML to
   * print), print (Chromium lays out and prints: it says nothing until it has finished, so `done` is
   * the seconds spent so far and `pages` the expected page count) and save (the printed PDF, whose
   * real page count `pages` then is, copied into place).
   */
  phase: 'collect' | 'write' | 'prepare' | 'print' | 'save';
  done: number;
  total: number;
  /** PDF only: the pages expected (print) or printed (save). */
  pages?: number;
}
