// Project files by typed path (the browser host has no native dialogs): a bad path gets a
// translated error; a new project is empty until a folder is imported, with a report at the end.
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();
const demoCorpus = path.resolve(__dirname, '..', '..', 'resources', 'demo-corpus');

async function chooseFromFileMenu(page: Page, label: string): Promise<void> {
  await page.getByTestId('file-menu').click();
  await page.locator('.n-dropdown-option').getByText(label, { exact: true }).click();
}

async function importFolder(page: Page, folder: string): Promise<void> {
  await page.getByTestId('import-button').click();
  await typePath(page, folder);
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('import-close').click();
}

async function typePath(page: Page, value: string): Promise<void> {
  const prompt = page.getByTestId('path-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('/home/me/');
  await page.getByTestId('path-input').fill(value);
  await page.getByTestId('path-confirm').click();
}

test('opening a project at a bad path shows a translated error', async ({ page }) => {
  await openApp(page, host.current);
  await chooseFromFileMenu(page, '打开项目…');
  await typePath(page, path.join(host.current.dataDir, '不存在', '衢州.zhiyan'));

  const message = page.getByTestId('error-message');
  await expect(message).toBeVisible();
  await expect(message).toHaveText(/[\u4e00-\u9fff]/);
  await expect(message).not.toContainText('PROJECT_');
  await expect(message).toHaveAttribute('data-code', /^(PROJECT_NOT_FOUND|PROJECT_NOT_A_PROJECT)$/);
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(message).toBeHidden();
  // The demo project is still open underneath.
  await expect(page.getByTestId('article-item').first()).toBeVisible();
});

test('a new project starts empty; importing a folder reports what happened', async ({ page }) => {
  await openApp(page, host.current);
  const projectPath = path.join(host.current.dataDir, '衢州研究.zhiyan');
  await chooseFromFileMenu(page, '新建项目…');
  await typePath(page, projectPath);

  await expect(page.getByTestId('project-name')).toHaveText('衢州研究');
  await expect(page.getByText('文献库是空的')).toBeVisible();

  await page.getByTestId('import-button').click();
  await typePath(page, demoCorpus);
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-dialog')).toContainText('导入完成');
  await expect(report).toContainText('新增文献');
  await expect(report).toContainText('重复');
  await page.getByTestId('import-close').click();

  await expect(page.getByTestId('article-item').first()).toBeVisible();
  await expect(page.getByTestId('library-count')).not.toHaveText('0 篇');

  // The project is now a recent project, and the demo can be reopened from the menu.
  await chooseFromFileMenu(page, '打开演示项目');
  await expect(page.getByTestId('project-name')).not.toHaveText('衢州研究');
  await page.getByTestId('file-menu').click();
  await page.locator('.n-dropdown-option').getByText('最近的项目').hover();
  await expect(page.locator('.n-dropdown-option').getByText('衢州研究', { exact: true })).toBeVisible();
});

test('a damaged project offers its backups, and Restore brings it back', async ({ page }, testInfo) => {
  await openApp(page, host.current);
  const projectPath = path.join(host.current.dataDir, '赣州稀土.zhiyan');
  await chooseFromFileMenu(page, '新建项目…');
  await typePath(page, projectPath);
  await expect(page.getByTestId('project-name')).toHaveText('赣州稀土');
  // The second import snapshots the (now non-empty) project first: that is the backup to restore.
  await importFolder(page, demoCorpus);
  await importFolder(page, demoCorpus);
  const articles = await page.getByTestId('library-count').textContent();
  await chooseFromFileMenu(page, '打开演示项目');
  await expect(page.getByTestId('project-name')).not.toHaveText('赣州稀土');

  // Damage the file as a failing disk or an interrupted copy would: cut it in half.
  const bytes = await readFile(projectPath);
  await writeFile(projectPath, bytes.subarray(0, Math.floor(bytes.length / 2)));

  await chooseFromFileMenu(page, '打开项目…');
  await typePath(page, projectPath);
  const dialog = page.getByTestId('error-dialog');
  await expect(dialog).toContainText('项目文件已损坏');
  await expect(page.getByTestId('error-message')).toContainText('可以从最近的备份恢复');
  await expect(dialog).toContainText('导入前备份');
  await page.screenshot({ path: testInfo.outputPath('damaged-project.png') });
  await dialog.getByRole('button', { name: '恢复' }).first().click();

  await expect(page.getByText('已从备份恢复项目「赣州稀土」')).toBeVisible();
  await expect(page.getByTestId('project-name')).toHaveText('赣州稀土');
  await expect(page.getByTestId('library-count')).toHaveText(articles ?? '');
});
