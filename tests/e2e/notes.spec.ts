// A note is saved by itself, says so only once the engine has it, and is there after a reload.
import { expect, test } from '@playwright/test';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

test('a note survives a reload', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('article-item').nth(2).click();
  const title = await page.getByTestId('article-title').textContent();

  const note = `衢州案例：招商引资政策对比，见第二段。${Date.now()}`;
  const input = page.getByTestId('note-input');
  await input.click();
  await input.fill(note);
  await expect(page.getByTestId('note-status')).toHaveText('保存中…');
  await expect(page.getByTestId('note-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('note-status')).toContainText('已保存');
  await expect(page.getByTestId('article-item').nth(2).getByTestId('article-has-note')).toBeVisible();

  await page.reload();
  await page.getByTestId('article-item').nth(2).click();
  await expect(page.getByTestId('article-title')).toHaveText(title ?? '');
  await expect(page.getByTestId('note-input')).toHaveValue(note);
});

test('switching articles right after typing keeps the note', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('article-item').nth(3).click();
  const note = '切换文章前刚写下的笔记';
  await page.getByTestId('note-input').fill(note);
  // No waiting for the debounce: the switch itself must flush the note.
  await page.getByTestId('article-item').nth(4).click();
  await expect(page.getByTestId('note-input')).toHaveValue('');
  await page.getByTestId('article-item').nth(3).click();
  await expect(page.getByTestId('note-input')).toHaveValue(note);
});
