// Full-text search as a researcher uses it on the demo library: results while typing with the hits
// marked, an article opened at its hits, filters, saved searches that survive a reload, find in the
// article, and traditional characters finding simplified text.
import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();
const SHOTS = process.env['ZHIYAN_SHOTS_DIR'];

async function callApi<T>(page: Page, method: string, args: object): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Zhiyan-Token': sessionStorage.getItem('zhiyan.token') ?? '',
        },
        body: JSON.stringify(body),
      });
      return ((await response.json()) as { value: unknown }).value;
    },
    [method, args] as const,
  ) as Promise<T>;
}

const occurrences = (text: string, term: string): number => text.split(term).length - 1;

async function shot(page: Page, name: string, testInfo: { outputPath: (name: string) => string }) {
  await page.screenshot({ path: testInfo.outputPath(name) });
  if (SHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, name) });
  }
}

test('search as you type: ranked results with marked snippets, opened at the hits', async ({ page }) => {
  const watched = watchPage(page);
  await openApp(page, host.current);
  // "/" goes to the search box from anywhere outside a text field.
  await page.locator('body').press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type('动力电池');

  // 动力电池 is in three demo articles: Hefei's new-energy cars and Yibin's battery report and its reprint.
  await expect(page.getByTestId('search-count')).toHaveText('3 篇');
  await expect(page.getByTestId('search-summary')).toContainText(/用时 \d+ 毫秒/);
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(3);
  const firstSnippet = hits.first().getByTestId('search-snippet').first();
  await expect(firstSnippet.locator('mark').first()).toHaveText('动力电池');

  // ↓ and Enter open the first result; the reader marks every 动力电池 and shows the first one.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(hits.first()).toHaveAttribute('aria-selected', 'true');
  const articleId = Number(await hits.first().getAttribute('data-article-id'));
  const article = await callApi<{ cleanText: string; title: string }>(page, 'getArticle', { id: articleId });
  const marks = page.getByTestId('article-text').locator('mark');
  await expect(marks).toHaveCount(occurrences(article.cleanText, '动力电池'));
  for (const text of await marks.allTextContents()) expect(text).toBe('动力电池');
  await expect(marks.first()).toBeInViewport();

  // Marking keeps the clean text intact, paragraph by paragraph.
  const paragraphs = article.cleanText.split('\n').filter((paragraph) => paragraph.trim() !== '');
  expect(await page.getByTestId('article-text').locator('p').allTextContents()).toEqual(paragraphs);

  // Esc empties the box and the library is back.
  await page.getByTestId('search-input').press('Escape');
  await expect(page.getByTestId('search-input')).toHaveValue('');
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(page.getByTestId('article-text').locator('mark')).toHaveCount(0);
  expect(watched.consoleErrors).toEqual([]);
});

test('a traditional query finds simplified text, and the syntax narrows', async ({ page }) => {
  await openApp(page, host.current);
  const input = page.getByTestId('search-input');
  await input.fill('发展');
  const count = page.getByTestId('search-count');
  await expect(count).toHaveText(/^\d+ 篇$/);
  const simplified = await count.textContent();
  expect(Number.parseInt(simplified ?? '0', 10)).toBeGreaterThan(2);

  await input.fill('發展');
  await expect(count).toHaveText(simplified ?? '');
  await expect(page.getByTestId('search-snippet').first().locator('mark').first()).toHaveText('发展');

  await input.fill('动力电池 -宜宾');
  await expect(count).toHaveText('1 篇');
  await input.fill('衢州 OR 合肥');
  await expect(count).toHaveText('2 篇');
  await input.fill('"产业集群"');
  await expect(count).toHaveText('4 篇');
  await input.fill('ＧＷｈ');
  await expect(count).toHaveText('1 篇');
  await expect(page.getByTestId('search-snippet').first().locator('mark').first()).toHaveText('GWh');
});

test('filters narrow the results, work without a query and clear in one click', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('search-input').fill('发展');
  const count = page.getByTestId('search-count');
  await expect(count).toHaveText(/^\d+ 篇$/);
  const all = Number.parseInt((await count.textContent()) ?? '0', 10);

  await page.getByTestId('search-filters-toggle').click();
  await page.getByTestId('filter-sources').click();
  const option = page.locator('.n-base-select-option').first();
  const label = (await option.textContent()) ?? '';
  const facetCount = Number(/（(\d+)）/.exec(label)?.[1]);
  await option.click();
  await page.keyboard.press('Escape');
  await expect(count).not.toHaveText(`${all} 篇`);
  const narrowed = Number.parseInt((await count.textContent()) ?? '0', 10);
  expect(narrowed).toBeLessThan(all);
  expect(narrowed).toBeLessThanOrEqual(facetCount);

  // No query: the filter alone lists the library, as many as the facet said.
  await page.getByTestId('search-input').fill('');
  await expect(count).toHaveText(`${facetCount} 篇`);

  await page.getByTestId('filters-clear').click();
  await expect(page.getByTestId('library')).toBeVisible();
});

test('a saved search survives a reload, runs again and can be deleted', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('search-input').fill('动力电池');
  await expect(page.getByTestId('search-count')).toHaveText('3 篇');
  await page.getByTestId('save-search').click();
  await expect(page.getByTestId('save-search-name')).toHaveValue('动力电池');
  await page.getByTestId('save-search-name').fill('动力电池产业');
  await page.getByTestId('save-search-confirm').click();
  const saved = page.getByTestId('saved-search');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('动力电池产业');

  await page.reload();
  await page.getByTestId('article-item').first().waitFor();
  await expect(saved).toHaveCount(1);
  await saved.locator('.saved__run').click();
  await expect(page.getByTestId('search-input')).toHaveValue('动力电池');
  await expect(page.getByTestId('search-count')).toHaveText('3 篇');

  await saved.hover();
  await page.getByTestId('saved-search-delete').click();
  await page.getByRole('button', { name: '删除' }).last().click();
  await expect(saved).toHaveCount(0);
  await expect(page.getByTestId('saved-searches-empty')).toBeVisible();
});

test('Ctrl+F finds in the article and steps through the matches', async ({ page }) => {
  await openApp(page, host.current);
  const items = page.getByTestId('article-item');
  let cleanText = '';
  for (let index = 0; index < (await items.count()); index += 1) {
    const id = Number(await items.nth(index).getAttribute('data-article-id'));
    const article = await callApi<{ cleanText: string }>(page, 'getArticle', { id });
    if (occurrences(article.cleanText, '发展') >= 3) {
      await items.nth(index).click();
      cleanText = article.cleanText;
      break;
    }
  }
  const total = occurrences(cleanText, '发展');
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('article-text')).toBeVisible();

  await page.locator('body').press('Control+f');
  await expect(page.getByTestId('find-input')).toBeFocused();
  await page.keyboard.type('發展');
  const position = page.getByTestId('find-count');
  await expect(position).toHaveText(`1 / ${total}`);
  const marks = page.getByTestId('article-text').locator('mark');
  await expect(marks).toHaveCount(total);
  await expect(page.locator('mark.zy-hit--current')).toHaveAttribute('data-hit', '0');
  await page.keyboard.press('Enter');
  await expect(position).toHaveText(`2 / ${total}`);
  await expect(page.locator('mark.zy-hit--current')).toBeInViewport();
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(position).toHaveText(`${total} / ${total}`);
  await page.getByTestId('find-next').click();
  await expect(position).toHaveText(`1 / ${total}`);
  await page.getByTestId('find-input').press('Escape');
  await expect(page.getByTestId('find-bar')).toBeHidden();
  await expect(marks).toHaveCount(0);
});

test('search screens look deliberate at 1280×800 and 1920×1080', async ({ page }, testInfo) => {
  await openApp(page, host.current);
  await page.getByTestId('search-input').fill('发展');
  await expect(page.getByTestId('search-count')).toHaveText(/^\d+ 篇$/);
  await page.getByTestId('search-hit').nth(1).click();
  await expect(page.getByTestId('article-text').locator('mark').first()).toBeVisible();
  await page.mouse.move(0, 0);
  await shot(page, 'search-1280x800.png', testInfo);

  await page.getByTestId('search-filters-toggle').click();
  await page.locator('body').press('Control+f');
  await page.keyboard.type('产业');
  await expect(page.getByTestId('find-count')).toHaveText(/^1 \/ \d+$/);
  await shot(page, 'search-filters-find-1280x800.png', testInfo);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('find-input').press('Escape');
  await page.getByTestId('save-search').click();
  await shot(page, 'search-1920x1080.png', testInfo);
  await page.keyboard.press('Escape');
  await page.getByTestId('search-input').fill('量子计算');
  await expect(page.getByTestId('search-empty')).toContainText('没有找到匹配的文献');
  await shot(page, 'search-empty-1920x1080.png', testInfo);
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
  expect(overflow).toBe(false);
});
