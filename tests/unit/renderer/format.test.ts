import { describe, expect, it } from 'vitest';
import { citationDate } from '../../../src-main/common/model/article-date';
import { translate, type MessageKey, type MessageParams } from '../../../src-renderer/src/i18n';
import {
  baseName,
  countCharacters,
  formatArticleDate,
  formatDuration,
  splitParagraphs,
} from '../../../src-renderer/src/ui/format';

const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);

describe('display formatting', () => {
  it('says when a source gives no year or no date', () => {
    expect(formatArticleDate('2023-09-18', zh)).toBe('2023-09-18');
    expect(formatArticleDate('--09-18', zh)).toBe('9月18日（未注明年份）');
    expect(formatArticleDate('--09-18', (key, params) => translate('en', key, params))).toBe(
      '09-18 (year unknown)',
    );
    expect(formatArticleDate(null, zh)).toBe('无日期');
  });

  it('writes a month or a year in words', () => {
    expect(formatArticleDate('2023-05', zh)).toBe('2023年5月');
    expect(formatArticleDate('2023', zh)).toBe('2023年');
    expect(formatArticleDate('2023-05', (key, params) => translate('en', key, params))).toBe('5/2023');
  });

  it('reads a date in Chinese as the reports and the CSV/XLSX exports write it', () => {
    for (const date of ['2023-09-18', '2023-05', '2023', '--09-18', '--12-01'])
      expect(formatArticleDate(date, zh)).toBe(citationDate(date));
  });

  it('writes durations as a person would', () => {
    expect(formatDuration(42.4, zh)).toBe('42 秒');
    expect(formatDuration(130, zh)).toBe('2 分 10 秒');
    expect(formatDuration(3720, zh)).toBe('1 小时 2 分');
  });

  it('splits paragraphs on the stored newlines and drops blank ones', () => {
    expect(splitParagraphs('第一段\n\n第二段\n  \n')).toEqual(['第一段', '第二段']);
  });

  it('counts characters by code point, not UTF-16 unit', () => {
    expect(countCharacters('𠮷野 家')).toBe(3);
  });

  it('takes the file name from either kind of path', () => {
    expect(baseName('/home/me/资料/衢州.txt')).toBe('衢州.txt');
    expect(baseName('C:\\资料\\衢州.txt')).toBe('衢州.txt');
  });
});
