// Making codes in a hierarchy from the new-code dialog, without dragging: a parent picked in the
// dialog's tree select, and a typed path ("政策/营商环境") that makes the levels, reusing the codes
// already on it. Both as the engine stores them (listCodes), and still there after a reload.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Code } from '../../src-main/common/model/annotation';
import { callApi, shot } from './api-call';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();

const row = (page: Page, path: string): Locator =>
  page.locator(`[data-testid="code-row"][data-code-path="${path}"]`);

async function openNewCode(page: Page): Promise<Locator> {
  await page.getByTestId('code-new').click();
  const dialog = page.getByTestId('code-edit-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('code-name-input')).toBeFocused();
  return dialog;
}

test('a new code under a parent chosen in the dialog, and a/b making the hierarchy', async ({
  page,
}, testInfo) => {
  const watcher = watchPage(page);
  await openApp(page, host.current);

  // 1. A top-level code, then a sub-code by picking its parent in the dialog.
  let dialog = await openNewCode(page);
  await page.keyboard.type('产业');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row(page, '产业')).toBeVisible();

  dialog = await openNewCode(page);
  await page.keyboard.type('新能源');
  await dialog.getByTestId('code-parent-select').click();
  await page.locator('.n-tree-node', { hasText: '产业' }).click();
  await expect(dialog).toContainText('在「产业」下新建子编码');
  await page.getByTestId('code-edit-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(row(page, '产业/新能源')).toBeVisible();

  // 2. A typed path: both levels are made, the preview says so first.
  dialog = await openNewCode(page);
  await page.keyboard.type('政策/营商环境');
  await expect(dialog.getByTestId('code-path-preview')).toContainText('政策 › 营商环境');
  await shot(page, 'stripes-code-dialog.png', testInfo);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row(page, '政策/营商环境')).toBeVisible();

  // 3. A path whose first level exists reuses it; under a chosen parent it starts there.
  dialog = await openNewCode(page);
  await page.keyboard.type('政策 / 人才 / 落户');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  dialog = await openNewCode(page);
  await page.keyboard.type('新能源/锂电');
  await dialog.getByTestId('code-parent-select').click();
  await page.locator('.n-tree-node', { hasText: '产业' }).first().click();
  await page.getByTestId('code-edit-confirm').click();
  await expect(dialog).toBeHidden();

  const codes = await callApi<Code[]>(page, 'listCodes', {});
  const paths = codes.map((code) => code.path).sort();
  expect(paths).toEqual(
    [
      '产业',
      '产业/新能源',
      '产业/新能源/锂电',
      '政策',
      '政策/人才',
      '政策/人才/落户',
      '政策/营商环境',
    ].sort(),
  );
  expect(codes.filter((code) => code.name === '政策')).toHaveLength(1);
  expect(codes.filter((code) => code.name === '新能源')).toHaveLength(1);
  // A parent picked in the dialog brought its colour along.
  const byPath = new Map(codes.map((code) => [code.path, code]));
  expect(byPath.get('产业/新能源')!.color).toBe(byPath.get('产业')!.color);
  expect(codes.some((code) => code.name.includes('/'))).toBe(false);

  // 4. The new-code dialog starts beside the chosen code: under its parent.
  await row(page, '政策/营商环境').click();
  dialog = await openNewCode(page);
  await expect(dialog).toContainText('在「政策」下新建子编码');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.reload();
  await page.getByTestId('article-item').first().waitFor();
  await expect(row(page, '政策/人才/落户')).toBeAttached();
  expect(watcher.consoleErrors).toEqual([]);
});
