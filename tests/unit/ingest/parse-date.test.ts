import { describe, expect, it } from 'vitest';
import { anchorMonthDay, parseDate } from '../../../src-main/node/ingest/parse-date';

describe('parseDate', () => {
  it.each([
    ['2023-12-30 07:47:00', '2023-12-30'],
    ['发布时间:2018.11.19  点击率:4040', '2018-11-19'],
    ['2023年12月29日', '2023-12-29'],
    ['2021/6/8', '2021-06-08'],
    ['Fri, 18 Jun 2021 09:05:33 GMT', '2021-06-18'],
    // The day as written: a researcher checking the original sees the 18th, not Beijing's 19th.
    ['Fri, 18 Jun 2021 20:00:00 GMT', '2021-06-18'],
    ['2021-06-18T20:00:00Z', '2021-06-18'],
    ['2021-06-18T23:30:00+08:00', '2021-06-18'],
  ])('reads %s as a day', (text, expected) => {
    expect(parseDate(text)).toEqual({ date: expected, precision: 'day' });
  });

  it.each([
    ['中新网衢州12月29日电', '--12-29'],
    ['浙江在线09月18日讯', '--09-18'],
  ])('keeps %s without a year', (text, expected) => {
    expect(parseDate(text)).toEqual({ date: expected, precision: 'month-day' });
  });

  it('rejects impossible dates', () => {
    expect(parseDate('2023-02-30')).toBeNull();
    expect(parseDate('13月01日')).toBeNull();
    expect(parseDate('没有日期')).toBeNull();
  });

  it('gives a dateline the year of a later page date, across new year too', () => {
    expect(
      anchorMonthDay({ date: '--12-29', precision: 'month-day' }, { date: '2023-12-30', precision: 'day' }),
    ).toEqual({ date: '2023-12-29', precision: 'day' });
    expect(
      anchorMonthDay({ date: '--12-31', precision: 'month-day' }, { date: '2024-01-02', precision: 'day' }),
    ).toEqual({ date: '2023-12-31', precision: 'day' });
    expect(
      anchorMonthDay({ date: '--03-01', precision: 'month-day' }, { date: '2024-12-30', precision: 'day' }),
    ).toBeNull();
  });
});
