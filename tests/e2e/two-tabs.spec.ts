// Two tabs on one project (the browser host): a note saved in one tab shows in the other; a note
// saved over a newer version is refused and both texts are shown, nothing silently overwritten;
// Ctrl+Z in a tab undoes that tab's step only; an undone memo leaves the memo panel.
import { expect, test, type Page } from '@playwright/test';
import { callApi, shot } from './api-call';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

async function openArticle(page: Page, index: number): Promise<number> {
  await page.getByTestId('article-item').nth(index).click();
  await expect(page.getByTestId('note-input')).toBeEnabled();
  const { items } = await callApi<{ items: { id: number; title: string }[] }>(page, 'listArticles', { limit: 100 });
  const title = (await page.getByTestId('article-title').textContent())?.trim();
  return items.find((item) => item.title === title)!.id;
}

test('a note saved in one tab shows in the other, and a save over it is refused with both texts', async ({ context }, testInfo) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, host.current);
  await openApp(b, host.current);
  const articleId = await openArticle(a, 1);
  await openArticle(b, 1);

  await a.getByTestId('note-input').fill('甲页写的笔记');
  await expect(a.getByTestId('note-status')).toHaveAttribute('data-state', 'saved');
  await expect(b.getByTestId('note-input')).toHaveValue('甲页写的笔记');

  // B starts typing; before its autosave, A's version changes under it.
  await b.getByTestId('note-input').fill('乙页的想法');
  await callApi(a, 'saveArticleNote', { articleId, body: '甲页又改了' });
  const dialog = b.getByTestId('note-conflict');
  await expect(dialog).toBeVisible();
  await expect(b.getByTestId('conflict-yours')).toHaveText('乙页的想法');
  await expect(b.getByTestId('conflict-theirs')).toHaveText('甲页又改了');
  await shot(b, 'note-conflict.png', testInfo);
  const stored = await callApi<{ body: string }>(a, 'getArticleNote', { articleId });
  expect(stored.body).toBe('甲页又改了');

  await b.getByTestId('conflict-mine').click();
  await expect(dialog).toBeHidden();
  await expect(b.getByTestId('note-status')).toHaveAttribute('data-state', 'saved');
  await expect(a.getByTestId('note-input')).toHaveValue('乙页的想法');
});

test('Ctrl+Z undoes the tab’s own step, and an undone memo leaves the memo panel', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, host.current);
  await openApp(b, host.current);

  await a.getByTestId('notes-tab-memos').click();
  await a.getByTestId('memo-new').click();
  await a.getByTestId('memo-title').fill('甲页的备忘录');
  await expect(a.getByTestId('memo-status')).toHaveAttribute('data-state', 'saved');
  await b.getByTestId('notes-tab-memos').click();
  await expect(b.getByTestId('memo-item')).toHaveCount(1);

  // B's Ctrl+Z has nothing of B's to undo: A's memo stays.
  await b.getByTestId('article-item').first().click();
  await b.keyboard.press('Control+z');
  await expect(b.getByText('没有可以撤销的操作')).toBeVisible();
  await expect(b.getByTestId('memo-item')).toHaveCount(1);

  // A's Ctrl+Z (outside a text field) takes its memo back: gone from both tabs' panels.
  await a.getByTestId('article-item').first().click();
  await a.keyboard.press('Control+z');
  await expect(a.getByTestId('memo-title')).toHaveCount(0);
  await expect(a.getByTestId('memo-item')).toHaveCount(0);
  await expect(b.getByTestId('memo-item')).toHaveCount(0);
});
