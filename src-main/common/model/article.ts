/** How much of a date the source gave: a page that says "09月18日讯" has no year. */
export type DatePrecision = 'day' | 'month-day' | 'none';

export interface ArticleSummary {
  id: number;
  title: string;
  /** ISO `YYYY-MM-DD`, or `--MM-DD` when the source gives no year; null when it gives no date. */
  date: string | null;
  source: string | null;
  author: string | null;
  places: string[];
  filePath: string;
  layout: string;
  encoding: string;
  duplicateOf: number | null;
  hasNote: boolean;
  /** Tag names, sorted. */
  tags: string[];
  /** Highlights on this article, orphaned ones included. */
  highlightCount: number;
}

export interface Article extends ArticleSummary {
  contentHash: string;
  /** Where the page was on the web, when the file says so. */
  url: string | null;
  /**
   * The cleaned text, paragraphs joined by "\n", normalised once at import (see common/text).
   * Every offset in the project (highlights, search hits) is a UTF-16 code unit index into it.
   */
  cleanText: string;
  /** The file's decoded text before cleaning, so a researcher can check what cleaning removed. */
  originalText: string;
  importBatch: number | null;
  createdAt: string;
}

/** The library table's sortable columns; `imported` is the order of import. */
export const ARTICLE_SORT_KEYS = ['imported', 'title', 'date', 'source', 'places', 'tags', 'highlights'] as const;
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number];
export type ArticleSort = `${ArticleSortKey}-${'asc' | 'desc'}`;
export const ARTICLE_SORTS: readonly ArticleSort[] = ARTICLE_SORT_KEYS.flatMap((key) => [
  `${key}-asc` as const,
  `${key}-desc` as const,
]);

export interface ArticlePage {
  total: number;
  offset: number;
  items: ArticleSummary[];
}

export interface Note {
  id: number;
  /** null for a project memo. */
  articleId: number | null;
  body: string;
  updatedAt: string;
}
