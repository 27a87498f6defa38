// Sorting articles (alias `a`) by date in SQL, as compareArticleDates in common/model/article-date.ts
// does in memory: dates with a year first, then month-days without one (by month and day), then none;
// a year or a month is filled out to sort after the full dates within it, whichever the direction.
// One place for every query that lists articles by date: the library, reports, coded passages.
// Fixed SQL chosen by a closed enum, never user text.

const DATE_GROUP = `CASE WHEN a.date GLOB '[0-9][0-9][0-9][0-9]*' THEN 0 WHEN a.date GLOB '--[0-9][0-9]-[0-9][0-9]' THEN 1 ELSE 2 END`;

/** `ORDER BY` terms for a date sort, ending in the article id (import order) among equal dates. */
export function dateOrder(direction: 'asc' | 'desc'): string {
  const fill = direction === 'asc' ? '99' : '00';
  const key = `CASE WHEN a.date GLOB '[0-9][0-9][0-9][0-9]' THEN a.date || '-${fill}-${fill}'
    WHEN a.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN a.date || '-${fill}' ELSE a.date END`;
  return `${DATE_GROUP}, ${key} ${direction === 'desc' ? 'DESC' : 'ASC'}, a.id ASC`;
}
