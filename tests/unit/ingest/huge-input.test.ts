// Pages shaped like the huge and hostile ones of issue 11, at sizes that keep the test quick: the
// same shape (one paragraph without punctuation, nesting 100,000 deep) fails the same way.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { charLength } from '../../../src-main/node/ingest/line-shapes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('huge and hostile HTML', () => {
  it('imports a page that is one long paragraph without punctuation', () => {
    const paragraph = '衢州智造新城签约锂电新材料项目总投资五十亿元'.repeat(5000);
    const page = `<html><head><title>单段长文</title></head><body><p>${paragraph}</p></body></html>`;
    const outcome = ingestFile(utf8(page), '/x/one-paragraph.html');
    expect(outcome.skipped).toEqual([]);
    expect(outcome.articles[0]?.cleanText).toBe(paragraph);
  });

  it('imports a page nested 100,000 elements deep instead of failing the file', () => {
    const depth = 100_000;
    const inner = '<p>衢州智造新城签约锂电新材料项目，总投资50亿元。项目建成后年产值预计超过百亿元。</p>';
    const page = `<html><head><title>深层页面</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
    const outcome = ingestFile(utf8(page), '/x/deep.html');
    expect(outcome.skipped).toEqual([]);
    expect(outcome.articles[0]?.cleanText).toContain('总投资50亿元');
  });

  it('counts characters of a long text, astral ones once', () => {
    expect(charLength('𠮷野家'.repeat(100_000))).toBe(300_000);
    expect(charLength('\uD800x')).toBe(2);
  });
});
