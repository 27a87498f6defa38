// An article's date is one string whose shape says how much of it is known (DatePrecision):
// `2023-05-08` (day), `2023-05` (month), `2023` (year), `--05-08` (month and day, no year). The
// shapes are ISO 8601's own (the last one is its "--MM-DD" without a year), so text order is date
// order among dated articles, and every consumer (sorting, filters, reports, exports) reads the
// precision from the string instead of a second field that could disagree with it.
import type { DatePrecision } from './article';

const SHAPES: readonly [RegExp, Exclude<DatePrecision, 'none'>][] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'day'],
  [/^(\d{4})-(\d{2})$/, 'month'],
  [/^(\d{4})$/, 'year'],
  [/^--(\d{2})-(\d{2})$/, 'month-day'],
];

const daysIn = (year: number | null, month: number): number =>
  // A month-day without a year may be 29 February.
  month === 2
    ? year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** The precision a stored date has; 'none' for null or a string of no known shape. */
export function datePrecisionOf(date: string | null): DatePrecision {
  if (!date) return 'none';
  for (const [shape, precision] of SHAPES) if (shape.test(date)) return precision;
  return 'none';
}

/** Whether `date` is a stored date of a known shape naming a real day, month or year. */
export function isArticleDate(date: string): boolean {
  const precision = datePrecisionOf(date);
  if (precision === 'none') return false;
  const parts = date.replace(/^--/, '').split('-').map(Number);
  if (precision === 'month-day') return validMonthDay(null, parts[0]!, parts[1]!);
  const [year, month, day] = parts as [number, number | undefined, number | undefined];
  if (year < 1000) return false;
  if (month === undefined) return true;
  return day === undefined ? month >= 1 && month <= 12 : validMonthDay(year, month, day);
}

function validMonthDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date as a researcher types it: `2023-05-08`, `2023/5/8`, `2023.5.8`, `2023年5月8日`,
 * `2023-05`, `2023年5月`, `2023`, `2023年`, `--05-08`, `5月8日` (no year). Empty text means "no
 * date" (null). Returns undefined for text that is not a real date in one of these forms.
 */
export function parseDateInput(text: string): { date: string | null } | undefined {
  const input = text.trim().replace(/\s+/g, '');
  if (input === '') return { date: null };
  const full = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?)?年?$/.exec(input);
  let date: string | undefined;
  if (full) {
    const [, year, month, day] = full;
    date = year! + (month ? `-${pad2(Number(month))}` : '') + (day ? `-${pad2(Number(day))}` : '');
  } else {
    const monthDay = /^(?:--)?(\d{1,2})[-/.月](\d{1,2})日?$/.exec(input);
    if (monthDay) date = `--${pad2(Number(monthDay[1]))}-${pad2(Number(monthDay[2]))}`;
  }
  return date !== undefined && isArticleDate(date) ? { date } : undefined;
}

/**
 * The first and last day a date stands for (`2023-05` -> 2023-05-01 .. 2023-05-31), for date
 * filters; null for a date without a year (or none), which no date range can place.
 */
export function dateSpan(date: string | null): { first: string; last: string } | null {
  const precision = datePrecisionOf(date);
  if (!date || precision === 'none' || precision === 'month-day') return null;
  if (precision === 'day') return { first: date, last: date };
  if (precision === 'year') return { first: `${date}-01-01`, last: `${date}-12-31` };
  const [year, month] = date.split('-').map(Number) as [number, number];
  return { first: `${date}-01`, last: `${date}-${pad2(daysIn(year, month))}` };
}

/**
 * Sorting by date, the same way in the library, search results and reports: dated articles first,
 * by what is known of each date; then dates without a year, by month and day; undated last, in
 * either direction. A partial date (2023-05, 2023) comes after the full dates within its span in
 * both directions (it is less exact than they are, not earlier or later), so reversing the order
 * reverses the dates and keeps the partial ones where a reader looks for them.
 */
export type DateSortDirection = 'asc' | 'desc';

/** 0: has a year; 1: month and day without a year; 2: no date. Always ascending. */
export function dateSortGroup(date: string | null): 0 | 1 | 2 {
  const precision = datePrecisionOf(date);
  if (precision === 'none') return 2;
  return precision === 'month-day' ? 1 : 0;
}

/** Fills what a partial date leaves out with what sorts after every real month or day. */
export function dateSortKey(date: string | null, direction: DateSortDirection): string | null {
  const precision = datePrecisionOf(date);
  if (!date || precision === 'none') return null;
  const fill = direction === 'asc' ? '99' : '00';
  if (precision === 'year') return `${date}-${fill}-${fill}`;
  if (precision === 'month') return `${date}-${fill}`;
  return date;
}

/** Compares two stored dates for a sort by date in `direction` (0 when they sort alike). */
export function compareArticleDates(a: string | null, b: string | null, direction: DateSortDirection): number {
  const group = dateSortGroup(a) - dateSortGroup(b);
  if (group !== 0) return group;
  const x = dateSortKey(a, direction);
  const y = dateSortKey(b, direction);
  if (x === null || y === null || x === y) return 0;
  return (direction === 'asc' ? 1 : -1) * (x < y ? -1 : 1);
}

/**
 * A date as a Chinese reader writes it in a citation: full dates as stored (2023-05-08), partial
 * ones in words (2023年5月, 2023年, 5月8日（未注明年份）).
 */
export function citationDate(date: string | null): string | null {
  const precision = datePrecisionOf(date);
  if (!date || precision === 'none') return date;
  if (precision === 'day') return date;
  if (precision === 'year') return `${date}年`;
  if (precision === 'month') return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;
  return `${Number(date.slice(2, 4))}月${Number(date.slice(5, 7))}日（未注明年份）`;
}
