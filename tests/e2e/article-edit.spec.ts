// Correcting article metadata by hand, as a researcher does it: edit the open article's title, date
// (a month only) and document number in the dialog, see the fields marked with what the import
// found, undo with Ctrl+Z and redo; then set the source of several library rows at once and undo.
import { expect, test, type Page } from '@playwright/test';
import { shot } from './api-call';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();
const rows = (page: Page) => page.getByTestId('article-item');

test('edits the open article, marks the edited fields, and Ctrl+Z / Ctrl+Y undo and redo it', async ({
  page,
}, testInfo) => {
  const problems = watchPage(page);
  await openApp(page, host.current);
  await rows(page).nth(0).click();
  const title = page.getByTestId('article-title');
  const importedTitle = ((await title.textContent()) ?? '').trim();
  const importedDate = ((await page.getByTestId('article-date').textContent()) ?? '').trim();
  await expect(page.getByTestId('edited-mark')).toHaveCount(0);

  await page.getByTestId('article-edit').click();
  const dialog = page.getByTestId('article-edit-dialog');
  await expect(dialog).toBeVisible();
  await page
    .getByTestId('edit-title')
    .locator('textarea')
    .fill('衢州市人民政府办公室关于加快锂电产业发展的通知');
  // A date known only to the month.
  await page.getByTestId('edit-date-precision').click();
  await page.locator('.n-base-select-option').getByText('年月', { exact: true }).click();
  await page.getByTestId('edit-date-year').locator('input').fill('2023');
  await page.getByTestId('edit-date-month').locator('input').fill('5');
  await page.getByTestId('edit-doc-number').locator('input').fill('衢政办发〔2023〕9号');
  await page.getByTestId('edit-save').click();
  await expect(dialog).toBeHidden();

  await expect(title).toContainText('衢州市人民政府办公室关于加快锂电产业发展的通知');
  await expect(page.getByTestId('article-date')).toContainText('2023年5月');
  await expect(page.getByTestId('article-doc-number')).toContainText('衢政办发〔2023〕9号');
  await expect(page.getByTestId('edited-mark')).toHaveCount(3);
  await expect(rows(page).nth(0).getByTestId('article-title-cell')).toHaveText(
    '衢州市人民政府办公室关于加快锂电产业发展的通知',
  );
  // The mark's tooltip says what the import had found.
  await title.getByTestId('edited-mark').hover();
  await expect(page.getByTestId('edited-imported')).toHaveText(`导入时识别为：${importedTitle}`);
  await shot(page, 'article-edited-marks.png', testInfo);
  await page.mouse.move(0, 0);
  await expect(page.getByTestId('edited-imported')).toBeHidden();

  // The dialog shows it too, and offers to go back.
  await page.getByTestId('article-edit').click();
  await expect(page.getByTestId('edit-imported-date')).toContainText(importedDate);
  await shot(page, 'article-edit-dialog.png', testInfo);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('article-header').click();
  await page.keyboard.press('Control+z');
  await expect(title).toHaveText(importedTitle);
  await expect(page.getByTestId('article-date')).toHaveText(importedDate);
  await expect(page.getByTestId('article-doc-number')).toHaveCount(0);
  await expect(page.getByTestId('edited-mark')).toHaveCount(0);
  await expect(rows(page).nth(0).getByTestId('article-title-cell')).toHaveText(importedTitle);

  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('article-doc-number')).toContainText('衢政办发〔2023〕9号');
  await expect(page.getByTestId('edited-mark')).toHaveCount(3);
  expect(problems.consoleErrors).toEqual([]);
});

test('sets the source of several selected articles at once, one undo step', async ({ page }, testInfo) => {
  await openApp(page, host.current);
  const sourceOf = async (index: number) => {
    const row = rows(page).nth(index);
    const rowTitle = ((await row.getByTestId('article-title-cell').textContent()) ?? '').trim();
    await row.click();
    await expect(page.getByTestId('article-title')).toHaveText(rowTitle);
    return ((await page.getByTestId('article-source').textContent()) ?? '').trim();
  };
  const before = [await sourceOf(1), await sourceOf(3)];
  await rows(page).nth(0).click();
  await rows(page)
    .nth(2)
    .click({ modifiers: ['Shift'] });
  await page.getByTestId('bulk-edit').click();
  const dialog = page.getByTestId('bulk-edit-dialog');
  await expect(dialog).toContainText('为 3 篇文献设置来源或日期');
  await page.getByTestId('bulk-edit-set-source').click();
  await page.getByTestId('bulk-edit-source').locator('input').fill('浙江省发展改革委');
  // A date is a full day until said otherwise; Apply waits for a real one.
  await page.getByTestId('bulk-edit-set-date').click();
  await expect(page.getByTestId('bulk-edit-apply')).toBeDisabled();
  await page.getByTestId('edit-date-precision').click();
  await page.locator('.n-base-select-option').getByText('仅年份', { exact: true }).click();
  await page.getByTestId('edit-date-year').locator('input').fill('2024');
  await expect(page.getByTestId('bulk-edit-apply')).toBeEnabled();
  await shot(page, 'bulk-edit-dialog.png', testInfo);
  await page.getByTestId('bulk-edit-apply').click();
  await expect(dialog).toBeHidden();

  await rows(page).nth(1).click();
  await expect(page.getByTestId('article-source')).toHaveText('浙江省发展改革委');
  await expect(page.getByTestId('article-source').getByTestId('edited-mark')).toBeVisible();
  await expect(page.getByTestId('article-date')).toHaveText('2024年');
  await expect(rows(page).nth(1).getByTestId('article-date-cell')).toHaveText('2024');
  await rows(page).nth(3).click();
  await expect(page.getByTestId('article-source')).toHaveText(before[1]!);

  await page.getByTestId('article-header').click();
  await page.keyboard.press('Control+z');
  await rows(page).nth(1).click();
  await expect(page.getByTestId('article-source')).toHaveText(before[0]!);
  await expect(page.getByTestId('edited-mark')).toHaveCount(0);
});
