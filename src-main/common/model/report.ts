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
  /** Highlight notes as footnotes, or beside the passage. */
  notes: 'footnotes' | 'inline';
  includeMemos: boolean;
  title: string;
  author: string;
}

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
  phase: 'collect' | 'write';
  done: number;
  total: number;
}
