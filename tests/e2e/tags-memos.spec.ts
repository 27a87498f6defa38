// Tags, deletion and memos as a researcher uses them: tag several articles at once with the
// autocomplete, filter the library by a tag, tag one article in the notes column, delete with a
// confirmation and undo it from the toast, write a Markdown memo (whose <script> stays text),
// and find it all again after a reload.
import { expect, test, type Page } from '@playwright/test';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();
const rows = (page: Page) => page.getByTestId('article-item');

async function rowTitle(page: Page, index: number): Promise<string> {
  return ((await rows(page).nth(index).getByTestId('article-title-cell').textContent()) ?? '').trim();
}

test('tags an article in the notes column, with suggestions from the project', async ({ page }) => {
  await openApp(page, host.current);
  await rows(page).nth(0).click();
  const input = page.getByTestId('article-tag-input');
  await input.fill('新材料');
  await input.press('Enter');
  await expect(page.getByTestId('article-tag')).toHaveText(['新材料 ×']);
  await input.fill('园区招商');
  await input.press('Enter');
  await expect(page.getByTestId('article-tag')).toHaveCount(2);

  // The next article is offered the project's tags as you type.
  await rows(page).nth(1).click();
  await expect(page.getByTestId('article-tag')).toHaveCount(0);
  await input.fill('园区');
  await expect(
    page.locator('.n-auto-complete-menu, .n-base-select-menu').getByText('园区招商'),
  ).toBeVisible();
  await page.locator('.n-base-select-option').filter({ hasText: '园区招商' }).click();
  await expect(page.getByTestId('article-tag')).toHaveText(['园区招商 ×']);

  // Removing with ×.
  await rows(page).nth(0).click();
  await page.getByRole('button', { name: '移除标签「新材料」' }).click();
  await expect(page.getByTestId('article-tag')).toHaveText(['园区招商 ×']);

  await page.reload();
  await rows(page).nth(1).click();
  await expect(page.getByTestId('article-tag')).toHaveText(['园区招商 ×']);
});

test('bulk-tags a selection, filters the library by the tag, and the filter clears', async ({ page }) => {
  await openApp(page, host.current);
  const total = await rows(page).count();
  await rows(page).nth(2).click();
  await rows(page)
    .nth(4)
    .click({ modifiers: ['Shift'] });
  await page.getByTestId('bulk-tag').click();
  const dialog = page.getByTestId('bulk-tag-dialog');
  await expect(dialog).toContainText('为 3 篇文献设置标签');
  await page.getByTestId('bulk-tag-add').click();
  await page.keyboard.type('动力电池');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('bulk-tag-add')).toContainText('动力电池');
  await page.getByTestId('bulk-tag-apply').click();
  await expect(dialog).toBeHidden();

  // Suggestions in the dialog come from the project's tags.
  await rows(page).nth(6).click();
  await rows(page)
    .nth(7)
    .click({ modifiers: ['Control'] });
  await page.getByTestId('bulk-tag').click();
  await page.getByTestId('bulk-tag-add').click();
  await page.keyboard.type('动力');
  await page.locator('.n-base-select-option').filter({ hasText: '动力电池' }).first().click();
  // The suggestion list stays open for more tags; a click on the dialog's heading closes it.
  await dialog.getByText('为 2 篇文献设置标签').click();
  await page.getByTestId('bulk-tag-apply').click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('tag-filter-button').click();
  await page.getByTestId('tag-filter-select').click();
  await page.keyboard.type('动力');
  await page.locator('.n-base-select-option').filter({ hasText: '动力电池' }).first().click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tag-filter-chips')).toContainText('动力电池');
  await expect(rows(page)).toHaveCount(5);
  await expect(page.getByTestId('library-count')).toHaveText('5 篇');

  await page.reload();
  await rows(page).first().waitFor();
  await expect(rows(page)).toHaveCount(total);
  await page.getByTestId('tag-filter-button').click();
  await page.getByTestId('tag-filter-select').click();
  await page.keyboard.type('动力');
  await expect(page.locator('.n-base-select-option').filter({ hasText: '动力电池（5）' })).toBeVisible();
});

test('deletes selected articles after asking, and undoes it from the toast', async ({ page }) => {
  await openApp(page, host.current);
  const total = await rows(page).count();
  // Rows 3 and 4 of the demo are an original and its reprint: undo must bring back both and the link.
  const doomed = [await rowTitle(page, 2), await rowTitle(page, 3)];
  await rows(page).nth(2).click();
  await rows(page)
    .nth(3)
    .click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  await expect(page.getByText('删除 2 篇文献及其标注和笔记？')).toBeVisible();
  // Cancelling deletes nothing.
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(rows(page)).toHaveCount(total);

  await page.getByTestId('bulk-delete').click();
  await page.getByRole('button', { name: '删除', exact: true }).last().click();
  await expect(page.getByTestId('delete-toast')).toContainText('已删除 2 篇文献');
  await expect(rows(page)).toHaveCount(total - 2);
  const remaining = await page.getByTestId('article-title-cell').allTextContents();
  for (const title of doomed) expect(remaining).not.toContain(title);

  await page.getByTestId('delete-undo').click();
  await expect(rows(page)).toHaveCount(total);
  await expect
    .poll(() => page.getByTestId('article-title-cell').allTextContents())
    .toEqual(expect.arrayContaining(doomed));
  await expect(rows(page).nth(3)).toContainText('转载');

  // Deleted for good this time, and still gone after a reload.
  await rows(page).nth(1).click();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: '删除', exact: true }).last().click();
  await expect(rows(page)).toHaveCount(total - 1);
  await page.reload();
  await rows(page).first().waitFor();
  await expect(rows(page)).toHaveCount(total - 1);
  await expect(page.getByTestId('library-count')).toHaveText(`${total - 1} 篇`);
});

test('writes a memo in Markdown; markup in it stays text and nothing runs', async ({ page }, testInfo) => {
  const watched = watchPage(page);
  await openApp(page, host.current);
  await page.evaluate(() => ((window as unknown as { __memoXss: number }).__memoXss = 0));
  await rows(page).nth(1).click();
  await page.getByTestId('notes-tab-memos').click();
  await page.getByTestId('memo-new').click();
  await page.getByTestId('memo-title').fill('园区招商的三个假设');
  await page
    .getByTestId('memo-body')
    .fill(
      '## 假设\n\n1. **链长制**提高配套率\n2. 半径 *100 公里*\n\n见[政策原文](https://www.gov.cn/x)\n\n' +
        '<script>window.__memoXss = 1</script>\n\n<img src=x onerror="window.__memoXss = 2">\n\n![航拍](https://remote.example/a.png)',
    );
  await expect(page.getByTestId('memo-status')).toHaveAttribute('data-state', 'saved');

  await page.getByTestId('memo-mode-preview').click();
  const preview = page.getByTestId('memo-preview');
  await expect(preview.locator('h2')).toHaveText('假设');
  await expect(preview.locator('strong')).toHaveText('链长制');
  await expect(preview.locator('.md-link')).toHaveAttribute('title', 'https://www.gov.cn/x');
  await expect(preview).toContainText('<script>window.__memoXss = 1</script>');
  await expect(preview).toContainText('[航拍]');
  expect(await preview.locator('script, img, a, iframe').count()).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('memo-1280x800.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: testInfo.outputPath('memo-1920x1080.png') });
  expect(await page.evaluate(() => (window as unknown as { __memoXss: number }).__memoXss)).toBe(0);
  expect(watched.foreignRequests).toEqual([]);

  await page.reload();
  await rows(page).first().waitFor();
  await page.getByTestId('notes-tab-memos').click();
  await expect(page.getByTestId('memo-item')).toHaveCount(1);
  await expect(page.getByTestId('memo-item')).toContainText('园区招商的三个假设');
  await page.getByTestId('memo-item').click();
  await expect(page.getByTestId('memo-body')).toHaveValue(/链长制/);

  // Deleting asks first.
  await page.getByTestId('memo-delete').click();
  await expect(page.getByText('删除备忘「园区招商的三个假设」？')).toBeVisible();
  await page.getByRole('button', { name: '删除', exact: true }).last().click();
  await expect(page.getByTestId('memo-item')).toHaveCount(0);
});
