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

export type ArticleSort = 'date-desc' | 'date-asc' | 'title' | 'imported';

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
