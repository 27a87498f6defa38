import { describe, expect, it } from 'vitest';
import { frontMatterWarnings, parseFrontMatter } from '../../../src-main/node/ingest/front-matter';

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

  it('reads a double-quoted title without its quotes or its trailing comment', () => {
    const parsed = parseFrontMatter('---\ntitle: "衢州：锂电项目签约" # 备注：来自转载\n---\n正文');
    expect(parsed?.fields.title).toBe('衢州：锂电项目签约');
    expect(parsed && frontMatterWarnings(parsed)).toEqual([]);
  });

  it('reads a flow list as a list of its items', () => {
    const parsed = parseFrontMatter('---\ntags: [新能源, 锂电]\ncategories: [趣头条]\n---\n正文');
    expect(parsed?.fields.tags).toEqual(['新能源', '锂电']);
    expect(parsed?.fields.categories).toEqual(['趣头条']);
  });

  it('keeps a folded > value, joined as YAML folds it', () => {
    const parsed = parseFrontMatter(
      '---\ntitle: 标题\nsummary: >\n  衢州智造新城\n  签约锂电项目\ndate: 2024-01-05\n---\n正文',
    );
    expect(parsed?.fields.summary).toBe('衢州智造新城 签约锂电项目\n');
    expect(parsed?.fields.date).toBe('2024-01-05');
  });

  it('keeps every value a string: no booleans, numbers, dates or tags that build objects', () => {
    const parsed = parseFrontMatter(
      '---\ncomments: false\nid: 0012\ndate: 2021-06-18\nrun: !!js/function "function () { return 1 }"\n---\n正文',
    );
    expect(parsed?.fields).toEqual({
      comments: 'false',
      id: '0012',
      date: '2021-06-18',
      run: 'function () { return 1 }',
    });
  });

  it('reads a block that is not YAML line by line, as before, and says so', () => {
    const parsed = parseFrontMatter('---\ntitle: 衢州: 锂电新项目\nsource: 衢州日报\n---\n正文');
    expect(parsed?.fields).toEqual({ title: '衢州: 锂电新项目', source: '衢州日报' });
    expect(parsed?.wellFormed).toBe(true);
    expect(parsed && frontMatterWarnings(parsed).map((w) => w.code)).toEqual(['front-matter-not-yaml']);
  });
});
