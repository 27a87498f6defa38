// The import report says why nothing came in from a folder of files Zhiyan cannot read, and the
// report of an import survives a reload of the window that followed it.
import { expect, test, type Page } from '@playwright/test';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

async function chooseFromFileMenu(page: Page, label: string): Promise<void> {
  await page.getByTestId('file-menu').click();
  await page.locator('.n-dropdown-option').getByText(label, { exact: true }).click();
}

async function typePath(page: Page, value: string): Promise<void> {
  await expect(page.getByTestId('path-prompt')).toBeVisible();
  await page.getByTestId('path-input').fill(value);
  await page.getByTestId('path-confirm').click();
}

test('a folder of PDFs, Word files and a link out says why nothing came in; the report survives a reload', async ({
  page,
}) => {
  const folder = path.join(host.current.dataDir, '只有PDF');
  await mkdir(folder, { recursive: true });
  for (const name of ['一.pdf', '二.pdf', '三.pdf', '通知.docx', '_说明.txt'])
    await writeFile(path.join(folder, name), 'x');
  await symlink('/etc/hostname', path.join(folder, 'hostname.txt'));

  await openApp(page, host.current);
  await chooseFromFileMenu(page, '新建项目…');
  await typePath(page, path.join(host.current.dataDir, '空导入.zhiyan'));
  await expect(page.getByTestId('project-name')).toHaveText('空导入');

  await page.getByTestId('import-button').click();
  await typePath(page, folder);
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-nothing')).toContainText('没有找到可以导入的文件');
  const leftOut = page.getByTestId('import-left-out');
  await expect(leftOut).toContainText('3 个 .pdf 文件');
  await expect(leftOut).toContainText('1 个 .docx 文件');
  await expect(leftOut).toContainText('1 个被忽略的名称');
  await expect(report).toContainText('所选文件夹之外的链接');

  // The window goes away before the report is read: it comes back with it.
  await page.reload();
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('import-left-out')).toContainText('3 个 .pdf 文件');
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('import-report')).toBeHidden();
  // Once closed it stays closed.
  await page.reload();
  await expect(page.getByTestId('project-name')).toHaveText('空导入');
  await expect(page.getByTestId('import-dialog')).toBeHidden();
});
