// Reading two articles side by side: a reprint beside its original with what the reprint changed
// marked, an article dragged from the library onto the reader, annotating in the right pane, and
// Escape closing it.
import { expect, test, type Page } from '@playwright/test';
import type { Highlight } from '../../src-main/common/model/annotation';
import { callApi, dragSelect } from './support/reader-page';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();
const SHOTS = process.env['ZHIYAN_SHOTS_DIR'];
const ARTICLE_TYPE = 'application/x-zhiyan-article';

/** What the library's rows do when dragged: carry the article id under our own type. */
async function dropArticle(page: Page, articleId: number, paneIndex: number): Promise<void> {
  await page.evaluate(
    ([id, type, index]) => {
      const pane = document.querySelector(`[data-testid="reader"][data-pane="${index}"]`);
      if (!pane) throw new Error('no such pane');
      const transfer = new DataTransfer();
      transfer.setData(type as string, String(id));
      for (const name of ['dragover', 'drop']) {
        pane.dispatchEvent(new DragEvent(name, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    [articleId, ARTICLE_TYPE, paneIndex] as const,
  );
}

test('a reprint beside its original shows what it added and dropped', async ({ page }) => {
  const watcher = watchPage(page);
  await openApp(page, host.current);
  await page.getByTestId('article-item').filter({ hasText: '转载' }).click();
  const reprintTitle = (await page.getByTestId('article-title').textContent()) ?? '';
  await page.getByTestId('compare-original').click();

  const left = page.locator('[data-testid="reader"][data-pane="0"]');
  const right = page.locator('[data-testid="reader"][data-pane="1"]');
  await expect(right.getByTestId('article-title')).toHaveText(reprintTitle);
  await expect(left.getByTestId('article-title')).toContainText('宜宾');
  await expect(right.getByTestId('toggle-diff')).toHaveClass(/n-switch--active/);
  await expect(right.locator('ins.zy-diff--added').first()).toBeVisible();
  await expect(left.locator('del.zy-diff--removed').first()).toBeVisible();
  await expect(right.getByTestId('diff-summary')).toContainText('新增');
  // Marking changes never changes the text.
  const leftText = await left.getByTestId('article-text').locator('p').allTextContents();
  await right.getByTestId('toggle-diff').click();
  await expect(right.locator('ins.zy-diff--added')).toHaveCount(0);
  expect(await left.getByTestId('article-text').locator('p').allTextContents()).toEqual(leftText);
  await right.getByTestId('toggle-diff').click();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/compare-diff-1280.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${SHOTS}/compare-diff-1920.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  await page.keyboard.press('Escape');
  await expect(right).toHaveCount(0);
  await expect(left.getByTestId('article-title')).toContainText('宜宾');
  expect(watcher.consoleErrors).toEqual([]);
});

test('an article dropped on the reader opens beside it; the right pane annotates on its own', async ({ page }) => {
  await openApp(page, host.current);
  const items = page.getByTestId('article-item');
  await items.nth(0).click();
  const leftTitle = (await page.getByTestId('article-title').textContent()) ?? '';
  const otherId = Number(await items.nth(4).getAttribute('data-article-id'));
  await dropArticle(page, otherId, 0);

  const left = page.locator('[data-testid="reader"][data-pane="0"]');
  const right = page.locator('[data-testid="reader"][data-pane="1"]');
  await expect(left.getByTestId('article-title')).toHaveText(leftTitle);
  await expect(right.getByTestId('article-title')).not.toHaveText(leftTitle);
  const rightTitle = (await right.getByTestId('article-title').textContent()) ?? '';

  // Select in the right pane and highlight it there.
  const paragraph = right.getByTestId('article-text').locator('p').nth(1);
  const text = (await paragraph.textContent()) ?? '';
  await dragSelect(page, { paragraph, index: 1 }, { paragraph, index: 6 });
  await page.getByTestId('toolbar-highlight').click();
  await expect(paragraph.locator('.zy-hl')).toHaveText(text.slice(1, 7));
  await expect(left.locator('.zy-hl')).toHaveCount(0);
  const stored = await callApi<Highlight[]>(page, 'listHighlights', { articleId: otherId });
  expect(stored.map((h) => h.exact)).toEqual([text.slice(1, 7)]);
  // The note panel follows the pane worked in.
  await expect(page.getByTestId('note-input')).toBeVisible();

  // Find works in the active pane only.
  await right.getByTestId('article-title').click();
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill(text.slice(1, 3));
  await expect(right.locator('mark.zy-hit').first()).toBeVisible();
  await expect(left.locator('mark.zy-hit')).toHaveCount(0);
  await page.getByTestId('find-input').press('Escape');

  // The close button, then a reload: the highlight is still there.
  await right.getByTestId('close-compare').click();
  await expect(right).toHaveCount(0);
  await page.reload();
  await items.nth(4).click();
  await expect(page.getByTestId('article-title')).toHaveText(rightTitle);
  await expect(page.getByTestId('article-text').locator('p').nth(1).locator('.zy-hl')).toHaveText(text.slice(1, 7));
});

test('对照阅读 opens an empty second pane that takes the next article picked', async ({ page }) => {
  await openApp(page, host.current);
  const items = page.getByTestId('article-item');
  await items.nth(1).click();
  await page.getByTestId('start-compare').click();
  await expect(page.getByTestId('compare-empty')).toBeVisible();
  await items.nth(2).click();
  const right = page.locator('[data-testid="reader"][data-pane="1"]');
  await expect(right.getByTestId('article-title')).toBeVisible();
  await expect(page.locator('[data-testid="reader"][data-pane="0"]').getByTestId('article-title')).toBeVisible();
});
