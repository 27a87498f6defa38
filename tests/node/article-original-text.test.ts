// The reader asks for an article without its original text (a huge .txt has as many characters of
// it as of clean text, all of them copied and JSON-encoded on the way to the window) and fetches
// the original alone when "对照原文" is shown.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Article, ArticlePage } from '../../src-main/common/model/article';
import { createEngine } from '../../src-main/node/engine/engine';
import { makeTempDir } from './support/temp-project';

it('getArticle leaves the original text out on request; getOriginalText gives it alone', async () => {
  const dataDir = makeTempDir('original');
  const corpus = makeTempDir('original-corpus');
  const file = '衢州新材料\n\n发布时间:2023-12-29 10:00:00 来源:衢州日报\n\n衢州智造新城围绕新材料产业链招商引资。\n';
  fs.writeFileSync(path.join(corpus, 'a.txt'), file);
  const engine = createEngine({ dataDir, resourcesDir: path.resolve('resources'), host: 'browser', appVersion: 'test' });
  await engine.start();
  const call = async <T>(method: string, args: object): Promise<T> => {
    const result = await engine.dispatch(method, args);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
    return result.value as T;
  };
  try {
    await call('createProject', { path: path.join(dataDir, 'p.zhiyan') });
    await call('importPaths', { paths: [corpus] });
    const { items } = await call<ArticlePage>('listArticles', { offset: 0, limit: 10 });
    const id = items[0]!.id;
    const whole = await call<Article>('getArticle', { id });
    expect(whole.originalText).toContain('来源:衢州日报');
    const lean = await call<Article>('getArticle', { id, original: false });
    expect(lean.originalText).toBe('');
    expect(lean.cleanText).toBe(whole.cleanText);
    expect(await call<string>('getOriginalText', { id })).toBe(whole.originalText);
    const missing = await engine.dispatch('getOriginalText', { id: id + 100 });
    expect(missing.ok ? null : missing.error.code).toBe('ARTICLE_NOT_FOUND');
  } finally {
    await engine.shutdown();
  }
});
