// Search: the index finds the articles (every one that contains the terms: a bigram index misses
// none), BM25 ranks them, the catalogue filters and sorts them, and only the page shown gets
// snippets. Exclusions (-term) are a second index lookup, subtracted.
import { performance } from 'node:perf_hooks';
import type {
  SearchFacets,
  SearchHit,
  SearchRequest,
  SearchResult,
  SearchSort,
} from '../../common/model/search';
import { describeQuery, isEmptyQuery, markableTerms, parseQuery } from '../../common/search/query-parser';
import type { ProjectStore } from '../db/project-store';
import type { ReadQuery } from '../db/query';
import { bm25 } from './bm25';
import { matchExpression, termExpression } from './fts-query';
import type { CatalogueEntry, SearchCatalogue } from './search-catalogue';
import { filterPredicate } from './search-filters';
import { findHits } from '../../common/search/fold';
import { buildSnippets } from './snippets';

// Rows cross from WASM to JS one by one, and that crossing is the cost of a search that matches
// thousands of articles: rows are read as arrays, and docids are mapped to articles in memory
// rather than by a join.

/**
 * Article ids matching an FTS expression, with their BM25 scores. With `onlyDocs` (the docids a
 * filter allows) SQLite drops the other rows itself, so they are neither scored nor copied out.
 */
function scoredMatches(
  q: ReadQuery,
  catalogue: SearchCatalogue,
  expression: string,
  onlyDocs: number[] | null,
): Map<number, number> {
  const scores = new Map<number, number>();
  const sql = onlyDocs
    ? `SELECT docid, matchinfo(search_index, 'pcnalx') FROM search_index
       WHERE search_index MATCH ? AND docid IN (SELECT value FROM json_each(?))`
    : "SELECT docid, matchinfo(search_index, 'pcnalx') FROM search_index WHERE search_index MATCH ?";
  const params = onlyDocs ? [expression, JSON.stringify(onlyDocs)] : [expression];
  q.each(sql, params, ([docid, info]) => {
    const id = catalogue.articleForDoc(docid as number);
    if (id !== undefined) scores.set(id, bm25(info as Uint8Array));
  });
  return scores;
}

function matchingIds(q: ReadQuery, catalogue: SearchCatalogue, expression: string): Set<number> {
  const ids = new Set<number>();
  q.each('SELECT docid FROM search_index WHERE search_index MATCH ?', [expression], ([docid]) => {
    const id = catalogue.articleForDoc(docid as number);
    if (id !== undefined) ids.add(id);
  });
  return ids;
}

const byTitle = (a: CatalogueEntry, b: CatalogueEntry) =>
  a.title.localeCompare(b.title, 'zh-CN') || a.id - b.id;
// Articles without a full date sort last either way; a month-day date (--MM-DD) has no year to compare.
const dateKey = (entry: CatalogueEntry) => (entry.date && /^\d{4}/.test(entry.date) ? entry.date : null);
function byDate(direction: 1 | -1) {
  return (a: CatalogueEntry, b: CatalogueEntry) => {
    const x = dateKey(a);
    const y = dateKey(b);
    if (x === y) return a.id - b.id;
    if (x === null) return 1;
    if (y === null) return -1;
    return direction * x.localeCompare(y);
  };
}

function sortEntries(entries: CatalogueEntry[], sort: SearchSort, scores: Map<number, number> | null): void {
  if (sort === 'title') entries.sort(byTitle);
  else if (sort === 'date-desc') entries.sort(byDate(-1));
  else if (sort === 'date-asc') entries.sort(byDate(1));
  else if (scores) entries.sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || a.id - b.id);
}

export function search(
  store: ProjectStore,
  catalogue: SearchCatalogue,
  request: Required<SearchRequest>,
): SearchResult {
  const started = performance.now();
  const parsed = parseQuery(request.query);
  const empty = isEmptyQuery(parsed);
  const result = store.read((q) => {
    const keep = filterPredicate(q, catalogue, request.filters);
    // The articles the filters allow, decided once: they are the candidates of an empty query, and
    // the docids a query's index lookup is limited to.
    const allowed = keep ? catalogue.all().filter(keep) : null;
    let scores: Map<number, number> | null = null;
    if (!empty) {
      const expression = matchExpression(parsed);
      const onlyDocs = allowed
        ? allowed.map((entry) => catalogue.docForArticle(entry.id)).filter((docid) => docid !== undefined)
        : null;
      scores = expression ? scoredMatches(q, catalogue, expression, onlyDocs) : new Map();
    }
    const excluded = new Set<number>();
    for (const term of parsed.excluded) {
      const expression = termExpression(term);
      if (expression) for (const id of matchingIds(q, catalogue, expression)) excluded.add(id);
    }
    const base = scores
      ? [...scores.keys()].map((id) => catalogue.get(id)).filter((e) => e !== undefined)
      : (allowed ?? [...catalogue.all()]);
    const entries = base.filter((entry) => !excluded.has(entry.id));
    sortEntries(entries, request.sort, scores);

    const terms = markableTerms(parsed);
    const page = entries.slice(request.offset, request.offset + request.limit);
    const hits: SearchHit[] = page.map(({ importBatch: _batch, ...summary }) => {
      const text = terms.length
        ? (q.get<{ clean_text: string }>('SELECT clean_text FROM articles WHERE id = ?', [summary.id])
            ?.clean_text ?? '')
        : '';
      return {
        ...summary,
        score: scores?.get(summary.id) ?? 0,
        titleHits: terms.length ? findHits(summary.title, terms) : [],
        snippets: terms.length ? buildSnippets(text, terms) : [],
      };
    });
    return { total: entries.length, hits };
  });
  return {
    ...result,
    offset: request.offset,
    parsed: empty && parsed.excluded.length === 0 ? null : describeQuery(parsed),
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

function counted(values: (string | null)[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

export function searchFacets(store: ProjectStore, catalogue: SearchCatalogue): SearchFacets {
  const entries = catalogue.all();
  return store.read((q) => ({
    sources: counted(entries.map((e) => e.source)),
    places: counted(entries.flatMap((e) => e.places)),
    years: counted(entries.map((e) => (e.date && /^\d{4}/.test(e.date) ? e.date.slice(0, 4) : null))).sort(
      (a, b) => b.value.localeCompare(a.value),
    ),
    tags: q.all<{ value: string; count: number }>(
      `SELECT t.name AS value, COUNT(*) AS count FROM tags t JOIN article_tags at ON at.tag_id = t.id
       GROUP BY t.id ORDER BY count DESC, t.name`,
    ),
    importBatches: q.all<{ id: number; startedAt: string; count: number }>(
      `SELECT b.id, b.started_at AS startedAt, COUNT(a.id) AS count FROM import_batches b
       JOIN articles a ON a.import_batch = b.id GROUP BY b.id ORDER BY b.id DESC`,
    ),
  }));
}
