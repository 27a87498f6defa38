// Search: the index finds the articles (exactly those whose text contains the terms: see
// postings-reader.ts; its lists come from the catalogue's memory once filled, see search-memory.ts),
// the catalogue filters them, BM25 scores those left, only the page is put in order (or all of it,
// for a sort by title or date) and only the page gets snippets (page-snippets.ts). Exclusions
// (-term) are index lookups too, subtracted.
import { compareArticleDates } from '../../common/model/article-date';
import { performance } from 'node:perf_hooks';
import type {
  SearchFacets,
  SearchHit,
  SearchRequest,
  SearchResult,
  SearchSort,
} from '../../common/model/search';
import {
  describeQuery,
  isEmptyQuery,
  markableTerms,
  parseQuery,
  type ParsedQuery,
} from '../../common/search/query-parser';
import type { ProjectStore } from '../db/project-store';
import type { ReadQuery } from '../db/query';
import { addBm25 } from './bm25';
import { indexOfDoc, termPostings, type PostingSource, type TermPostings } from './postings-reader';
import type { CatalogueEntry, SearchCatalogue } from './search-catalogue';
import { filterPredicate } from './search-filters';
import { findFoldedHits, foldedNeedles } from '../../common/search/fold';
import { pageSnippets } from './page-snippets';

/** Terms already looked up, for the project revision they were read at (paging, typing on). */
const termCache = {
  revision: -1,
  store: null as ProjectStore | null,
  terms: new Map<string, TermPostings>(),
};

function cachedTerm(q: ReadQuery, store: ProjectStore, term: string, source: PostingSource): TermPostings {
  if (termCache.revision !== store.revision || termCache.store !== store) {
    termCache.revision = store.revision;
    termCache.store = store;
    termCache.terms.clear();
  }
  let postings = termCache.terms.get(term);
  if (!postings) {
    postings = termPostings(q, term, source);
    if (termCache.terms.size >= 64) termCache.terms.delete(termCache.terms.keys().next().value!);
    termCache.terms.set(term, postings);
  }
  return postings;
}

interface Allowed {
  entries: CatalogueEntry[];
  /** By docid: 1 where the filters allow the article. */
  docs: Uint8Array;
}

/** The last few filter sets' allowed articles, for the revision they were decided at. */
const filterCache = { revision: -1, store: null as ProjectStore | null, sets: new Map<string, Allowed>() };

/**
 * The articles the filters allow (null: no filter), decided once per filter set and revision: they
 * are the candidates of an empty query and the docids a query's matches are limited to, and typing
 * a query on keeps the same filters.
 */
function allowedBy(
  q: ReadQuery,
  store: ProjectStore,
  catalogue: SearchCatalogue,
  filters: SearchRequest['filters'],
): Allowed | null {
  if (filterCache.revision !== store.revision || filterCache.store !== store) {
    filterCache.revision = store.revision;
    filterCache.store = store;
    filterCache.sets.clear();
  }
  const key = JSON.stringify(filters ?? {});
  const cached = filterCache.sets.get(key);
  if (cached) return cached;
  const keep = filterPredicate(q, catalogue, filters ?? {});
  if (!keep) return null;
  const entries = catalogue.all().filter(keep);
  const docs = new Uint8Array(catalogue.articlesByDoc().length);
  for (const entry of entries) {
    const docid = catalogue.docForArticle(entry.id);
    if (docid !== undefined) docs[docid] = 1;
  }
  if (filterCache.sets.size >= 8) filterCache.sets.delete(filterCache.sets.keys().next().value!);
  const allowed = { entries, docs };
  filterCache.sets.set(key, allowed);
  return allowed;
}

/**
 * The docids that match every group of the query (and none of its exclusions, and the filters),
 * with their BM25 scores by docid. Counts live in arrays indexed by docid: no row, map or object
 * per matching article.
 */
function matchingDocs(
  q: ReadQuery,
  store: ProjectStore,
  catalogue: SearchCatalogue,
  parsed: ParsedQuery,
  permitted: Uint8Array | null,
): { docs: number[]; scores: Float64Array; found: TermPostings[] } {
  const articleOf = catalogue.articlesByDoc();
  const size = articleOf.length;
  const { scores, matched, flags } = workspace(size);
  const groups = parsed.groups
    .map((group) => group.map((term) => cachedTerm(q, store, term, catalogue.memory)))
    .filter((group) => group.length > 0);
  if (groups.length === 0) return { docs: [], scores, found: [] };
  // matched[docid] = how many groups (in order) the article matched so far.
  groups.forEach((group, g) => {
    for (const term of group) {
      for (const docid of term.docs) if (docid < size && matched[docid] === g) matched[docid] = g + 1;
    }
  });
  for (const term of parsed.excluded) {
    for (const docid of cachedTerm(q, store, term, catalogue.memory).docs)
      if (docid < size) flags[docid] = EXCLUDED;
  }
  const docs: number[] = [];
  const last = groups.length;
  for (const term of groups[last - 1]!) {
    for (const docid of term.docs) {
      // Each docid once (a term of the last group may repeat one another term found), live only.
      if (docid < size && matched[docid] === last && flags[docid] === 0 && articleOf[docid] !== 0) {
        if (permitted && !permitted[docid]) continue;
        flags[docid] = MATCHED;
        docs.push(docid);
      }
    }
  }
  const stats = catalogue.indexStats();
  for (const group of groups) for (const term of group) addBm25(scores, term, stats, flags, MATCHED);
  return { docs, scores, found: groups.flat() };
}

const EXCLUDED = 1;
const MATCHED = 2;
/** Arrays by docid for one query, reused (zeroed) by the next: no garbage per query. */
let work = { scores: new Float64Array(0), matched: new Uint16Array(0), flags: new Uint8Array(0) };

function workspace(size: number): typeof work {
  if (work.scores.length < size) {
    work = { scores: new Float64Array(size), matched: new Uint16Array(size), flags: new Uint8Array(size) };
  } else {
    work.scores.fill(0, 0, size);
    work.matched.fill(0, 0, size);
    work.flags.fill(0, 0, size);
  }
  return work;
}

/** Where the found terms first occur in an article's body, and how often, by the index. */
function bodyHitsOf(found: readonly TermPostings[], docid: number): { firstHit: number; hitCount: number } {
  let firstHit = -1;
  let hitCount = 0;
  for (const term of found) {
    const index = indexOfDoc(term.docs, docid);
    if (index < 0 || term.body[index] === 0) continue;
    hitCount += term.body[index]!;
    const first = term.firstBody[index]!;
    if (firstHit < 0 || first < firstHit) firstHit = first;
  }
  return { firstHit, hitCount };
}

/** The `count` best docids by score (ties: lower article id first), without sorting them all. */
function topByScore(docs: number[], scores: Float64Array, articleOf: Int32Array, count: number): number[] {
  const better = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && articleOf[a]! < articleOf[b]!);
  if (count <= 0) return [];
  const top: number[] = [];
  for (const docid of docs) {
    if (top.length === count && !better(docid, top[count - 1]!)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(docid, top[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, docid);
    if (top.length > count) top.pop();
  }
  return top;
}

const byTitle = (a: CatalogueEntry, b: CatalogueEntry) =>
  a.title.localeCompare(b.title, 'zh-CN') || a.id - b.id;
// The library's order (articles-repo.ts), from the same rules: see compareArticleDates.
function byDate(direction: 'asc' | 'desc') {
  return (a: CatalogueEntry, b: CatalogueEntry) => compareArticleDates(a.date, b.date, direction) || a.id - b.id;
}

function sortEntries(entries: CatalogueEntry[], sort: SearchSort, scores: Map<number, number> | null): void {
  if (sort === 'title') entries.sort(byTitle);
  else if (sort === 'date-desc') entries.sort(byDate('desc'));
  else if (sort === 'date-asc') entries.sort(byDate('asc'));
  else if (scores) entries.sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || a.id - b.id);
}

/**
 * One page of results. `snippets: false` leaves out snippets and title marks, for callers that
 * want only which articles match and in what order (auto-coding, report scopes).
 */
export function search(
  store: ProjectStore,
  catalogue: SearchCatalogue,
  request: Required<SearchRequest>,
  { snippets: withSnippets = true } = {},
): SearchResult {
  const started = performance.now();
  const parsed = parseQuery(request.query);
  const empty = isEmptyQuery(parsed);
  const result = store.read((q) => {
    const allowed = allowedBy(q, store, catalogue, request.filters);
    let entries: CatalogueEntry[];
    let total: number;
    let scoreOf: (id: number) => number = () => 0;
    let found: TermPostings[] = [];
    const end = request.offset + request.limit;
    if (empty) {
      // Only exclusions (or nothing): every allowed article, less those that contain an excluded term.
      const excluded = new Set<number>();
      const articleOf = catalogue.articlesByDoc();
      for (const term of parsed.excluded) {
        for (const docid of cachedTerm(q, store, term, catalogue.memory).docs)
          if (articleOf[docid]) excluded.add(articleOf[docid]!);
      }
      entries = (allowed?.entries ?? [...catalogue.all()]).filter((entry) => !excluded.has(entry.id));
      sortEntries(entries, request.sort, null);
      total = entries.length;
      entries = entries.slice(request.offset, end);
    } else {
      const matching = matchingDocs(q, store, catalogue, parsed, allowed?.docs ?? null);
      const { docs, scores } = matching;
      found = matching.found;
      const articleOf = catalogue.articlesByDoc();
      total = docs.length;
      scoreOf = (id) => scores[catalogue.docForArticle(id) ?? 0] ?? 0;
      if (request.sort === 'relevance') {
        // Only the page is ranked in full: BM25 is already summed, the order is found for `end` docs.
        entries = topByScore(docs, scores, articleOf, Math.min(end, docs.length))
          .slice(request.offset)
          .map((docid) => catalogue.get(articleOf[docid]!)!);
      } else {
        entries = docs.map((docid) => catalogue.get(articleOf[docid]!)!);
        sortEntries(entries, request.sort, null);
        entries = entries.slice(request.offset, end);
      }
    }

    const terms = withSnippets ? markableTerms(parsed) : [];
    const stats = catalogue.indexStats();
    const pageArticles = () =>
      entries.map(({ id }) => {
        const docid = catalogue.docForArticle(id) ?? 0;
        const { firstHit, hitCount } = bodyHitsOf(found, docid);
        return {
          id,
          docid,
          firstHit,
          hitCount,
          length: stats.bodyLength[docid] ?? 0,
          astral: stats.astral[docid] === 1,
        };
      });
    const snippets = terms.length ? pageSnippets(q, pageArticles(), terms, catalogue.memory) : null;
    const needles = foldedNeedles(terms);
    // The summary spread last: V8 copies an object ~10x faster when no properties follow the spread.
    const hits: SearchHit[] = entries.map((summary) => ({
      score: scoreOf(summary.id),
      titleHits: findFoldedHits(summary.title, needles),
      snippets: snippets?.get(summary.id) ?? [],
      ...summary,
    }));
    return { total, hits };
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
