// Dates as the scraped pages write them, turned into ISO strings. A date without a year (the
// "09月18日讯" datelines of portals) stays without one: `--MM-DD`, the ISO 8601 form for a month and
// day, so that a researcher sees the gap instead of a guessed year.

export type DatePrecision = 'day' | 'month-day' | 'none';

export interface ParsedDate {
  date: string;
  precision: Exclude<DatePrecision, 'none'>;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isValidDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // A leap year is assumed when the year is unknown, so 02月29日 stays possible.
  const probeYear = year ?? 2000;
  const daysInMonth = new Date(Date.UTC(probeYear, month, 0)).getUTCDate();
  return day <= daysInMonth && (year === null || (year >= 1900 && year <= 2100));
}

function dayDate(year: number, month: number, day: number): ParsedDate | null {
  return isValidDay(year, month, day)
    ? { date: `${year}-${pad2(month)}-${pad2(day)}`, precision: 'day' }
    : null;
}

export function monthDayDate(month: number, day: number): ParsedDate | null {
  return isValidDay(null, month, day)
    ? { date: `--${pad2(month)}-${pad2(day)}`, precision: 'month-day' }
    : null;
}

// A date is the calendar day the file writes, whatever time and zone follow it: "Fri, 18 Jun 2021
// 20:00:00 GMT" is the 18th. Converting to Beijing time would date the article a day later than
// what a researcher sees in the original, and the crawlers that write GMT did not convert either.
// "Fri, 18 Jun 2021 09:05:33 GMT" (RFC 2822, as RSS feeds and Hexo front matter write it).
const RFC_2822 = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/;
// "2023-12-30 07:47:00", "2018.11.19", "2021/6/18", "2021-06-18T09:05:33+08:00"
const NUMERIC = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})/;
// "2023年12月29日"
const CHINESE_FULL = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// "12月29日"
const CHINESE_MONTH_DAY = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The first full date (with a year) found in the text, or null. */
export function parseFullDate(text: string): ParsedDate | null {
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const parsed = dayDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    if (parsed) return parsed;
  }
  const chinese = CHINESE_FULL.exec(text);
  if (chinese) {
    const parsed = dayDate(Number(chinese[1]), Number(chinese[2]), Number(chinese[3]));
    if (parsed) return parsed;
  }
  const rfc = RFC_2822.exec(text);
  if (rfc) {
    const month = MONTHS[(rfc[2] ?? '').toLowerCase()];
    if (month !== undefined) return dayDate(Number(rfc[3]), month, Number(rfc[1]));
  }
  return null;
}

/** A full date if there is one, else a month and day ("09月18日"), else null. */
export function parseDate(text: string): ParsedDate | null {
  const full = parseFullDate(text);
  if (full) return full;
  const monthDay = CHINESE_MONTH_DAY.exec(text);
  return monthDay ? monthDayDate(Number(monthDay[1]), Number(monthDay[2])) : null;
}

/**
 * Gives a year to a dateline's month and day using a later full date on the same page (an
 * aggregator's "发布时间"): the story is dated on or shortly before the page. Returns null when the
 * two do not fit within `maxDaysBefore`, in which case the caller keeps the full date.
 */
export function anchorMonthDay(
  monthDay: ParsedDate,
  full: ParsedDate,
  maxDaysBefore = 62,
): ParsedDate | null {
  const [, , mm, dd] = monthDay.date.split('-');
  const [yyyy] = full.date.split('-');
  const fullTime = Date.parse(`${full.date}T00:00:00Z`);
  for (const year of [Number(yyyy), Number(yyyy) - 1]) {
    const candidate = dayDate(year, Number(mm), Number(dd));
    if (!candidate) continue;
    const days = (fullTime - Date.parse(`${candidate.date}T00:00:00Z`)) / 86_400_000;
    if (days >= 0 && days <= maxDaysBefore) return candidate;
  }
  return null;
}

// Pages and crawlers that store time as a number store Unix seconds (10 digits) or milliseconds (13).
const UNIX_SECONDS = /^\d{10}$/;
const UNIX_MILLIS = /^\d{13}$/;
const BEIJING_OFFSET_MS = 8 * 3600_000;

/**
 * A date a page states as data (a <meta> value, JSON-LD, a script variable): a full date, or a
 * Unix time (WeChat's `ct`), which is dated in Beijing time since that is where the page was
 * published and what its reader saw.
 */
export function parseStatedDate(value: string): ParsedDate | null {
  const trimmed = value.trim();
  const millis = UNIX_SECONDS.test(trimmed)
    ? Number(trimmed) * 1000
    : UNIX_MILLIS.test(trimmed)
      ? Number(trimmed)
      : null;
  if (millis === null) return parseFullDate(trimmed);
  const iso = new Date(millis + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-').map(Number);
  return dayDate(year ?? 0, month ?? 0, day ?? 0);
}
