import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src-main/node/ingest/html-to-text';
import { decodeHtmlAttribute, decodeHtmlEntities } from '../../../src-main/node/ingest/html-entities';
import { htmlPage } from '../../../src-main/node/ingest/layouts/html-page';

describe('HTML character references', () => {
  it('decodes every HTML5 name, not only the common ones', () => {
    expect(decodeHtmlEntities('产能&rarr;产值，增速&le;5%，&plusmn;1&permil;，&hellip;')).toBe(
      '产能→产值，增速≤5%，±1‰，…',
    );
    expect(htmlToText('<p>投资&ge;50亿元 &rArr; 重点项目&nbsp;&times;3</p>').text.trim()).toBe(
      '投资≥50亿元 ⇒ 重点项目\u00A0×3',
    );
  });

  it('decodes numeric references and keeps unknown names as written', () => {
    expect(decodeHtmlEntities('&#20010;体 &#x4E2D;国 &#x20BB7; &unknown; a & b')).toBe(
      '个体 中国 𠮷 &unknown; a & b',
    );
  });

  it('leaves an address in an attribute alone where a browser would', () => {
    expect(decodeHtmlAttribute('https://example.cn/a?id=1&copy=2&amp;x=&lt;')).toBe(
      'https://example.cn/a?id=1&copy=2&x=<',
    );
    const page = htmlPage.read(
      '<html><head><link rel="canonical" href="https://www.qz.gov.cn/art?id=7&copy=1"><title>标题</title></head><body><p>衢州正文内容足够长的一段文字。</p></body></html>',
    );
    expect(page.hints.url).toBe('https://www.qz.gov.cn/art?id=7&copy=1');
  });
});
