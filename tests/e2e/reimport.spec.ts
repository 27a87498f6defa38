// Importing a folder again after a file's text changed: the report says the article was updated in
// place, and the library still holds one article for it, now with the new text.
import { expect, test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

const PARAGRAPHS = [
  '2023年，衢州市新能源产业实现产值1200亿元，同比增长35.6%，华友钴业、鹏辉能源等龙头企业加快布局。',
  '编者按：本文为衢州产业观察系列报道之三，系列报道的其余各篇将陆续刊发，敬请关注。',
  '与此同时，鹏辉能源的二期年产36GWh储能电池生产项目已投产，先导集成电路东港片区基地开工建设。',
];
const page = (paragraphs: string[]) =>
  `衢州新能源产业集群加快成形\n\n发布时间:2023-12-29 10:00:00 来源:衢州日报\n\n${paragraphs.join('\n\n')}\n`;

async function chooseFromFileMenu(p: Page, label: string): Promise<void> {
  await p.getByTestId('file-menu').click();
  await p.locator('.n-dropdown-option').getByText(label, { exact: true }).click();
}

async function typePath(p: Page, value: string): Promise<void> {
  await expect(p.getByTestId('path-prompt')).toBeVisible();
  await p.getByTestId('path-input').fill(value);
  await p.getByTestId('path-confirm').click();
}

test('re-importing a changed file updates its article in place and says so', async ({
  page: p,
}, testInfo) => {
  const folder = path.join(host.current.dataDir, '衢州资料');
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, '衢州新能源.txt');
  await writeFile(file, page(PARAGRAPHS));

  await openApp(p, host.current);
  await chooseFromFileMenu(p, '新建项目…');
  await typePath(p, path.join(host.current.dataDir, '重新导入.zhiyan'));
  await expect(p.getByTestId('project-name')).toHaveText('重新导入');

  await p.getByTestId('import-button').click();
  await typePath(p, folder);
  await expect(p.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await expect(p.getByTestId('import-updated')).toHaveCount(0);
  await p.getByTestId('import-close').click();
  await expect(p.getByTestId('article-item')).toHaveCount(1);

  // The editor's note is gone from the file now: a better-cleaned version of the same article.
  await writeFile(file, page(PARAGRAPHS.filter((text) => !text.startsWith('编者按'))));
  await p.getByTestId('import-button').click();
  await typePath(p, folder);
  const updated = p.getByTestId('import-updated');
  await expect(updated).toBeVisible({ timeout: 30_000 });
  await expect(updated).toContainText('1 篇文献的文件内容有变化，已原地更新');
  await expect(p.getByTestId('import-report')).toContainText('新增文献');
  await p.setViewportSize({ width: 1280, height: 800 });
  await p.screenshot({ path: testInfo.outputPath('reimport-report-1280.png') });
  await p.getByTestId('import-close').click();

  await expect(p.getByTestId('article-item')).toHaveCount(1);
  await p.getByTestId('article-item').first().click();
  await expect(p.getByText('鹏辉能源的二期年产36GWh').first()).toBeVisible();
  await expect(p.getByText('编者按')).toHaveCount(0);
});
