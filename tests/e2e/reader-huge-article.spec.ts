// A huge article (2.5 million characters, generated here) reads like any other: it opens with only
// what is on screen in the page, scrolls to its end, Ctrl+F finds a term near the end that was not
// drawn yet and scrolls to it, a passage there can be highlighted and clicked, and 对照原文 shows
// the original text without putting all of it in the page.
import { expect, test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Highlight } from '../../src-main/common/model/annotation';
import type { ArticlePage } from '../../src-main/common/model/article';
import { callApi, dragSelect } from './support/reader-page';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();
const TITLE = '超长文献窗口渲染测试';
const TERM = '终章检索标记';
const PHRASES = [
  '衢州智造新城围绕新材料产业链招商引资，',
  '首批入驻的十二个项目涵盖氟精细化学品和锂电池隔膜材料，',
  '从签约到开工的平均时间由九个月压缩到四个月左右。',
  '营商环境持续优化，审批事项实行清单化管理。',
];

/** ~2.5 M characters: ordinary paragraphs, one of 150,000 characters in the middle, the term near the end. */
function hugeArticle(): string {
  const paragraphs: string[] = [];
  let length = 0;
  let i = 0;
  while (length < 2_500_000) {
    const size = paragraphs.length === 6_000 ? 150_000 : 190;
    let paragraph = '';
    while (paragraph.length < size) paragraph += PHRASES[i++ % PHRASES.length];
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  paragraphs.splice(paragraphs.length - 3, 0, `附记：本段含有${TERM}，用于检验查找能否跳到尚未绘制的位置。`);
  paragraphs.push('全文完。');
  return `${TITLE}\n\n${paragraphs.join('\n\n')}\n`;
}

async function scrollToEnd(page: Page): Promise<void> {
  const scroller = page.getByTestId('reader').locator('.reader__scroll');
  // Heights below are estimates until drawn, so the end moves a little as it comes into view.
  for (let round = 0; round < 10; round++) {
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.waitForTimeout(100);
    if (await page.getByTestId('article-text').getByText('全文完。').isVisible()) return;
  }
}

test('a 2.5-million-character article opens, scrolls, finds near its end and takes a highlight', async ({ page }) => {
  test.setTimeout(180_000);
  const watcher = watchPage(page);
  const folder = path.join(host.current.dataDir, 'huge');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'huge.txt'), hugeArticle());
  await openApp(page, host.current);
  await callApi(page, 'importPaths', { paths: [folder] });
  const listed = await callApi<ArticlePage>(page, 'listArticles', { offset: 0, limit: 100, sort: 'imported-desc' });
  const id = listed.items.find((item) => item.title === TITLE)!.id;
  await page.reload();
  // The window saw the import's progress, so after the reload it still shows the unread report.
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  const item = page.locator(`[data-testid="article-item"][data-article-id="${id}"]`);
  await item.click();
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('data-article-id', String(id), { timeout: 60_000 });
  await expect(text.locator('p').first()).toContainText('衢州智造新城');

  // Only what is on (and near) the screen is in the page.
  expect(await text.locator('p').count()).toBeLessThan(200);

  await scrollToEnd(page);
  await expect(text.getByText('全文完。')).toBeVisible();
  expect(await text.locator('p').count()).toBeLessThan(200);

  // Back to the top, then find the term near the end: it is drawn and scrolled to.
  await page.getByTestId('reader').locator('.reader__scroll').evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(text.getByText('全文完。')).toHaveCount(0);
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill(TERM);
  await expect(page.getByTestId('find-count')).toHaveText('1 / 1');
  const hit = text.locator('mark.zy-hit--current');
  await expect(hit).toHaveText(TERM);
  await expect(hit).toBeInViewport();

  // Highlight the sentence with the term in it, then click the highlight.
  const offset = await text.locator('p:has(mark.zy-hit--current)').getAttribute('data-offset');
  const paragraph = text.locator(`p[data-offset="${offset}"]`);
  const content = (await paragraph.textContent()) ?? '';
  const from = content.indexOf(TERM);
  await page.keyboard.press('Escape');
  await dragSelect(page, { paragraph, index: from }, { paragraph, index: from + TERM.length - 1 });
  await page.getByTestId('toolbar-highlight').click();
  await expect(paragraph.locator('.zy-hl')).toHaveText(TERM);
  const stored = await callApi<Highlight[]>(page, 'listHighlights', { articleId: id });
  expect(stored.map((highlight) => highlight.exact)).toEqual([TERM]);
  await paragraph.locator('.zy-hl').click();
  await expect(page.getByTestId('highlight-popover')).toBeVisible();
  await page.keyboard.press('Escape');

  // 对照原文: the original text (as long as the article) is fetched and drawn a window at a time.
  await page.getByTestId('toggle-original').click();
  const original = page.getByTestId('original-text');
  await expect(original).toContainText('衢州智造新城', { timeout: 60_000 });
  expect(await original.locator('[data-chunk]').count()).toBeLessThan(50);
  await page.getByTestId('reader').locator('.reader__scroll').evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(original.locator('[data-chunk]').first()).toContainText(TITLE);
  await page.getByTestId('toggle-original').click();
  await expect(original).toBeHidden();
  expect(watcher.consoleErrors).toEqual([]);
});
