// The filters of a search as one predicate over catalogue entries. Tags and codes live in their own
// tables, so those two become id sets with one query each; the rest is read from the catalogue.
import { dateSpan } from '../../common/model/article-date';
import type { SearchFilters } from '../../common/model/search';
import { foldForSearch } from '../../common/search/fold';
import type { ReadQuery, SqlParam } from '../db/query';
import type { CatalogueEntry, SearchCatalogue } from './search-catalogue';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

function idsWithAllTags(q: ReadQuery, tags: string[]): Set<number> {
  const unique = [...new Set(tags)];
  const rows = q.all<{ article_id: number }>(
    `SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id
     WHERE t.name IN (${placeholders(unique.length)})
     GROUP BY at.article_id HAVING COUNT(DISTINCT t.id) = ?`,
    [...unique, unique.length] as SqlParam[],
  );
  return new Set(rows.map((row) => row.article_id));
}

function idsWithAnyCode(q: ReadQuery, codes: number[]): Set<number> {
  const rows = q.all<{ article_id: number }>(
    `SELECT DISTINCT h.article_id FROM highlights h JOIN highlight_codes hc ON hc.highlight_id = h.id
     WHERE hc.code_id IN (${placeholders(codes.length)})`,
    codes,
  );
  return new Set(rows.map((row) => row.article_id));
}

export function filterPredicate(
  q: ReadQuery,
  catalogue: SearchCatalogue,
  filters: SearchFilters,
): ((entry: CatalogueEntry) => boolean) | null {
  const tests: ((entry: CatalogueEntry) => boolean)[] = [];
  if (filters.tags?.length) {
    const ids = idsWithAllTags(q, filters.tags);
    tests.push((entry) => ids.has(entry.id));
  }
  if (filters.codes?.length) {
    const ids = idsWithAnyCode(q, filters.codes);
    tests.push((entry) => ids.has(entry.id));
  }
  if (filters.sources?.length) {
    const sources = new Set(filters.sources);
    tests.push((entry) => entry.source !== null && sources.has(entry.source));
  }
  if (filters.places?.length) {
    const places = new Set(filters.places);
    tests.push((entry) => entry.places.some((place) => places.has(place)));
  }
  const { dateFrom, dateTo } = filters;
  if (dateFrom || dateTo) {
    // A month or a year matches when the days it stands for meet the range.
    tests.push((entry) => {
      const span = dateSpan(entry.date);
      return span !== null && (!dateFrom || span.last >= dateFrom) && (!dateTo || span.first <= dateTo);
    });
  }
  if (filters.docNumber) {
    const wanted = foldForSearch(filters.docNumber.trim());
    tests.push((entry) => entry.docNumber !== null && foldForSearch(entry.docNumber).includes(wanted));
  }
  if (filters.importBatches?.length) {
    const batches = new Set(filters.importBatches);
    tests.push((entry) => batches.has(catalogue.importBatchOf(entry.id) ?? -1));
  }
  if (filters.hasNotes !== undefined) {
    const wanted = filters.hasNotes;
    tests.push((entry) => entry.hasNote === wanted);
  }
  if (filters.reprints === true) {
    tests.push((entry) => entry.duplicateOf !== null || catalogue.isOriginalOfReprints(entry.id));
  } else if (filters.reprints === false) {
    tests.push((entry) => entry.duplicateOf === null);
  }
  return tests.length === 0 ? null : (entry) => tests.every((test) => test(entry));
}
