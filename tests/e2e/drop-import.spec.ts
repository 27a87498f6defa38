// Dropping files on the window: the overlay invites the drop, and in the browser host (where a page
// cannot learn a dropped file's location) the user is told how to import instead. The Electron
// window imports dropped paths; its preload half is covered by tests/unit/electron/preload.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

async function dragFileOver(page: Page, type: 'dragenter' | 'drop'): Promise<void> {
  await page.evaluate((eventType) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['衢州智造新城新材料产业发展提速'], '衢州.txt', { type: 'text/plain' }));
    window.dispatchEvent(
      new DragEvent(eventType, { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, type);
}

test('a file dragged over the window shows where to drop; dropped in the browser, it says what to do', async ({
  page,
}) => {
  await openApp(page, host.current);
  await dragFileOver(page, 'dragenter');
  await expect(page.getByTestId('drop-overlay')).toContainText('松开鼠标即可导入');
  await dragFileOver(page, 'drop');
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await expect(page.getByText('浏览器版无法读取拖入文件的位置')).toBeVisible();
  // Nothing navigated away and nothing was imported.
  await expect(page).toHaveURL(/127\.0\.0\.1/);
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
});

test('a reprint in the demo library says so and opens its original', async ({ page }) => {
  await openApp(page, host.current);
  const reprint = page.getByTestId('article-item').filter({ hasText: '转载' });
  await expect(reprint).toHaveCount(1);
  await reprint.click();
  const reprintTitle = await page.getByTestId('article-title').textContent();
  await page.getByTestId('open-original').click();
  await expect(page.getByTestId('article-title')).not.toHaveText(reprintTitle ?? '');
  await expect(page.getByTestId('article-title')).toContainText('宜宾');
  await expect(page.getByTestId('open-original')).toHaveCount(0);
});
