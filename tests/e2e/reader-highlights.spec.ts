// Coding passages as a researcher does: drag over text (also across two paragraphs), pick a code
// in the toolbar or press its number, open the highlight to change its codes and write a note,
// delete it and take the delete back with Ctrl+Z; everything is still there after a reload.
import { expect, test, type Page } from '@playwright/test';
import type { Code, Highlight } from '../../src-main/common/model/annotation';
import { callApi, dragSelect } from './support/reader-page';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();
const SHOTS = process.env['ZHIYAN_SHOTS_DIR'];

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}`;
}

async function openArticle(page: Page, index: number): Promise<number> {
  const item = page.getByTestId('article-item').nth(index);
  await item.click();
  await expect(page.getByTestId('article-text')).toBeVisible();
  return Number(await item.getAttribute('data-article-id'));
}

test('select, code, press a number, edit, delete, undo, reload', async ({ page }) => {
  const watcher = watchPage(page);
  await openApp(page, host.current);
  const codes: Code[] = [];
  for (const name of ['招商引资', '产业政策', '营商环境']) {
    codes.push(await callApi<Code>(page, 'createCode', { name }));
  }
  await page.reload();
  await page.getByTestId('article-item').first().waitFor();
  const articleId = await openArticle(page, 0);
  const paragraphs = page.getByTestId('article-text').locator('p');
  const first = (await paragraphs.nth(0).textContent()) ?? '';
  const second = (await paragraphs.nth(1).textContent()) ?? '';
  const third = (await paragraphs.nth(2).textContent()) ?? '';
  expect(first.length).toBeGreaterThan(12);

  // 1. Drag over characters 2..9 of the first paragraph and pick the first code in the toolbar.
  await dragSelect(page, { paragraph: paragraphs.nth(0), index: 2 }, { paragraph: paragraphs.nth(0), index: 9 });
  const toolbar = page.getByTestId('selection-toolbar');
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByTestId('toolbar-code')).toHaveCount(3);
  await toolbar.getByTestId('toolbar-code').filter({ hasText: '招商引资' }).click();
  const firstMark = paragraphs.nth(0).locator('.zy-hl');
  await expect(firstMark).toHaveText(first.slice(2, 10));
  await expect(firstMark).toHaveAttribute('style', new RegExp(rgb(codes[0]!.color)));
  await expect(toolbar).toHaveCount(0);

  // 2. Across two paragraphs, then the key 2: the second code.
  await dragSelect(page, { paragraph: paragraphs.nth(1), index: 3 }, { paragraph: paragraphs.nth(2), index: 4 });
  await page.keyboard.press('2');
  await expect(paragraphs.nth(2).locator('.zy-hl')).toHaveText(third.slice(0, 5));
  let stored = await callApi<Highlight[]>(page, 'listHighlights', { articleId });
  expect(stored).toHaveLength(2);
  const across = stored.find((h) => h.codeIds[0] === codes[1]!.id)!;
  expect(across.exact).toBe(`${second.slice(3)}\n${third.slice(0, 5)}`);
  expect(stored.find((h) => h.codeIds[0] === codes[0]!.id)!.exact).toBe(first.slice(2, 10));
  await expect(paragraphs.nth(2).locator('.zy-hl')).toHaveAttribute('style', new RegExp(rgb(codes[1]!.color)));

  // 3. Click the first highlight: add the third code, write a note.
  await firstMark.click();
  const popover = page.getByTestId('highlight-popover');
  await expect(popover).toBeVisible();
  await popover.locator(`[data-code-id="${codes[2]!.id}"]`).click();
  await expect(popover.locator(`[data-code-id="${codes[2]!.id}"]`)).toHaveClass(/n-checkbox--checked/);
  await popover.getByTestId('highlight-note').fill('招商引资的起点：园区定位');
  await expect(popover.getByTestId('highlight-note-status')).toHaveAttribute('data-state', 'saved');
  await expect(popover.getByTestId('highlight-note-status')).toHaveText('已保存');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/reader-popover-1280.png` });
  stored = await callApi<Highlight[]>(page, 'listHighlights', { articleId });
  const coded = stored.find((h) => h.exact === first.slice(2, 10))!;
  expect(coded.codeIds).toEqual([codes[0]!.id, codes[2]!.id]);
  expect(coded.note).toBe('招商引资的起点：园区定位');

  // 4. Delete it, and take the delete back with Ctrl+Z.
  await popover.getByTestId('highlight-delete').click();
  await expect(popover).toHaveCount(0);
  await expect(paragraphs.nth(0).locator('.zy-hl')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByText('已撤销：删除高亮')).toBeVisible();
  await expect(paragraphs.nth(0).locator('.zy-hl')).toHaveText(first.slice(2, 10));

  // 5. After a reload everything is where it was, with its codes and note.
  await page.reload();
  await page.getByTestId('article-item').first().waitFor();
  await openArticle(page, 0);
  await expect(paragraphs.nth(0).locator('.zy-hl')).toHaveText(first.slice(2, 10));
  await expect(paragraphs.nth(2).locator('.zy-hl')).toHaveText(third.slice(0, 5));
  await paragraphs.nth(0).locator('.zy-hl').click();
  await expect(page.getByTestId('highlight-note')).toHaveValue('招商引资的起点：园区定位');
  expect(watcher.consoleErrors).toEqual([]);
});

test('overlapping highlights both stay visible; a new code is made from the toolbar', async ({ page }) => {
  await openApp(page, host.current);
  await openArticle(page, 1);
  const paragraph = page.getByTestId('article-text').locator('p').nth(0);
  const text = (await paragraph.textContent()) ?? '';

  await dragSelect(page, { paragraph, index: 0 }, { paragraph, index: 9 });
  await page.getByTestId('selection-code-filter').fill('园区建设');
  await page.getByTestId('toolbar-create-code').click();
  await expect(paragraph.locator('.zy-hl')).toHaveText(text.slice(0, 10));

  await dragSelect(page, { paragraph, index: 5 }, { paragraph, index: 14 });
  await page.getByTestId('toolbar-highlight').click();
  // Runs: 0-4 (first only), 5-9 (both: tinted and underlined), 10-14 (second only).
  const runs = paragraph.locator('.zy-hl');
  await expect(runs).toHaveText([text.slice(0, 5), text.slice(5, 10), text.slice(10, 15)]);
  await expect(paragraph.locator('.zy-hl--stacked')).toHaveText(text.slice(5, 10));
  await expect(paragraph.locator('.zy-hl--stacked')).toHaveAttribute('style', /box-shadow/);
  expect(await paragraph.textContent()).toBe(text);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/reader-overlap-1280.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${SHOTS}/reader-overlap-1920.png` });
  }
});

test('text size and dark theme are remembered across a reload', async ({ page }) => {
  await openApp(page, host.current);
  await openArticle(page, 0);
  const size = Number(await page.getByTestId('font-size').textContent());
  await page.getByTestId('font-larger').click();
  await page.getByTestId('font-larger').click();
  await expect(page.getByTestId('font-size')).toHaveText(String(size + 2));
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await page.getByTestId('article-item').first().waitFor();
  await openArticle(page, 0);
  await expect(page.getByTestId('font-size')).toHaveText(String(size + 2));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const fontSize = await page
    .getByTestId('article-text')
    .evaluate((element) => getComputedStyle(element).fontSize);
  expect(fontSize).toBe(`${size + 2}px`);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/reader-dark-1280.png` });
});
