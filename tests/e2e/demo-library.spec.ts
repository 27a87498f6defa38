// First start, as a researcher meets it: the demo library in Chinese, an article opened and read.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();

test('opens on the demo library, in Chinese, with nothing remote and no console errors', async ({ page }) => {
  const watched = watchPage(page);
  const eventStreamOpen = page.waitForResponse((response) => response.url().endsWith('/api/events'));
  await openApp(page, host.current);

  await expect(page).toHaveTitle(/ — 智研 Zhiyan$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('file-menu')).toHaveText('文件');
  await expect(page.getByRole('heading', { name: '文献库' })).toBeVisible();
  await expect(page.getByTestId('library-count')).toHaveText(/^\d+ 篇$/);
  expect(await page.getByTestId('article-item').count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId('project-name')).toHaveText('演示项目');
  // The codebook and saved searches are honest about being empty.
  await expect(page.getByTestId('codebook-section')).toContainText('编码本还是空的');
  await expect(page.getByTestId('searches-section')).toContainText('还没有保存的检索');
  await expect(page.getByTestId('reader-empty')).toContainText('选择一篇文献开始阅读');

  // The token has left the address bar.
  expect(page.url()).not.toContain('token=');

  await page.getByTestId('article-item').first().click();
  await expect(page.getByTestId('article-text')).toBeVisible();
  // Not 'networkidle': the event stream stays open for the life of the page. Wait for the late work
  // to have landed instead: the note has loaded (its box turns editable, the status says autosave)
  // and the event stream has answered.
  await expect(page.getByTestId('note-input')).toBeEditable();
  await expect(page.getByTestId('note-status')).toHaveText('自动保存');
  expect((await eventStreamOpen).ok()).toBe(true);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test('shows an article’s clean text and metadata, and the original beside it', async ({ page }) => {
  await openApp(page, host.current);
  const item = page.getByTestId('article-item').nth(1);
  const listTitle = (await item.getByTestId('article-title-cell').textContent())?.trim() ?? '';
  await item.click();

  await expect(item).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('article-title')).toHaveText(listTitle);
  const header = page.getByTestId('article-header');
  for (const label of ['来源', '日期', '作者', '编码', '版式']) await expect(header).toContainText(label);
  await expect(page.getByTestId('article-file')).toHaveText(/\.(txt|md|html?)$/);

  const paragraphs = page.getByTestId('article-text').locator('p');
  expect(await paragraphs.count()).toBeGreaterThan(1);
  const body = (await page.getByTestId('article-text').textContent()) ?? '';
  expect(body).toMatch(/[\u4e00-\u9fff]{20}/);
  // Cleaned text, not markup: no tags survive.
  expect(body).not.toMatch(/<\/?[a-z][^>]*>/i);

  // What is on screen is the stored clean text, character for character (highlights will rely on it).
  const articleId = Number(await item.getAttribute('data-article-id'));
  const cleanText = await page.evaluate(async (id) => {
    const response = await fetch('/api/call/getArticle', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Zhiyan-Token': sessionStorage.getItem('zhiyan.token') ?? '',
      },
      body: JSON.stringify({ id }),
    });
    return ((await response.json()) as { value: { cleanText: string } }).value.cleanText;
  }, articleId);
  const expected = cleanText.split('\n').filter((paragraph) => paragraph.trim() !== '');
  expect(await paragraphs.allTextContents()).toEqual(expected);

  await page.getByTestId('toggle-original').click();
  await expect(page.getByTestId('original-text')).toBeVisible();
  await expect(page.getByText('原始文本（解码后，清洗前）')).toBeVisible();
  await page.getByTestId('toggle-original').click();
  await expect(page.getByTestId('original-text')).toBeHidden();
});

test('j and k step through the table; sorting by date reorders it', async ({ page }) => {
  await openApp(page, host.current);
  const items = page.getByTestId('article-item');
  await items.first().click();
  const firstTitle = await page.getByTestId('article-title').textContent();

  await page.locator('body').press('j');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('article-title')).not.toHaveText(firstTitle ?? '');
  await page.locator('body').press('k');
  await expect(items.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('article-title')).toHaveText(firstTitle ?? '');

  await page.getByTestId('column-date').click();
  await expect(page.getByTestId('column-date')).toHaveAttribute('aria-sort', 'descending');
  // Newest first; dates without a year and articles without a date come after.
  await expect
    .poll(async () => {
      const dates = await page.getByTestId('article-date-cell').allTextContents();
      const fullDates = dates.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date));
      return fullDates.length > 1 && fullDates.join() === [...fullDates].sort().reverse().join();
    })
    .toBe(true);
});

test('looks deliberate at 1280×800 and 1920×1080', async ({ page }, testInfo) => {
  await openApp(page, host.current);
  await page.getByTestId('article-item').nth(1).click();
  await expect(page.getByTestId('article-text')).toBeVisible();
  await page
    .getByTestId('note-input')
    .fill('合肥：“链长制”清单化管理，半径 100 公里配齐零部件。\n→ 对比衢州新材料产业园的招商政策。');
  await expect(page.getByTestId('note-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('note-input').blur();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: testInfo.outputPath('library-1280x800.png') });
  if (process.env['ZHIYAN_UPDATE_SCREENSHOT']) {
    await page.screenshot({ path: path.resolve(__dirname, '..', '..', 'docs', 'screenshot.png') });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('toggle-original').click();
  await expect(page.getByTestId('original-text')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('compare-1920x1080.png') });

  // Nothing spills out of the window at either size.
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
  expect(overflow).toBe(false);
});
