// The library as a table, used as a researcher would: sort by clicking headers, select several
// rows with Ctrl and Shift, move with the keys, widen the pane, and find every shortcut under "?".
import { expect, test, type Page } from '@playwright/test';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();

const rows = (page: Page) => page.getByTestId('article-item');
const titles = (page: Page) => page.getByTestId('article-title-cell').allTextContents();

test('sorts by a column header: ascending, descending, then back to import order', async ({ page }) => {
  await openApp(page, host.current);
  const importOrder = await titles(page);
  expect(importOrder.length).toBeGreaterThanOrEqual(5);

  const header = page.getByTestId('column-title');
  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(header.getByTestId('sort-arrow')).toHaveText('▲');
  await expect.poll(async () => (await titles(page)).join('|')).not.toBe(importOrder.join('|'));
  const ascending = await titles(page);
  expect(new Set(ascending)).toEqual(new Set(importOrder));

  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(header.getByTestId('sort-arrow')).toHaveText('▼');
  await expect.poll(async () => (await titles(page)).join('|')).toBe([...ascending].reverse().join('|'));

  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await expect.poll(async () => (await titles(page)).join('|')).toBe(importOrder.join('|'));

  // Highlights: most first; every row has a count cell.
  await page.getByTestId('column-highlights').click();
  await expect(page.getByTestId('column-highlights')).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('article-highlights-cell')).toHaveCount(importOrder.length);
});

test('selects with a click, Ctrl+click and Shift+click; the reader shows the focused row', async ({
  page,
}) => {
  const watched = watchPage(page);
  await openApp(page, host.current);
  await rows(page).nth(1).click();
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  const secondTitle = (await rows(page).nth(1).getByTestId('article-title-cell').textContent()) ?? '';
  await expect(page.getByTestId('article-title')).toHaveText(secondTitle);
  await expect(page.getByTestId('bulk-bar')).toBeHidden();

  await rows(page)
    .nth(3)
    .click({ modifiers: ['Control'] });
  await expect(page.getByTestId('bulk-bar')).toContainText('已选 2 篇');
  const fourthTitle = (await rows(page).nth(3).getByTestId('article-title-cell').textContent()) ?? '';
  await expect(page.getByTestId('article-title')).toHaveText(fourthTitle);

  await rows(page)
    .nth(5)
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-bar')).toContainText('已选 3 篇');
  for (const index of [3, 4, 5]) await expect(rows(page).nth(index)).toHaveAttribute('aria-selected', 'true');
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'false');

  // Ctrl+A while the table has the focus selects every row; a plain click collapses it again.
  await page.keyboard.press('Control+a');
  const count = await rows(page).count();
  await expect(page.getByTestId('bulk-bar')).toContainText(`已选 ${count} 篇`);
  await rows(page).first().click();
  await expect(page.getByTestId('bulk-bar')).toBeHidden();

  // Arrows move the focus and the reader follows; Shift+arrow extends the selection.
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('article-title')).toHaveText(secondTitle);
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('bulk-bar')).toContainText('已选 2 篇');
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('[data-testid="reader"]')?.contains(document.activeElement)),
    )
    .toBe(true);
  expect(watched.foreignRequests).toEqual([]);
});

test('rows can be dragged as articles', async ({ page }) => {
  await openApp(page, host.current);
  const row = rows(page).nth(2);
  const id = await row.getAttribute('data-article-id');
  const carried = await row.evaluate((element) => {
    const transfer = new DataTransfer();
    element.dispatchEvent(new DragEvent('dragstart', { dataTransfer: transfer, bubbles: true }));
    return transfer.getData('application/x-zhiyan-article');
  });
  expect(carried).toBe(id);
});

test('the splitter widens the pane and more columns appear; the width stays after a reload', async ({
  page,
}) => {
  await openApp(page, host.current);
  await expect(page.getByTestId('column-tags')).toBeHidden();
  const splitter = page.getByTestId('library-splitter');
  const box = await splitter.boundingBox();
  if (!box) throw new Error('no splitter');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 420, box.y + 200, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('column-tags')).toBeVisible();
  await expect(page.getByTestId('column-source')).toBeVisible();
  const width = await page
    .getByTestId('library')
    .evaluate((element) => element.getBoundingClientRect().width);
  // As wide as the window allows while the reader and the notes keep their room.
  expect(width).toBeGreaterThan(600);

  await page.reload();
  await rows(page).first().waitFor();
  await expect(page.getByTestId('column-tags')).toBeVisible();
});

test('? lists every shortcut, grouped', async ({ page }, testInfo) => {
  await openApp(page, host.current);
  await page.locator('body').press('?');
  const help = page.getByTestId('shortcut-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('键盘快捷键');
  for (const text of [
    '通用',
    '文献表',
    '阅读与标注',
    '打开项目',
    '检索文献库',
    '下一篇 / 上一篇文献',
    '全选',
    '删除所选文献',
    '撤销',
    '重做',
    '在本文中查找',
    '关闭对照窗格',
    '第 1–9 个编码',
  ]) {
    await expect(help).toContainText(text);
  }
  await page.screenshot({ path: testInfo.outputPath('shortcuts-1280x800.png') });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Typing "?" in a text field is just typing.
  await page.getByTestId('search-input').click();
  await page.keyboard.type('?');
  await expect(help).toBeHidden();
});
