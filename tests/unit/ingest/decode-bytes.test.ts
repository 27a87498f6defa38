import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src-main/node/ingest/decode-bytes';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { fixtureBytes } from './fixture-files';

const TITLE = '丽水生态工业园区招商推介会举行';

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const result = decodeBytes(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decoded(new TextEncoder().encode('衢州新材料')).encoding).toBe('utf-8');
  });

  it('drops a UTF-8 BOM and says it was there', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('合肥')]);
    expect(decoded(bytes)).toEqual({ ok: true, text: '合肥', encoding: 'utf-8-bom' });
  });

  it('reads GBK bytes as GB18030', () => {
    const result = decoded(fixtureBytes('gbk.txt'));
    expect(result.encoding).toBe('gb18030');
    expect(result.text.startsWith(TITLE)).toBe(true);
  });

  it("accepts GB18030's user-defined area bytes that strict GBK rejects (FD A3)", () => {
    const gbk = fixtureBytes('gbk.txt');
    const withMarker = new Uint8Array([...gbk.subarray(0, 30), 0xfd, 0xa3, ...gbk.subarray(30)]);
    expect(decoded(withMarker).encoding).toBe('gb18030');
  });

  it('tells Big5 from GB18030', () => {
    const result = decoded(fixtureBytes('big5.txt'));
    expect(result.encoding).toBe('big5');
    expect(result.text.startsWith('臺南科學園區擴建計畫通過審查')).toBe(true);
  });

  it('reads UTF-16 LE with a BOM and UTF-16 BE without one', () => {
    expect(decoded(fixtureBytes('utf16le-bom.txt'))).toMatchObject({ encoding: 'utf-16le' });
    expect(decoded(fixtureBytes('utf16le-bom.txt')).text.startsWith(TITLE)).toBe(true);
    expect(decoded(fixtureBytes('utf16be-no-bom.txt'))).toMatchObject({ encoding: 'utf-16be' });
    expect(decoded(fixtureBytes('utf16be-no-bom.txt')).text.startsWith(TITLE)).toBe(true);
  });

  it('honours a legacy <meta charset> when the bytes are not UTF-8', () => {
    const head = new TextEncoder().encode('<html><head><meta charset="gb2312"></head><body>');
    const bytes = new Uint8Array([...head, ...fixtureBytes('gbk.txt')]);
    expect(decoded(bytes).encoding).toBe('gb18030');
  });

  it('prefers valid UTF-8 over a page that wrongly declares gbk', () => {
    const bytes = new TextEncoder().encode('<meta charset="gbk"><p>成都电子信息产业</p>');
    expect(decoded(bytes).encoding).toBe('utf-8');
  });

  it('refuses empty and binary files with a plain reason', () => {
    expect(decodeBytes(fixtureBytes('empty.txt'))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeBytes(fixtureBytes('binary.txt'))).toEqual({ ok: false, reason: 'binary' });
  });
});

/** GB18030 bytes for text (Node has no GB encoder): each character's two bytes, found by decoding. */
function encodeGb(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1)
      table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  return new Uint8Array(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? []))),
  );
}

describe('damaged bytes', () => {
  const body = '衢州智造新城签约锂电新材料项目，总投资50亿元，项目建成后年产值预计超过百亿元。';
  const withStray = (encoding: 'utf-8' | 'gb18030', stray: number[]) => {
    const encode = (text: string) =>
      encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.from(encodeGb(text));
    return Buffer.concat([encode(`标题\n\n${body.repeat(20)}`), Buffer.from(stray), encode(body.repeat(5))]);
  };

  it('reads UTF-8 with a stray bad sequence, replacing it, and counts the bad bytes', () => {
    const result = decodeBytes(withStray('utf-8', [0xff, 0xfe, 0x80]));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', damagedBytes: 3 });
    if (result.ok) expect(result.text).toContain(`${body}\uFFFD\uFFFD\uFFFD${body}`);
  });

  it('reads GB18030 with a stray bad byte, and counts it', () => {
    const result = decodeBytes(withStray('gb18030', [0xff]));
    expect(result).toMatchObject({ ok: true, encoding: 'gb18030', damagedBytes: 1 });
  });

  it('still refuses bytes that are mostly undecodable', () => {
    const noise = Buffer.from(Array.from({ length: 3000 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    expect(decodeBytes(noise)).toEqual({ ok: false, reason: 'undecodable' });
  });

  it('an imported file with bad bytes carries a warning naming how many', () => {
    const outcome = ingestFile(withStray('utf-8', [0xc3, 0x28, 0xa0]), '/x/damaged.txt');
    expect(outcome.articles).toHaveLength(1);
    expect(outcome.articles[0]!.cleanText).toContain('\uFFFD');
    expect(outcome.warnings).toEqual([{ code: 'damaged-bytes', detail: '2 bytes' }]);
  });
});
