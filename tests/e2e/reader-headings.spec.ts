// Section headings in the reader: a policy text with numbered heads and a newspaper text with "##"
// heads (written here) are imported through the browser host; their heads read as headings (not as
// indented body paragraphs), and the outline in the toolbar jumps to one by mouse and by keyboard.
import { expect, test } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticlePage } from '../../src-main/common/model/article';
import { callApi } from './support/reader-page';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();
const SHOTS = process.env['ZHIYAN_SHOTS_DIR'];
const TITLE = '衢州市关于加快新材料产业发展的若干意见';
const PROSE =
  '坚持创新驱动，聚焦氟硅、锂电材料等重点领域，推动产业链上下游协同发展，加快打造全国一流的新材料产业基地，形成若干具有核心竞争力的产业集群。';

/** Long enough that the last section starts well below the first screen. */
function policyText(): string {
  const section = (n: number) => Array.from({ length: 6 }, (_, i) => `（第${n}部分第${i + 1}段）${PROSE}`).join('\n\n');
  return [
    TITLE,
    '各县（市、区）人民政府，市政府各部门：为加快新材料产业高质量发展，现提出如下意见。',
    '一、总体要求',
    '（一）指导思想',
    section(1),
    '二、重点任务',
    section(2),
    '一、加快推进项目建设，确保重大项目按期开工、早日投产。',
    '三、保障措施',
    section(3),
  ].join('\n\n');
}

test('headings read as headings and the outline jumps to them', async ({ page }) => {
  const watcher = watchPage(page);
  const folder = path.join(host.current.dataDir, 'headings');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'policy.txt'), policyText());
  await openApp(page, host.current);
  await callApi(page, 'importPaths', { paths: [folder] });
  const listed = await callApi<ArticlePage>(page, 'listArticles', { offset: 0, limit: 100, sort: 'imported-desc' });
  const id = listed.items.find((item) => item.title === TITLE)!.id;
  await page.reload();
  await page.getByTestId('import-close').click();
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('data-article-id', String(id));

  // Heads are headings one level under the title (h1), sub-heads one further; body text is not.
  await expect(text.getByRole('heading', { level: 2 })).toHaveText(['一、总体要求', '二、重点任务', '三、保障措施']);
  await expect(text.getByRole('heading', { level: 3 })).toHaveText(['（一）指导思想']);
  // The numbered paragraph that runs into a sentence stays a paragraph.
  await expect(text.getByRole('heading', { name: /加快推进项目建设/ })).toHaveCount(0);
  const heading = text.getByRole('heading', { name: '二、重点任务' });
  const body = text.locator('p', { hasText: '（第2部分第1段）' });
  const style = (locator: typeof heading) =>
    locator.evaluate((element) => {
      const css = getComputedStyle(element);
      return { indent: css.textIndent, weight: Number(css.fontWeight), size: Number.parseFloat(css.fontSize) };
    });
  const headingStyle = await style(heading);
  const bodyStyle = await style(body);
  expect(headingStyle.indent).toBe('0px');
  expect(bodyStyle.indent).not.toBe('0px');
  expect(headingStyle.weight).toBeGreaterThanOrEqual(600);
  expect(headingStyle.size).toBeGreaterThan(bodyStyle.size);
  // The heading's paragraph is still the stored text at its offset (selection and highlights use it).
  const article = await callApi<{ cleanText: string; headings: { text: string; start: number }[] }>(page, 'getArticle', { id });
  const stored = article.headings.find((h) => h.text === '二、重点任务')!;
  await expect(heading).toHaveAttribute('data-offset', String(stored.start));

  // The outline lists every heading; choosing the last one scrolls it into view and focuses it.
  const last = text.getByRole('heading', { name: '三、保障措施' });
  await expect(last).not.toBeInViewport();
  await page.getByTestId('outline-toggle').click();
  const items = page.getByTestId('outline-item');
  await expect(items).toHaveText(['一、总体要求', '（一）指导思想', '二、重点任务', '三、保障措施']);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'reader-headings-outline.png') });
  await items.filter({ hasText: '三、保障措施' }).click();
  await expect(last).toBeInViewport();
  await expect(last).toBeFocused();

  // By keyboard: back to the top, open the outline from the button, arrow down to the first, Enter.
  await page.getByTestId('reader').locator('.reader__scroll').evaluate((element) => element.scrollTo({ top: 10_000 }));
  const first = text.getByRole('heading', { name: '一、总体要求' });
  await expect(first).not.toBeInViewport();
  // The pointer is moved off the place the menu opens, as a keyboard user's would be: a hovered item
  // is where the arrow keys start from.
  await page.mouse.move(0, 0);
  await page.getByTestId('outline-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeVisible();
  // Arrow keys move the marked item (the menu may open with the last one chosen still marked); Enter
  // goes to the marked heading. Each key waits until the menu shows what it did.
  const marked = page.locator('[data-testid="outline-item"].n-dropdown-option-body--pending');
  await expect(async () => {
    const now = (await marked.count()) === 0 ? null : await marked.innerText();
    if (now?.trim() !== '一、总体要求') await page.keyboard.press(now === null ? 'ArrowDown' : 'ArrowUp');
    await expect(marked).toHaveText('一、总体要求', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await expect(first).toBeInViewport();
  await expect(first).toBeFocused();
  expect(watcher.consoleErrors).toEqual([]);
  expect(watcher.foreignRequests).toEqual([]);
});
