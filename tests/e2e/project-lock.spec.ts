// A project held by another Zhiyan process: the dialog says who holds it (app or command line,
// user, computer, process, since when), so the user knows where to close it.
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
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

test('a project held by the command line names its holder', async ({ page }, testInfo) => {
  await openApp(page, host.current);
  const projectPath = path.join(host.current.dataDir, '宁德锂电.zhiyan');
  await chooseFromFileMenu(page, '新建项目…');
  await typePath(page, projectPath);
  await expect(page.getByTestId('project-name')).toHaveText('宁德锂电');
  await chooseFromFileMenu(page, '打开演示项目');
  await expect(page.getByTestId('project-name')).not.toHaveText('宁德锂电');

  // As `zhiyan` would leave it while it works on the project (this test's own, live, pid).
  const since = '2026-12-01T08:00:00.000Z';
  const holder = { app: 'zhiyan CLI', user: 'lin', host: os.hostname(), pid: process.pid, since };
  await writeFile(`${projectPath}.lock`, JSON.stringify(holder));

  await chooseFromFileMenu(page, '打开项目…');
  await typePath(page, projectPath);
  const dialog = page.getByTestId('error-dialog');
  await expect(page.getByTestId('error-message')).toHaveAttribute('data-code', 'PROJECT_LOCKED');
  const line = page.getByTestId('lock-holder');
  await expect(line).toContainText('zhiyan CLI');
  await expect(line).toContainText('用户 lin');
  await expect(line).toContainText(`进程 ${process.pid}`);
  await page.screenshot({ path: testInfo.outputPath('locked-project.png') });
  await dialog.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByTestId('project-name')).not.toHaveText('宁德锂电');
});
