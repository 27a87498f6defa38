import type { SavedSearch, SearchFilters } from '../../../common/model/search';
import type { ReadQuery, WriteQuery } from '../query';

interface Row {
  id: number;
  name: string;
  query: string;
  filters_json: string;
  created_at: string;
}

const toSavedSearch = (row: Row): SavedSearch => ({
  id: row.id,
  name: row.name,
  query: row.query,
  filters: JSON.parse(row.filters_json) as SearchFilters,
  createdAt: row.created_at,
});

export function listSavedSearches(q: ReadQuery): SavedSearch[] {
  return q.all<Row>('SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE, id').map(toSavedSearch);
}

export function insertSavedSearch(
  q: WriteQuery,
  name: string,
  query: string,
  filters: SearchFilters,
  now: string,
): SavedSearch {
  const { lastInsertRowid } = q.run(
    'INSERT INTO saved_searches (name, query, filters_json, created_at) VALUES (?, ?, ?, ?)',
    [name, query, JSON.stringify(filters), now],
  );
  return toSavedSearch(q.get<Row>('SELECT * FROM saved_searches WHERE id = ?', [lastInsertRowid])!);
}

export function deleteSavedSearch(q: WriteQuery, id: number): boolean {
  return q.run('DELETE FROM saved_searches WHERE id = ?', [id]).changes > 0;
}
