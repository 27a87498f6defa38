// The library table's columns and which of them fit: the title always takes what is left; date and
// highlight count are narrow and always shown; source, tags and places appear as the pane widens
// (at 1280x800 the pane is narrow; the splitter or a wider window brings them in).
import type { ArticleSortKey } from '../../../../src-main/common/model/article';

export type LibraryColumnKey = 'title' | 'date' | 'source' | 'tags' | 'places' | 'highlights';

export interface LibraryColumn {
  key: LibraryColumnKey;
  sort: ArticleSortKey;
  /** Fixed width in px; null: takes the rest. */
  width: number | null;
  /** The table width from which the column is shown. */
  minTableWidth: number;
  align: 'start' | 'end';
}

export const LIBRARY_COLUMNS: readonly LibraryColumn[] = [
  { key: 'title', sort: 'title', width: null, minTableWidth: 0, align: 'start' },
  { key: 'source', sort: 'source', width: 96, minTableWidth: 440, align: 'start' },
  { key: 'places', sort: 'places', width: 88, minTableWidth: 700, align: 'start' },
  { key: 'tags', sort: 'tags', width: 100, minTableWidth: 560, align: 'start' },
  { key: 'date', sort: 'date', width: 76, minTableWidth: 0, align: 'start' },
  { key: 'highlights', sort: 'highlights', width: 34, minTableWidth: 0, align: 'end' },
];

/**
 * Below this table width the title's column is too narrow to read a title in (a few characters
 * at 1280 px with two articles open), so each row takes two lines: the title across the whole
 * row, then the source and the narrow columns under their headings.
 */
export const COMPACT_BELOW = 420;
export const ROW_HEIGHT = 32;
export const COMPACT_ROW_HEIGHT = 46;

export function isCompactTable(tableWidth: number): boolean {
  return tableWidth > 0 && tableWidth < COMPACT_BELOW;
}

export function rowHeightFor(tableWidth: number): number {
  return isCompactTable(tableWidth) ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
}

export function visibleColumns(tableWidth: number): LibraryColumn[] {
  return LIBRARY_COLUMNS.filter((column) => tableWidth >= column.minTableWidth);
}

/** CSS grid-template-columns for the visible columns. */
export function gridTemplate(columns: readonly LibraryColumn[]): string {
  return columns.map((column) => (column.width === null ? 'minmax(0, 1fr)' : `${column.width}px`)).join(' ');
}

/** A date for a narrow cell: `2023-03-13`, `03-21` when the year is unknown, `—` for none. */
export function compactDate(date: string | null): string {
  if (!date) return '—';
  return date.startsWith('--') ? date.slice(2) : date;
}

/** The rows to render for a scroll position: the visible ones and a few either side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 6,
): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}
