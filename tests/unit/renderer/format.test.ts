import { describe, expect, it } from 'vitest';
import { citationDate } from '../../../src-main/common/model/article-date';
import { translate, type MessageKey, type MessageParams } from '../../../src-renderer/src/i18n';
import {
  baseName,
  countCharacters,
  formatArticleDate,
  formatCount,
  formatDuration,
  missingText,
  orMissing,
  splitParagraphs,
} from '../../../src-renderer/src/ui/format';

const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);

const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('missing metadata and counts', () => {
  it('words each missing field one way, wherever it is shown', () => {
    expect(orMissing(null, 'source', zh)).toBe('来源不详');
    expect(orMissing('  ', 'source', zh)).toBe('来源不详');
    expect(orMissing('浙江日报', 'source', zh)).toBe('浙江日报');
    expect(orMissing(null, 'author', zh)).toBe('作者不详');
    expect(orMissing(null, 'docNumber', zh)).toBe('无文号');
    expect(formatArticleDate(null, zh)).toBe(missingText('date', zh));
    expect(missingText('date', zh)).toBe('无日期');
    expect(orMissing(undefined, 'source', en)).toBe('Unknown source');
    // The renderer and the exports say a date lacks its year in the same words.
    expect(formatArticleDate('--03-08', zh)).toBe(citationDate('--03-08'));
  });

  it('groups the digits of every count as the UI language does', () => {
    expect(formatCount(1234, 'zh-CN')).toBe('1,234');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(999, 'zh-CN')).toBe('999');
  });
});

describe('display formatting', () => {
  it('says when a source gives no year or no date', () => {
    expect(formatArticleDate('2023-09-18', zh)).toBe('2023-09-18');
    // The exports' own wording for a date without a year (citationDate in common/model/article-date.ts).
    expect(formatArticleDate('--09-18', zh)).toBe('9月18日（未注明年份）');
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
