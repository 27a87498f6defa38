// Settings → 问题报告 → 复制诊断信息 in the browser host: the report lands on the clipboard with the
// versions, the system and the project's size, and without the user's articles.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

test('copies a problem report with versions and project size, and no article titles or text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.current.origin });
  await openApp(page, host.current);
  const firstTitle =
    (await page.getByTestId('article-item').first().getByTestId('article-title-cell').textContent()) ?? '';

  await page.getByTestId('settings-button').click();
  const section = page.getByTestId('settings-diagnostics');
  await expect(section).toContainText('问题报告');
  await section.getByTestId('copy-diagnostics').click();
  await expect(page.getByText('诊断信息已复制到剪贴板')).toBeVisible();

  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toMatch(/^Zhiyan \S+ \(browser host\)$/m);
  expect(report).toMatch(/^Browser: Chromium \d+/m);
  expect(report).toMatch(/^Node: \d+\.\d+\.\d+/m);
  expect(report).toMatch(/^Locale: app zh-CN, system /m);
  expect(report).toMatch(/^Project: \d+ articles, \d+\.\d MB, schema \d+, demo$/m);
  // Nothing of the research material: not the first article's title, nor any Chinese text at all
  // (the report is in English; Chinese in it could only have come from the library).
  const title = firstTitle.trim().slice(0, 8);
  expect(title.length).toBeGreaterThan(0);
  expect(report).not.toContain(title);
  expect(report).not.toMatch(/[\u4e00-\u9fff]/);
  // Nor the user's folders.
  expect(report).not.toContain(host.current.dataDir);
});

test('the same section reads in English', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('settings-button').click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByText('English').click();
  const section = page.getByTestId('settings-diagnostics');
  await expect(section).toContainText('Problem report');
  await expect(section.getByTestId('copy-diagnostics')).toHaveText('Copy diagnostic information');
  await dialog.getByText('简体中文').click();
});

test('the start screen lists recent projects and 清除列表 forgets them, in the File menu too', async ({
  page,
}) => {
  await openApp(page, host.current);
  const choose = async (label: string): Promise<void> => {
    await page.getByTestId('file-menu').click();
    await page.locator('.n-dropdown-option').getByText(label, { exact: true }).click();
  };
  await choose('新建项目…');
  await page.getByTestId('path-input').fill(path.join(host.current.dataDir, '丽水课题.zhiyan'));
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText('丽水课题');
  await choose('关闭项目');

  const welcome = page.locator('.welcome');
  await expect(welcome.getByText('丽水课题', { exact: true })).toBeVisible();
  await welcome.getByTestId('clear-recent').click();
  await expect(welcome.getByText('还没有最近打开的项目。')).toBeVisible();
  await expect(welcome.getByTestId('clear-recent')).toHaveCount(0);

  await page.getByTestId('file-menu').click();
  await page.locator('.n-dropdown-option').getByText('最近的项目').hover();
  await expect(page.locator('.n-dropdown-option').getByText('暂无最近的项目')).toBeVisible();
  // Nothing left to clear: the item is there, greyed out.
  await expect(page.locator('.n-dropdown-option-body').filter({ hasText: /^清除列表$/ })).toHaveClass(
    /disabled/,
  );
});
