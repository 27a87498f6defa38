import type { ArticleSummary } from './article';

/** Narrows a search (or, with an empty query, lists the library). Every field is optional. */
export interface SearchFilters {
  /** Articles with all of these tags. */
  tags?: string[];
  /** Articles with at least one passage coded with one of these codes (ids). */
  codes?: number[];
  sources?: string[];
  /** Standard division names as stored in Article.places (e.g. 衢州市). */
  places?: string[];
  /**
   * Inclusive ISO dates. A partial date (2023-05, 2023) matches when the span it stands for meets the
   * range; a date without a year (--05-08) and no date never match a date range.
   */
  dateFrom?: string;
  dateTo?: string;
  importBatches?: number[];
  hasNotes?: boolean;
  /** true: only reprints and the originals they point to; false: leave reprints out. */
  reprints?: boolean;
  /** Articles whose document number (文号) contains this text (as search folds it). */
  docNumber?: string;
}

export type SearchSort = 'relevance' | 'date-desc' | 'date-asc' | 'title';

/**
 * The results asked for first: a screen of the results sidebar and a little more, so they come at
 * once (each needs its snippets); the next pages follow right away, larger. The search benchmark
 * measures the engine for this first page.
 */
export const SEARCH_FIRST_PAGE = 10;
export const SEARCH_NEXT_PAGE = 40;

export interface SearchRequest {
  /** Terms (AND), "quoted phrases", OR between terms, -exclusions. Empty: every article. */
  query: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  offset?: number;
  limit?: number;
}

/** A stretch of the article with the hits marked; offsets are UTF-16 units into `text`. */
export interface Snippet {
  text: string;
  hits: [start: number, end: number][];
  /**
   * Where `text` starts in the article's clean text, so a click can scroll to it. A snippet cut
   * from the middle of the text begins with "…" (and ends with one when cut short): `offset` is then
   * one before the quoted text, so `offset` plus a hit's start is always the hit's offset.
   */
  offset: number;
}

export interface SearchHit extends ArticleSummary {
  score: number;
  /** Hits in the title, as [start, end) offsets into `title`. */
  titleHits: [start: number, end: number][];
  snippets: Snippet[];
}

export interface SearchResult {
  total: number;
  offset: number;
  hits: SearchHit[];
  /** The query as understood, for "did you mean" style feedback; null when it is empty. */
  parsed: string | null;
  tookMs: number;
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  filters: SearchFilters;
  createdAt: string;
}

/** Values to offer in the filter controls, with article counts. */
export interface SearchFacets {
  sources: { value: string; count: number }[];
  places: { value: string; count: number }[];
  tags: { value: string; count: number }[];
  importBatches: { id: number; startedAt: string; count: number }[];
  years: { value: string; count: number }[];
}
