// The article date's shapes: what a researcher may type, what a date stands for in a filter, and
// how a citation writes it.
import { describe, expect, it } from 'vitest';
import {
  citationDate,
  datePrecisionOf,
  dateSortKey,
  dateSpan,
  isArticleDate,
  parseDateInput,
} from '../../../src-main/common/model/article-date';
import { applyEdits, keepEdits } from '../../../src-main/node/services/article-edits/edit-fields';

describe('article dates', () => {
  it('reads the precision from the shape', () => {
    expect(['2023-05-08', '2023-05', '2023', '--05-08', null, '5/8'].map(datePrecisionOf)).toEqual([
      'day',
      'month',
      'year',
      'month-day',
      'none',
      'none',
    ]);
  });

  it('accepts only real dates', () => {
    expect(['2024-02-29', '--02-29', '2023-12', '1949'].every(isArticleDate)).toBe(true);
    expect(
      ['2023-02-29', '2023-04-31', '2023-00', '2023-13', '--00-10', '0999', '2023-5'].some(isArticleDate),
    ).toBe(false);
  });

  it('parses what a researcher types', () => {
    const cases: [string, string | null | undefined][] = [
      ['2023-05-08', '2023-05-08'],
      ['2023/5/8', '2023-05-08'],
      ['2023.5.8', '2023-05-08'],
      ['2023年5月8日', '2023-05-08'],
      ['2023 年 5 月', '2023-05'],
      ['2023-5', '2023-05'],
      ['2023年', '2023'],
      ['2023', '2023'],
      ['5月8日', '--05-08'],
      ['--05-08', '--05-08'],
      ['', null],
      ['2023年2月30日', undefined],
      ['昨天', undefined],
    ];
    for (const [text, date] of cases) expect(parseDateInput(text)?.date, text).toBe(date);
  });

  it('gives a partial date the span of days it stands for, none to a date without a year', () => {
    expect(dateSpan('2023-05-08')).toEqual({ first: '2023-05-08', last: '2023-05-08' });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan('2023')).toEqual({ first: '2023-01-01', last: '2023-12-31' });
    expect(dateSpan('--05-08')).toBeNull();
    // A month-day has no year to sort among dated articles by (date-sort.test.ts: it sorts after them).
    expect(dateSortKey('--05-08', 'asc')).toBe('--05-08');
    // A partial date is filled out to sort after the days it spans, in either direction.
    expect(dateSortKey('2023-05', 'asc')).toBe('2023-05-99');
    expect(dateSortKey('2023', 'desc')).toBe('2023-00-00');
    expect(dateSortKey(null, 'asc')).toBeNull();
  });

  it('writes partial dates in words in citations', () => {
    expect(['2023-05-08', '2023-05', '2023', '--03-08', null].map(citationDate)).toEqual([
      '2023-05-08',
      '2023年5月',
      '2023年',
      '3月8日（未注明年份）',
      null,
    ]);
  });
});

describe('edited marks', () => {
  const article = {
    id: 1,
    values: {
      title: '原标题',
      date: { date: '2023-05-08', precision: 'day' as const },
      source: '来源甲',
      author: null,
      docNumber: null,
      places: ['衢州市'],
    },
    edited: {},
  };

  it('marks a changed field with the value it replaced, and nothing for an unchanged one', () => {
    const next = applyEdits(article, { title: '新标题', source: '来源甲', places: ['衢州市'] })!;
    expect(next.values.title).toBe('新标题');
    expect(next.edited).toEqual({ title: '原标题' });
    expect(applyEdits(article, { source: '来源甲' })).toBeNull();
  });

  it('keeps edited values through a re-import and records the new findings', () => {
    const edited = applyEdits(article, { date: { date: '2023', precision: 'year' } })!;
    const found = {
      ...article.values,
      title: '新识别的标题',
      date: { date: '2023-05-09', precision: 'day' as const },
    };
    expect(keepEdits(found, edited)).toEqual({
      values: { ...found, date: { date: '2023', precision: 'year' } },
      edited: { date: { date: '2023-05-09', precision: 'day' } },
    });
  });
});
