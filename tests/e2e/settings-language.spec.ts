// The language is a setting the engine remembers, so it outlives a reload.
import { expect, test } from '@playwright/test';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

test('switching to English sticks across a reload, and back', async ({ page }) => {
  await openApp(page, host.current);
  await expect(page.getByTestId('file-menu')).toHaveText('文件');

  await page.getByTestId('settings-button').click();
  const dialog = page.getByTestId('settings-dialog');
  await expect(dialog).toContainText('界面语言');
  await dialog.getByText('English').click();
  await expect(dialog).toContainText('Language');
  await expect(page.getByTestId('file-menu')).toHaveText('File');
  await page.keyboard.press('Escape');

  await page.reload();
  await page.getByTestId('article-item').first().waitFor();
  await expect(page.getByTestId('file-menu')).toHaveText('File');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(page.getByTestId('reader-empty')).toContainText('Choose an article to read');

  await page.getByTestId('settings-button').click();
  await page.getByTestId('settings-dialog').getByText('简体中文').click();
  await expect(page.getByTestId('file-menu')).toHaveText('文件');
});
