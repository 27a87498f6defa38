import type { ArticleHeading } from '../text/headings';

/**
 * How much of a date is known, and so how `date` is written: `day` YYYY-MM-DD, `month` YYYY-MM,
 * `year` YYYY, `month-day` --MM-DD (a page that says "09月18日讯" has no year), `none` no date.
 * See article-date.ts.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'month-day' | 'none';

export interface ArticleSummary {
  id: number;
  title: string;
  /**
   * ISO `YYYY-MM-DD`, or a partial date: `YYYY-MM`, `YYYY`, or `--MM-DD` when the source gives no
   * year (see DatePrecision); null when there is no date.
   */
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
  /** The document number (文号) of a government document, e.g. 衢政办发〔2023〕9号. */
  docNumber: string | null;
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
  /** Section headings in cleanText, in text order: each is a whole paragraph of it (common/text/headings). */
  headings: ArticleHeading[];
  /** The file's decoded text before cleaning, so a researcher can check what cleaning removed. */
  originalText: string;
  importBatch: number | null;
  createdAt: string;
  /**
   * The fields a researcher corrected by hand, each with what the importer had found (so the
   * reader can show it and the researcher can go back to it). Absent key: not edited.
   */
  edited: ImportedValues;
}

/** The metadata a researcher can correct by hand (engine: services/article-edits/). */
export const EDITABLE_FIELDS = ['title', 'date', 'source', 'author', 'docNumber', 'places'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What the importer found for each edited field (dates with their precision). */
export interface ImportedValues {
  title?: string;
  date?: { date: string | null; precision: DatePrecision };
  source?: string | null;
  author?: string | null;
  docNumber?: string | null;
  places?: string[];
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
