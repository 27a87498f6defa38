import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src-main/node/ingest/front-matter';

describe('parseFrontMatter', () => {
  it('reads quoted values and lists', () => {
    const parsed = parseFrontMatter(
      "\n---\ntitle: 'It''s 衢州'\ncategories: \n - 新媒体\n - 分类\ncomments: false\n---\n<p>正文</p>",
    );
    expect(parsed?.fields).toEqual({ title: "It's 衢州", categories: ['新媒体', '分类'], comments: 'false' });
    expect(parsed?.body.trim()).toBe('<p>正文</p>');
    expect(parsed?.wellFormed).toBe(true);
  });

  it('still takes the fields of front matter that never closes', () => {
    const parsed = parseFrontMatter('---\ntitle: 标题\ndate: 2022-07-08\n<p>正文</p>');
    expect(parsed?.fields).toEqual({ title: '标题', date: '2022-07-08' });
    expect(parsed?.body).toBe('<p>正文</p>');
    expect(parsed?.wellFormed).toBe(false);
  });

  it('is null for text without front matter', () => {
    expect(parseFrontMatter('## 标题\n正文')).toBeNull();
    expect(parseFrontMatter('---\n正文里的分隔线')).toBeNull();
  });
});
