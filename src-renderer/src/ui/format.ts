// Display formatting shared by the views. Pure functions: the translation function is passed in.
import type { MessageKey, MessageParams } from '../i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * `2023-09-18` as is; a month or a year in words (2023年9月, 2023年); `--09-18` (no year in the
 * source) says so; null reads "no date". In Chinese the words are those of the reports and the
 * spreadsheet exports (common/model/article-date.ts citationDate), so a date reads the same in the
 * app and in what it exports (tests/unit/renderer/format.test.ts holds them together).
 */
export function formatArticleDate(date: string | null, t: Translate): string {
  if (!date) return t('library.noDate');
  if (date.startsWith('--'))
    return t('library.yearUnknown', {
      date: date.slice(2),
      month: Number(date.slice(2, 4)),
      day: Number(date.slice(5, 7)),
    });
  if (/^\d{4}$/.test(date)) return t('edit.dateYear', { year: date });
  if (/^\d{4}-\d{2}$/.test(date)) return t('edit.dateMonth', { year: date.slice(0, 4), month: Number(date.slice(5)) });
  return date;
}

export function formatDuration(totalSeconds: number, t: Translate): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return t('time.seconds', { s: seconds });
  if (seconds < 3600) return t('time.minutes', { m: Math.floor(seconds / 60), s: seconds % 60 });
  return t('time.hours', { h: Math.floor(seconds / 3600), m: Math.floor((seconds % 3600) / 60) });
}

/** The last part of a path, for either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Paragraphs of the clean text: stored joined by "\n", blank lines carry no paragraph. */
export function splitParagraphs(cleanText: string): string[] {
  return cleanText.split('\n').filter((paragraph) => paragraph.trim() !== '');
}

/** What `\s` matches, by UTF-16 unit (all of it is in the BMP). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Counts characters as a reader would: code points, not UTF-16 units, and no whitespace. A loop
 * over char codes (a pair's low half is not counted again), because iterating a 10-million-
 * character article by code point with a regular expression each took over a second.
 */
export function countCharacters(text: string): number {
  let count = 0;
  let afterHigh = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const low = code >= 0xdc00 && code <= 0xdfff;
    if (!(low && afterHigh) && !isSpace(code)) count += 1;
    afterHigh = !low && code >= 0xd800 && code <= 0xdbff;
  }
  return count;
}

/** Local time of an ISO timestamp as HH:MM, or the date when it is not today. */
export function formatSavedTime(iso: string, now = new Date()): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  const sameDay = when.toDateString() === now.toDateString();
  return sameDay
    ? `${pad(when.getHours())}:${pad(when.getMinutes())}`
    : `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}
