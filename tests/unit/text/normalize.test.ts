// The one normalisation pass: every stored offset (highlights, search hits, exports) counts UTF-16
// code units into its output, so its policy is pinned here case by case, and so is the property the
// offsets rely on: the stored text is a fixed point (normalising it again changes nothing).
import { describe, expect, it } from 'vitest';
import { normalizeCleanText, normalizeRawText, toParagraphs } from '../../../src-main/common/text/normalize';

describe('normalizeRawText', () => {
  it('drops a leading BOM and turns CRLF and lone CR into LF', () => {
    expect(normalizeRawText('\uFEFF衢州\r\n锂电\r产业\n')).toBe('衢州\n锂电\n产业\n');
  });

  it('composes to NFC: a decomposed é and a composed é are the same character', () => {
    const decomposed = 'Cafe\u0301 衢州';
    expect(normalizeRawText(decomposed)).toBe('Caf\u00E9 衢州');
    expect(normalizeRawText(decomposed)).toHaveLength(decomposed.length - 1);
  });

  it('maps a CJK compatibility ideograph to its unified form (NFC does), but keeps full-width letters and digits (no NFKC)', () => {
    expect(normalizeRawText('\uF91D杆')).toBe('\u6B04杆');
    expect(normalizeRawText('ＧＤＰ增长５％')).toBe('ＧＤＰ增长５％');
  });

  it('removes zero-width characters scrapers leave inside words', () => {
    expect(normalizeRawText('衢\u200B州\u200C智\u200D造\u2060新\uFEFF城')).toBe('衢州智造新城');
  });

  it('composes a letter and its mark that a zero-width character kept apart, in one pass', () => {
    const once = normalizeRawText('Cafe\u200B\u0301');
    expect(once).toBe('Caf\u00E9');
    expect(normalizeRawText(once)).toBe(once);
  });

  it('keeps characters outside the BMP whole (two code units each)', () => {
    const text = normalizeRawText('𠮷野家\r\n𠮷祥路');
    expect(text).toBe('𠮷野家\n𠮷祥路');
    expect(text.indexOf('野')).toBe(2);
  });
});

describe('toParagraphs and normalizeCleanText', () => {
  it('keeps U+3000 and NBSP inside a line, trims them with spaces and tabs at both ends', () => {
    expect(toParagraphs('\u3000\u3000衢州\u3000智造\u00A0新城 \t\n\t签约 项目\u00A0\u3000')).toEqual([
      '衢州\u3000智造\u00A0新城',
      '签约 项目',
    ]);
  });

  it('collapses blank lines (also lines of only spaces) into one "\\n" between paragraphs', () => {
    expect(normalizeCleanText('\n\n第一段\n\n \u3000\n\t\n第二段\r\n\r\n\r\n第三段\n\n')).toBe(
      '第一段\n第二段\n第三段',
    );
  });

  it('is a fixed point on its own output, so a stored offset never moves', () => {
    const raw =
      '\uFEFF\u3000\u3000标题：衢州锂电\r\n\r\n\u3000\u3000Cafe\u0301 与 𠮷野家\u200B在\u00A0杭州 \r\n\t\n\uF91D杆 ＧＤＰ\r';
    const stored = normalizeCleanText(raw);
    expect(stored).toBe('标题：衢州锂电\nCafé 与 𠮷野家在\u00A0杭州\n\u6B04杆 ＧＤＰ');
    expect(normalizeCleanText(stored)).toBe(stored);
    expect(normalizeRawText(stored)).toBe(stored);
    expect(stored.slice(stored.indexOf('𠮷'), stored.indexOf('𠮷') + 2)).toBe('𠮷');
  });

  it('gives an empty text for input with nothing but white space', () => {
    expect(normalizeCleanText('\uFEFF \r\n\u3000\t\n\u200B')).toBe('');
  });
});
