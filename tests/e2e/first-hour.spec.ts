// The first hour of a researcher (issue 18): an import whose count of added articles moves while
// it runs, the typed-path prompt saying its example once, empty states that say what to do next,
// missing metadata worded alike in the reader, the library and search results, and text-size
// controls on both panes of a side-by-side reading.
import { expect, test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, useWebHost, watchPage } from './web-host';

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

/**
 * A folder of `count` distinct articles of `paragraphs` paragraphs each. Fewer articles than the
 * engine stores in one batch (200), so only storing by time makes the count move before the end;
 * long enough that reading them takes a few seconds.
 */
async function articleFolder(name: string, count: number, paragraphs: number): Promise<string> {
  const folder = path.join(host.current.dataDir, name);
  await mkdir(folder, { recursive: true });
  const cities = ['衢州', '合肥', '宜宾', '常州', '绍兴', '赣州', '苏州', '东莞'];
  for (let i = 0; i < count; i++) {
    const city = cities[i % cities.length]!;
    const body = Array.from(
      { length: paragraphs },
      (_, j) =>
        `${city}市第${i}号产业项目第${j}段：总投资${(i * j) % 97}亿元，建设第${j}条新能源配套生产线，编号${i * 7919 + j}。`,
    ).join('\n');
    await writeFile(
      path.join(folder, `${String(i).padStart(5, '0')}.txt`),
      `${city}第${i}号产业项目签约落地\n\n发布时间：2024-0${(i % 9) + 1}-1${i % 10} 09:00 来源：测试日报\n\n${body}\n`,
    );
  }
  return folder;
}

const ARTICLES = 190;
const addedCount = (text: string): number => Number((/(\d[\d,]*)/.exec(text)?.[1] ?? '0').replace(/,/g, ''));

test('missing source and date read the same in the reader, the library and search results', async ({ page }) => {
  // Wide enough for the library's source column.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, host.current);
  // The demo article from a page that named neither source nor date.
  const row = page.getByTestId('article-item').filter({ hasText: '稀土' });
  await expect(row).toContainText('来源不详');
  await expect(row).toContainText('无日期');
  await row.click();
  await expect(page.getByTestId('article-source')).toHaveText('来源不详');
  await expect(page.getByTestId('article-date')).toHaveText('无日期');
  await page.getByTestId('search-input').fill('稀土');
  const hit = page.getByTestId('search-hit').filter({ hasText: '稀土' }).first();
  await expect(hit).toContainText('来源不详');
  await expect(hit).toContainText('无日期');
  for (const other of ['未注明', '年份不详']) await expect(page.locator('body')).not.toContainText(other);
});

test('both panes of a side-by-side reading have their own text size', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('article-item').first().click();
  await page.getByTestId('start-compare').click();
  await page.getByTestId('article-item').nth(1).click();
  const left = page.locator('[data-testid="reader"][data-pane="0"]');
  const right = page.locator('[data-testid="reader"][data-pane="1"]');
  await expect(right.getByTestId('article-title')).toBeVisible();
  const textSize = (pane: typeof left) =>
    pane.getByTestId('article-text').locator('p').first().evaluate((p) => getComputedStyle(p).fontSize);

  const start = Number(await left.getByTestId('font-size').textContent());
  await expect(right.getByTestId('font-size-right')).toHaveText(String(start));
  await right.getByTestId('font-larger-right').click();
  await right.getByTestId('font-larger-right').click();
  await expect(right.getByTestId('font-size-right')).toHaveText(String(start + 2));
  await expect(left.getByTestId('font-size')).toHaveText(String(start));
  expect(await textSize(right)).toBe(`${start + 2}px`);
  expect(await textSize(left)).toBe(`${start}px`);

  await left.getByTestId('font-smaller').click();
  await expect(left.getByTestId('font-size')).toHaveText(String(start - 1));
  await expect(right.getByTestId('font-size-right')).toHaveText(String(start + 2));
  expect(await textSize(left)).toBe(`${start - 1}px`);
  expect(await textSize(right)).toBe(`${start + 2}px`);
});

test('changing a report option keeps the old preview on screen, dimmed under a spinner', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('export-button').click();
  const preview = page.frameLocator('[data-testid="export-preview"]');
  await expect(preview.locator('h1')).toBeVisible({ timeout: 20_000 });
  const spinner = page.getByTestId('export-preview-spin').locator('.n-spin-body');
  await expect(spinner).toBeHidden();
  const title = page.getByLabel('报告标题');
  await title.fill('锂电产业研究');
  // At once, before the new preview has come: the spinner over the old page, still shown and marked
  // as stale (read in one moment: the demo's preview takes a fraction of a second).
  const moment = await page.waitForFunction(
    () => {
      const spin = document.querySelector('[data-testid="export-preview-spin"] .n-spin-body');
      if (!spin) return null;
      const frame = document.querySelector<HTMLIFrameElement>('[data-testid="export-preview"]');
      return {
        frameShown: frame !== null && frame.checkVisibility({ visibilityProperty: true }),
        oldPage: frame !== null && !(frame.srcdoc ?? '').includes('锂电产业研究'),
        busy: document.querySelector('.preview-frame')?.getAttribute('aria-busy'),
      };
    },
    undefined,
    { polling: 'raf', timeout: 5_000 },
  );
  expect(await moment.jsonValue()).toEqual({ frameShown: true, oldPage: true, busy: 'true' });
  // Then the new one replaces it and the spinner goes.
  await expect(preview.locator('h1')).toHaveText('锂电产业研究', { timeout: 20_000 });
  await expect(spinner).toBeHidden();
  await expect(page.locator('.preview-frame')).toHaveAttribute('aria-busy', 'false');
});

// Last: it leaves the new project open for the next start of the app.
test('a new project says to import; the import counts added articles while it runs', async ({ page }) => {
  test.setTimeout(180_000);
  const watcher = watchPage(page);
  await openApp(page, host.current);
  await chooseFromFileMenu(page, '新建项目…');
  await typePath(page, path.join(host.current.dataDir, '第一小时.zhiyan'));
  await expect(page.getByTestId('project-name')).toHaveText('第一小时');

  // The empty reader of an empty project points to importing, not to a list that has nothing.
  const empty = page.getByTestId('reader-empty');
  await expect(empty).toHaveAttribute('data-state', 'no-articles');
  await expect(empty).toContainText('还没有文献');
  await expect(empty).not.toContainText('点选');

  // The prompt's example is said once: under the box, not again as its placeholder.
  // Long articles, so reading them takes several seconds even on a fast machine: the count must move
  // while files remain, which only storing by time (not by batch of 200) can do.
  const folder = await articleFolder('many-articles', ARTICLES, 1500);
  await page.getByTestId('reader-empty-import').click();
  const prompt = page.getByTestId('path-prompt');
  await expect(prompt).toBeVisible();
  const hint = (await page.getByTestId('path-hint').textContent())?.trim() ?? '';
  expect(hint).toContain('/home/me/');
  const promptText = (await prompt.innerText()) + ((await page.getByTestId('path-input').getAttribute('placeholder')) ?? '');
  expect(promptText.split(hint).length - 1).toBe(1);
  await page.getByTestId('path-input').fill(folder);
  await page.getByTestId('path-confirm').click();

  // While the import runs (no report yet, files still to read) the added count is above 0.
  await page.waitForFunction(
    () => {
      const added = document.querySelector('[data-testid="import-added"]')?.textContent ?? '';
      const files = document.querySelector('[data-testid="import-files"]')?.textContent ?? '';
      const [done, total] = (files.match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
      const running = document.querySelector('[data-testid="import-report"]') === null;
      return running && Number((/[\d,]+/.exec(added)?.[0] ?? '0').replace(/,/g, '')) > 0 && done! < total!;
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const during = addedCount((await page.getByTestId('import-added').textContent()) ?? '');
  expect(during).toBeGreaterThan(0);
  expect(during).toBeLessThan(ARTICLES);
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('import-report').locator('.import__stat--ok')).toContainText(String(ARTICLES));
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('library-count')).toContainText(String(ARTICLES));

  // With articles in the library the empty reader says to pick one.
  await expect(empty).toHaveAttribute('data-state', 'pick');
  await expect(empty).toContainText('点选一篇文章');
  expect(watcher.consoleErrors).toEqual([]);
});
