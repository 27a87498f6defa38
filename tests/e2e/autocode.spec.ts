// Auto-coding as a researcher does it: search, 自动编码 from the results header, a new code, by
// sentence; the toast says how many passages in how many articles, the passages list shows them,
// 撤销 takes them back, a second run finds them coded already, the codes filter finds the
// articles, and a reload keeps everything.
import { expect, test, type Page } from '@playwright/test';
import { callApi, shot } from './api-call';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();

interface CodeInfo {
  id: number;
  path: string;
  passageCount: number;
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  await expect(page.getByTestId('search-count')).toHaveText('3 篇');
}

test('auto-code the hits of a search by sentence, undo it, redo it, filter by the code', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const watched = watchPage(page);
  await openApp(page, host.current);
  // 动力电池 is in three demo articles.
  await search(page, '动力电池');

  await page.getByTestId('autocode-open').click();
  const dialog = page.getByTestId('autocode-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('autocode-query')).toHaveText('动力电池');
  await expect(page.getByTestId('autocode-hits')).toHaveText('命中 3 篇文献');
  // With an empty codebook the new code's name is offered from the query.
  await expect(page.getByTestId('autocode-new-code')).toHaveValue('动力电池');
  await page.getByTestId('autocode-new-code').fill('电池产业');
  await page.getByTestId('autocode-unit-sentence').click();
  await shot(page, 'autocode-dialog-1280.png', testInfo);
  await page.getByTestId('autocode-run').click();
  await expect(dialog).toBeHidden();

  // The toast counts what the engine did; the passages list shows the same number.
  const code = (await callApi<CodeInfo[]>(page, 'listCodes', {})).find((item) => item.path === '电池产业');
  if (!code) throw new Error('the code was created');
  expect(code.passageCount).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(`已编码 ${code.passageCount} 段（3 篇文献），0 段已有此编码`)).toBeVisible();
  await expect(page.getByTestId('coded-passages-title')).toContainText('编码：电池产业');
  await expect(page.getByTestId('coded-passages-count')).toContainText(`${code.passageCount} 段`);
  const passages = page.getByTestId('coded-passage');
  await expect(passages.first()).toBeVisible();
  // Each passage is a sentence holding the hit.
  for (const quote of await passages.getByTestId('coded-passage-quote').allTextContents()) {
    expect(quote).toContain('动力电池');
  }
  const row = page.locator('[data-testid="code-row"][data-code-path="电池产业"]');
  await expect(row.getByTestId('code-count')).toHaveText(String(code.passageCount));
  await shot(page, 'autocode-passages-1280.png', testInfo);

  // 撤销 on the toast takes every passage back in one step.
  await page.getByTestId('toast-action').click();
  await expect(row.getByTestId('code-count')).toHaveText('0');
  await expect(page.getByTestId('coded-passages-empty')).toBeVisible();

  // Again, by choosing the code this time; a second run finds every passage coded already.
  await page.getByTestId('coded-passages-close').click();
  await expect(page.getByTestId('search-count')).toHaveText('3 篇');
  for (const expected of [
    `已编码 ${code.passageCount} 段（3 篇文献），0 段已有此编码`,
    `没有新的段落需要编码，${code.passageCount} 段已有此编码`,
  ]) {
    await page.getByTestId('autocode-open').click();
    // The select takes the pointer once the dialog has come in: the click waits for that.
    await page.getByTestId('autocode-code').click();
    const option = page.locator('.n-tree-node', { hasText: '电池产业' });
    await expect(option).toBeVisible();
    await option.click();
    await page.getByTestId('autocode-run').click();
    await expect(page.getByText(expected)).toBeVisible();
    await page.getByTestId('coded-passages-close').click();
  }

  // The codes filter finds the three articles.
  await page.getByTestId('search-input').fill('');
  await page.getByTestId('search-filters-toggle').click();
  await page.getByTestId('filter-codes').click();
  await page.locator('.n-tree-node', { hasText: '电池产业' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-count')).toHaveText('3 篇');
  await shot(page, 'autocode-filter-1280.png', testInfo);

  // Saved: after a reload the code still holds its passages.
  await page.reload();
  await expect(row.getByTestId('code-count')).toHaveText(String(code.passageCount));
  await row.click();
  await expect(page.getByTestId('coded-passages-count')).toContainText(`${code.passageCount} 段`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await passages.first().click();
  await expect(page.getByTestId('article-title')).toBeVisible();
  await shot(page, 'autocode-passages-1920.png', testInfo);
  expect(watched.consoleErrors).toEqual([]);
});
