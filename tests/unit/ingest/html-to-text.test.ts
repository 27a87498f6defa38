import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src-main/node/ingest/html-to-text';
import { tokenizeHtml } from '../../../src-main/node/ingest/html-tokenizer';

describe('htmlToText', () => {
  it('keeps paragraphs and drops scripts, styles, comments, navigation and page chrome', () => {
    const html = `<html><head><title>标题_网站</title><style>p{}</style>
      <script>document.write("<p>脚本</p>")</script></head><body>
      <header>站点头部</header><nav>首页 | 新闻</nav><!-- <p>注释</p> -->
      <p>第一段。</p><div class="related-news">相关新闻</div><p>第二段。</p>
      <section id="comments"><p>评论</p></section><aside>侧栏</aside><footer>页脚</footer>
      <noscript>请启用脚本</noscript><form><input value="搜索"></form></body></html>`;
    const page = htmlToText(html);
    expect(page.text.split('\n').filter(Boolean)).toEqual(['第一段。', '第二段。']);
    expect(page.documentTitle).toBe('标题_网站');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>&ldquo;链长制&rdquo; &amp; &#20010;体 &#x4E2D;国 &unknown;</p>').text.trim()).toBe(
      '“链长制” & 个体 中国 &unknown;',
    );
  });

  it('marks headings with their rank ("# " for h1, "### " for h3) and remembers the first h1', () => {
    const page = htmlToText('<h1>衢州 新材料</h1><p>正文。</p><h2>小标题</h2><p>更多。</p><h3>细目</h3><p>再多。</p>');
    expect(page.text.split('\n').filter(Boolean)).toEqual([
      '# 衢州 新材料',
      '正文。',
      '## 小标题',
      '更多。',
      '### 细目',
      '再多。',
    ]);
    expect(page.firstHeading).toBe('衢州 新材料');
  });

  it('joins Chinese text broken by source line breaks without inventing spaces', () => {
    expect(htmlToText('<p>衢州智造\n   新城，\n氟硅 materials\nand more</p>').text.trim()).toBe(
      '衢州智造新城，氟硅 materials and more',
    );
  });

  it('drops images and hidden elements but keeps text after them', () => {
    expect(
      htmlToText(
        '<p><img src="https://example.invalid/x.jpeg">图后文字</p><div style="display:none">隐藏</div>',
      ).text.trim(),
    ).toBe('图后文字');
  });

  it('reads <meta> tags', () => {
    expect(
      htmlToText('<meta name="Author" content="顾晨曦"><meta property="og:site_name" content="某网">').meta,
    ).toEqual({
      author: '顾晨曦',
      'og:site_name': '某网',
    });
  });
});

describe('tokenizeHtml', () => {
  it('treats a bare "<" in prose as text and honours ">" inside quoted attributes', () => {
    const tokens = [...tokenizeHtml('a < b <a title="x>y" href=\'/\'>链接</a>')];
    expect(tokens).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'text', text: '<' },
      { kind: 'text', text: ' b ' },
      { kind: 'start', name: 'a', attributes: { title: 'x>y', href: '/' }, selfClosing: false },
      { kind: 'text', text: '链接' },
      { kind: 'end', name: 'a' },
    ]);
  });

  it('survives unterminated markup', () => {
    expect(() => [...tokenizeHtml('<p>文字<div class="x')]).not.toThrow();
    expect(htmlToText('<p>文字<!-- 未闭合的注释').text.trim()).toBe('文字');
  });
});
