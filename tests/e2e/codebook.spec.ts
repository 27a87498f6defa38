// The codebook as a researcher builds it in the sidebar: codes and sub-codes made with the mouse
// and the keyboard, renamed, recoloured, moved by drag and drop and by "移动到…", merged, deleted
// (asked first, undone from the toast), and the passages of a code opened in the reader. Every
// change must survive a reload.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { callApi, shot } from './api-call';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();

interface CodeInfo {
  id: number;
  path: string;
  passageCount: number;
}
interface ArticleInfo {
  id: number;
  title: string;
  cleanText: string;
}

const row = (page: Page, path: string): Locator => page.locator(`[data-testid="code-row"][data-code-path="${path}"]`);

async function newCodeFromDialog(page: Page, name: string): Promise<void> {
  const dialog = page.getByTestId('code-edit-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('code-name-input')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

async function menuItem(page: Page, code: string, item: string): Promise<void> {
  await row(page, code).click({ button: 'right' });
  await page.locator('.n-dropdown-option', { hasText: item }).click();
}

/**
 * Drags a row onto another with the mouse. Playwright's dragTo presses, moves and lets go as a hand
 * does, and waits for Chromium to start the drag before it moves on: a press released before the
 * drag has started would end as a click on the source.
 */
async function dragOnto(source: Locator, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the target row is visible');
  // The middle of the row's height: onto it (a sub-code), not before or after it.
  await source.dragTo(target, { sourcePosition: { x: 40, y: 8 }, targetPosition: { x: 60, y: box.height / 2 } });
}

/** A highlight over the first occurrence of `quote` in the article, with the given codes. */
async function highlight(page: Page, article: ArticleInfo, quote: string, codeIds: number[]): Promise<void> {
  const start = article.cleanText.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  await callApi(page, 'createHighlight', { articleId: article.id, start, end: start + quote.length, codeIds });
}

async function articles(page: Page): Promise<ArticleInfo[]> {
  const list = await callApi<{ items: { id: number }[] }>(page, 'listArticles', { limit: 20 });
  return Promise.all(list.items.map((item) => callApi<ArticleInfo>(page, 'getArticle', { id: item.id })));
}

async function codeByPath(page: Page, path: string): Promise<CodeInfo> {
  const codes = await callApi<CodeInfo[]>(page, 'listCodes', {});
  const found = codes.find((code) => code.path === path);
  if (!found) throw new Error(`no code ${path}`);
  return found;
}

test('build a codebook with the mouse and the keyboard, reorganise it, undo a deletion', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const watched = watchPage(page);
  await openApp(page, host.current);
  const section = page.getByTestId('codebook-section');
  await expect(section).toContainText('编码本还是空的');

  // Mouse: the 新建编码 button, a name, Enter.
  await page.getByTestId('code-new').click();
  await newCodeFromDialog(page, '产业');
  await expect(row(page, '产业')).toBeVisible();

  // Context menu: a sub-code, in a colour chosen from the palette.
  await menuItem(page, '产业', '新建子编码');
  await expect(page.getByTestId('code-edit-dialog')).toContainText('在「产业」下新建子编码');
  await page.keyboard.type('新能源');
  await page.locator('[data-testid="code-color-picker"] [data-color="#4e79a7"]').click();
  await page.getByTestId('code-edit-confirm').click();
  await expect(row(page, '产业/新能源')).toBeVisible();
  await expect(row(page, '产业/新能源').getByTestId('code-dot')).toHaveCSS('background-color', 'rgb(78, 121, 167)');

  // Keyboard: focus the 产业 row, Insert makes a sub-code; the new code takes the focus.
  await row(page, '产业').focus();
  await page.keyboard.press('Insert');
  await newCodeFromDialog(page, '新材料');
  await expect(row(page, '产业/新材料')).toBeFocused();
  for (const name of ['营商环境', '招商引资']) {
    await page.getByTestId('code-new').click();
    await newCodeFromDialog(page, name);
  }

  // Codebook order, with the number keys 1–5.
  const rows = page.getByTestId('code-row');
  await expect(rows).toHaveCount(5);
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-code-path')))).toEqual([
    '产业',
    '产业/新能源',
    '产业/新材料',
    '营商环境',
    '招商引资',
  ]);
  await expect(rows.getByTestId('code-shortcut')).toHaveText(['1', '2', '3', '4', '5']);

  // A name taken at the same level is refused with the engine's message; nothing is added.
  await page.getByTestId('code-new').click();
  await page.keyboard.type('营商环境');
  await page.keyboard.press('Enter');
  await expect(page.getByText('同一层级下已经有同名的编码')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(5);

  // Rename inline: double click, or F2 from the keyboard.
  await row(page, '招商引资').dblclick();
  await page.getByTestId('code-rename-input').fill('招商');
  await page.keyboard.press('Enter');
  await expect(row(page, '招商')).toBeFocused();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('招商引资');
  await page.keyboard.press('Enter');
  await expect(row(page, '招商引资')).toBeVisible();

  // Recolour and describe through 编辑….
  await menuItem(page, '营商环境', '编辑…');
  await page.locator('[data-testid="code-color-picker"] [data-color="#59a14f"]').click();
  await page.getByTestId('code-description-input').fill('审批、政务服务与要素保障');
  await page.getByTestId('code-edit-confirm').click();
  await expect(row(page, '营商环境').getByTestId('code-dot')).toHaveCSS('background-color', 'rgb(89, 161, 79)');
  await expect(row(page, '营商环境')).toHaveAttribute('title', '审批、政务服务与要素保障');

  // Drag and drop 招商引资 onto 营商环境: it becomes its sub-code.
  await dragOnto(row(page, '招商引资'), row(page, '营商环境'));
  await expect(row(page, '营商环境/招商引资')).toBeVisible();
  // "移动到…" for keyboard users: back to the top level.
  await menuItem(page, '营商环境/招商引资', '移动到…');
  await expect(page.getByTestId('code-move-dialog')).toBeVisible();
  await page.getByTestId('code-target-confirm').click();
  await expect(row(page, '招商引资')).toBeVisible();

  // Passages to merge and delete (made through the engine; the reader's selection is not under test).
  const [first, second] = await articles(page);
  if (!first || !second) throw new Error('the demo project has articles');
  const materials = await codeByPath(page, '产业/新材料');
  const energy = await codeByPath(page, '产业/新能源');
  await highlight(page, first, first.cleanText.slice(0, 12), [materials.id]);
  await highlight(page, second, second.cleanText.slice(0, 12), [energy.id]);
  await expect(row(page, '产业/新材料').getByTestId('code-count')).toHaveText('1');

  // Merge 新材料 into 新能源: the dialog says the passages are re-coded.
  await menuItem(page, '产业/新材料', '合并到…');
  const mergeDialog = page.getByTestId('code-merge-dialog');
  await expect(mergeDialog).toContainText('1 段编码会改为目标编码');
  await page.getByTestId('code-target-select').click();
  await page.locator('.n-tree-node', { hasText: '新能源' }).click();
  await page.getByTestId('code-target-confirm').click();
  await expect(row(page, '产业/新材料')).toHaveCount(0);
  await expect(row(page, '产业/新能源').getByTestId('code-count')).toHaveText('2');

  // Delete 产业 with the keyboard: it asks, saying how many passages lose the code and that the sub-code goes.
  await row(page, '产业').focus();
  await page.keyboard.press('Delete');
  const deleteDialog = page.getByTestId('code-delete-dialog');
  await expect(deleteDialog).toContainText('2 段文字将失去这个编码');
  await expect(deleteDialog).toContainText('它的 1 个子编码也会一起删除');
  await shot(page, 'codebook-delete-1280.png', testInfo);
  await page.getByTestId('code-delete-confirm').click();
  await expect(row(page, '产业')).toHaveCount(0);
  await expect(row(page, '产业/新能源')).toHaveCount(0);
  await expect(page.getByText('已删除编码「产业」')).toBeVisible();

  // 撤销 on the toast brings both back, with their passages.
  await page.locator('.toast-with-action', { hasText: '已删除编码' }).getByTestId('toast-action').click();
  await expect(row(page, '产业/新能源')).toBeVisible();
  await expect(row(page, '产业/新能源').getByTestId('code-count')).toHaveText('2');
  await shot(page, 'codebook-tree-1280.png', testInfo);

  // Everything was saved.
  await page.reload();
  await expect(rows).toHaveCount(4);
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-code-path')))).toEqual([
    '产业',
    '产业/新能源',
    '营商环境',
    '招商引资',
  ]);
  await expect(row(page, '营商环境').getByTestId('code-dot')).toHaveCSS('background-color', 'rgb(89, 161, 79)');
  await expect(row(page, '产业/新能源').getByTestId('code-count')).toHaveText('2');
  // A collapsed code counts its sub-codes' passages.
  await row(page, '产业').getByTestId('code-toggle').click();
  await expect(row(page, '产业').getByTestId('code-count')).toHaveText('2');
  expect(watched.consoleErrors).toEqual([]);
});

test("a code's passages replace the library; one opens its article in the reader", async ({ page }, testInfo) => {
  await openApp(page, host.current);
  const code = await callApi<CodeInfo>(page, 'createCode', { name: '新材料', parentId: null });
  const sub = await callApi<CodeInfo>(page, 'createCode', { name: '膜材料', parentId: code.id });
  const list = await articles(page);
  const withText = list.filter((article) => article.cleanText.length > 80).slice(0, 3);
  const [a, b, c] = withText;
  if (!a || !b || !c) throw new Error('the demo project has three articles with text');
  await highlight(page, a, a.cleanText.slice(20, 60), [code.id]);
  await highlight(page, b, b.cleanText.slice(10, 50), [code.id]);
  await highlight(page, c, c.cleanText.slice(5, 30), [sub.id]);

  await expect(row(page, '新材料')).toBeVisible();
  await row(page, '新材料').click();
  const pane = page.getByTestId('coded-passages');
  await expect(pane).toBeVisible();
  await expect(page.getByTestId('library')).toHaveCount(0);
  await expect(page.getByTestId('coded-passages-title')).toContainText('编码：新材料');
  // Sub-codes are included unless switched off.
  await expect(page.getByTestId('coded-passages-count')).toContainText('3 段');
  const passages = pane.getByTestId('coded-passage');
  await expect(passages).toHaveCount(3);
  await page.getByTestId('coded-passages-descendants').click();
  await expect(passages).toHaveCount(2);
  await expect(page.getByTestId('coded-passages-count')).toContainText('2 段');
  await shot(page, 'coded-passages-1280.png', testInfo);

  // A click opens the article and shows the passage.
  const entry = passages.filter({ hasText: b.title });
  await expect(entry.getByTestId('coded-passage-quote')).toHaveText(b.cleanText.slice(10, 50));
  await entry.click();
  await expect(page.getByTestId('article-title')).toHaveText(b.title);
  await expect(entry).toHaveAttribute('aria-selected', 'true');

  // Close: the library is back.
  await page.getByTestId('coded-passages-close').click();
  await expect(page.getByTestId('library')).toBeVisible();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await row(page, '新材料').click();
  // The switch keeps its place; on again, the sub-code's passage is back.
  await expect(passages).toHaveCount(2);
  await page.getByTestId('coded-passages-descendants').click();
  await expect(passages).toHaveCount(3);
  await shot(page, 'coded-passages-1920.png', testInfo);
});
