// Memos are rendered from Markdown into the page: nothing in them may run, navigate or load.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src-renderer/src/features/notes/render-markdown';

describe('memo Markdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('# 招商思路\n\n- **链长制**\n- `清单`\n\n> 引用');
    expect(html).toContain('<h1>招商思路</h1>');
    expect(html).toContain('<strong>链长制</strong>');
    expect(html).toContain('<code>清单</code>');
    expect(html).toContain('<blockquote>');
  });

  it('escapes raw HTML: no script, iframe or element with an on* handler comes through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n段落<b onclick="x()">粗</b>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<b /i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('turns links into inert text: no href at all, javascript: ones included', () => {
    const html = renderMarkdown(
      '[政府网站](https://www.gov.cn) [点我](javascript:alert(1)) <https://example.com/a>',
    );
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(html).not.toMatch(/href=/i);
    expect(html).toContain('<span class="md-link" title="https://www.gov.cn">政府网站</span>');
    expect(html).not.toMatch(/title="javascript:/i);
  });

  it('shows images as their alt text and loads nothing', () => {
    const html = renderMarkdown(
      '![园区航拍](https://remote.example/p.png "t") ![](data:image/png;base64,AAAA)',
    );
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/src=/i);
    expect(html).not.toContain('remote.example');
    expect(html).toContain('[园区航拍]');
  });
});
