// Coding stripes as a researcher uses them: beside the text, a stripe per code in its colour over
// the lines of the passage (side by side where passages overlap), the code's name on hover, a
// click that opens the passage as a click in the text does, a marker after a passage with a note,
// and a switch that hides them (remembered after a reload). Screenshots at 1280x800 and 1920x1080.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import type { Code, Highlight } from '../../src-main/common/model/annotation';
import { callApi, shot } from './api-call';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();

interface ArticleInfo {
  id: number;
  cleanText: string;
}

/** The vertical extent of a highlight's marks on screen. */
async function markExtent(text: Locator, highlightId: number): Promise<{ top: number; bottom: number }> {
  return text.evaluate((root, id) => {
    const rects = [...root.querySelectorAll(`[data-hl~="${id}"]`)].flatMap((mark) => [
      ...mark.getClientRects(),
    ]);
    return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
  }, highlightId);
}

test('a stripe per code beside the text: name on hover, click opens the passage, switch hides them', async ({
  page,
}, testInfo) => {
  const watcher = watchPage(page);
  await openApp(page, host.current);
  const first = page.getByTestId('article-item').first();
  const articleId = Number(await first.getAttribute('data-article-id'));
  const article = await callApi<ArticleInfo>(page, 'getArticle', { id: articleId });
  const policy = await callApi<Code>(page, 'createCode', { name: '政策工具', color: '#e15759' });
  const business = await callApi<Code>(page, 'createCode', { name: '营商环境', color: '#e8605f' });
  const talent = await callApi<Code>(page, 'createCode', { name: '人才引进', color: '#4e79a7' });
  // Two passages over the same lines (one with two codes), and one further down with a note.
  const paragraphs = article.cleanText.split('\n');
  const firstLong = paragraphs.findIndex((p) => p.length > 60);
  expect(firstLong).toBeGreaterThanOrEqual(0);
  const base = paragraphs.slice(0, firstLong).join('\n').length + (firstLong > 0 ? 1 : 0);
  const wide = await callApi<Highlight>(page, 'createHighlight', {
    articleId,
    start: base + 2,
    end: base + 58,
    codeIds: [policy.id, business.id],
  });
  const inner = await callApi<Highlight>(page, 'createHighlight', {
    articleId,
    start: base + 20,
    end: base + 30,
    codeIds: [talent.id],
  });
  const noted = await callApi<Highlight>(page, 'createHighlight', {
    articleId,
    start: base + 40,
    end: base + 50,
    codeIds: [],
    note: '这一段说的是审批时限',
  });
  await page.reload();
  await page.getByTestId('article-item').first().click();
  const reader = page.locator('[data-testid="reader"][data-pane="0"]');
  const text = reader.getByTestId('article-text');
  await expect(text).toBeVisible();

  // One stripe per code of each coded passage; the uncoded passage has none.
  const stripes = reader.getByTestId('coding-stripe');
  await expect(stripes).toHaveCount(3);
  const stripeOf = (highlight: Highlight, code: Code) =>
    reader.locator(
      `[data-testid="coding-stripe"][data-highlight-id="${highlight.id}"][data-code-id="${code.id}"]`,
    );
  await expect(stripeOf(wide, policy)).toHaveAttribute('title', '政策工具');
  await expect(stripeOf(wide, business)).toHaveAttribute('title', '营商环境');
  await expect(stripeOf(inner, talent)).toHaveAttribute('title', '人才引进');
  // Codes on the same lines stand side by side, each in its colour, left of the text.
  const columns = await stripes.evaluateAll((all) => all.map((s) => (s as HTMLElement).dataset.column));
  expect(new Set(columns).size).toBe(3);
  const boxes = await Promise.all(
    [stripeOf(wide, policy), stripeOf(wide, business), stripeOf(inner, talent)].map((s) => s.boundingBox()),
  );
  expect(new Set(boxes.map((box) => Math.round(box!.x))).size).toBe(3);
  const textBox = (await text.boundingBox())!;
  for (const box of boxes) expect(box!.x + box!.width).toBeLessThanOrEqual(textBox.x);
  await expect(stripeOf(wide, policy)).toHaveCSS('background-color', 'rgb(225, 87, 89)');
  // Each spans the lines of its passage, measured on screen.
  for (const [stripe, highlight] of [
    [stripeOf(wide, policy), wide],
    [stripeOf(inner, talent), inner],
  ] as const) {
    const box = (await stripe.boundingBox())!;
    const extent = await markExtent(text, highlight.id);
    expect(Math.abs(box.y - extent.top)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.y + box.height - extent.bottom)).toBeLessThanOrEqual(1.5);
  }

  // The passage with a note has a marker after it, and none of the others.
  const markers = reader.getByTestId('note-marker');
  await expect(markers).toHaveCount(1);
  await expect(markers).toHaveAttribute('data-highlight-id', String(noted.id));

  await shot(page, 'stripes-reader-1280.png', testInfo);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'stripes-reader-1920.png', testInfo);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Still beside their passages after the text size changes (the lines move).
  await reader.getByTestId('font-larger').click();
  await reader.getByTestId('font-larger').click();
  await expect(async () => {
    const box = (await stripeOf(inner, talent).boundingBox())!;
    const extent = await markExtent(text, inner.id);
    expect(Math.abs(box.y - extent.top)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.y + box.height - extent.bottom)).toBeLessThanOrEqual(1.5);
  }).toPass();
  await reader.getByTestId('font-smaller').click();
  await reader.getByTestId('font-smaller').click();

  // Hover names the code; a click opens the passage as a click on it in the text does.
  await stripeOf(inner, talent).hover();
  await stripeOf(inner, talent).click();
  const popover = page.getByTestId('highlight-popover');
  await expect(popover).toBeVisible();
  await expect(popover).toHaveAttribute('data-highlight-id', String(inner.id));
  await reader.getByTestId('font-size').click();
  await expect(popover).toBeHidden();
  await markers.click();
  await expect(popover).toHaveAttribute('data-highlight-id', String(noted.id));
  await expect(page.getByTestId('highlight-note')).toHaveValue('这一段说的是审批时限');
  await reader.getByTestId('font-size').click();
  await expect(popover).toBeHidden();

  // The switches hide them, and the choice is remembered.
  await reader.getByTestId('toggle-stripes').click();
  await expect(stripes).toHaveCount(0);
  await expect(markers).toHaveCount(1);
  await reader.getByTestId('toggle-note-markers').click();
  await expect(markers).toHaveCount(0);
  await page.reload();
  await page.getByTestId('article-item').first().click();
  await expect(text).toBeVisible();
  await expect(reader.locator('.zy-hl').first()).toBeVisible();
  await expect(stripes).toHaveCount(0);
  await expect(markers).toHaveCount(0);
  await expect(reader.getByTestId('toggle-stripes')).toHaveAttribute('aria-pressed', 'false');
  await reader.getByTestId('toggle-stripes').click();
  await reader.getByTestId('toggle-note-markers').click();
  await expect(stripes).toHaveCount(3);
  await expect(markers).toHaveCount(1);
  expect(watcher.consoleErrors).toEqual([]);
});

test('two articles side by side at 1280x800: no tab label wraps, titles show in full on hover', async ({
  page,
}, testInfo) => {
  await openApp(page, host.current);
  const items = page.getByTestId('article-item');
  await items.nth(0).click();
  await page.getByTestId('start-compare').click();
  const otherId = Number(await items.nth(3).getAttribute('data-article-id'));
  await page.evaluate((id) => {
    const pane = document.querySelector('[data-testid="reader"][data-pane="1"]');
    const transfer = new DataTransfer();
    transfer.setData('application/x-zhiyan-article', String(id));
    for (const name of ['dragover', 'drop']) {
      pane!.dispatchEvent(new DragEvent(name, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, otherId);
  const right = page.locator('[data-testid="reader"][data-pane="1"]');
  await expect(right.getByTestId('article-title')).toBeVisible();
  // Type a note so the save state shows beside the tabs too, as it does while working.
  await page.getByTestId('note-input').fill('对照阅读的笔记');
  await expect(page.getByTestId('note-status')).toHaveAttribute('data-state', 'saved');

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    for (const id of ['notes-tab-article', 'notes-tab-memos']) {
      const tab = page.getByTestId(id);
      // One line: the label's text makes one line box, and the tab is as tall as one line.
      const lines = await tab.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        const style = getComputedStyle(element);
        const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
        const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
        return {
          boxes: tops.size,
          height: element.getBoundingClientRect().height,
          one: lineHeight + padding,
        };
      });
      expect(lines.boxes, `${id} at ${size.width}`).toBe(1);
      expect(lines.height, `${id} at ${size.width}`).toBeLessThanOrEqual(lines.one + 1);
    }
    // A title cut short in the library shows whole on hover.
    const title = page.getByTestId('article-title-cell').first();
    expect(((await title.getAttribute('title')) ?? '').length).toBeGreaterThan(0);
    await shot(page, `stripes-two-pane-${size.width}.png`, testInfo);
  }

  // Narrower still, the right column folds to a rail of vertical labels rather than squeezing the
  // readers; a label opens it on that tab, the fold button folds it again.
  await page.setViewportSize({ width: 1100, height: 760 });
  await expect(page.getByTestId('notes-rail')).toBeVisible();
  const rail = (await page.getByTestId('notes-rail').boundingBox())!;
  expect(rail.width).toBeLessThan(40);
  await shot(page, 'stripes-two-pane-1100-rail.png', testInfo);
  await page.getByTestId('notes-rail-memos').click();
  await expect(page.getByTestId('notes-tab-memos')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('notes-fold').click();
  await expect(page.getByTestId('notes-rail')).toBeVisible();
  await page.getByTestId('notes-rail-article').click();
  await expect(page.getByTestId('note-input')).toHaveValue('对照阅读的笔记');
});

test('a windowed huge article draws the stripes of the passages in the page, aligned as it scrolls', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const folder = path.join(host.current.dataDir, 'windowed');
  await mkdir(folder, { recursive: true });
  const sentence = '衢州智造新城围绕新材料产业链招商引资，营商环境持续优化，审批事项实行清单化管理。';
  const paragraphs = Array.from({ length: 1_800 }, (_, i) => `第${i + 1}段。${sentence}${sentence}`);
  await writeFile(path.join(folder, 'windowed.txt'), `窗口渲染编码条测试\n\n${paragraphs.join('\n\n')}\n`);
  await openApp(page, host.current);
  await callApi(page, 'importPaths', { paths: [folder] });
  const listed = await callApi<{ items: { id: number; title: string }[] }>(page, 'listArticles', {
    offset: 0,
    limit: 100,
    sort: 'imported-desc',
  });
  const id = listed.items.find((item) => item.title === '窗口渲染编码条测试')!.id;
  const article = await callApi<ArticleInfo>(page, 'getArticle', { id });
  expect(article.cleanText.length).toBeGreaterThan(60_000);
  const code = await callApi<Code>(page, 'createCode', { name: '窗口编码', color: '#59a14f' });
  const early = article.cleanText.indexOf('第3段');
  const late = article.cleanText.indexOf('第1790段');
  const [top, bottom] = await Promise.all(
    [early, late].map((start) =>
      callApi<Highlight>(page, 'createHighlight', {
        articleId: id,
        start,
        end: start + 30,
        codeIds: [code.id],
      }),
    ),
  );
  await page.reload();
  await page
    .getByTestId('import-close')
    .click({ timeout: 5_000 })
    .catch(() => undefined);
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  const reader = page.locator('[data-testid="reader"][data-pane="0"]');
  const text = reader.getByTestId('article-text');
  await expect(text).toHaveClass(/article-text--windowed/);
  const stripeOf = (highlight: Highlight) =>
    reader.locator(`[data-testid="coding-stripe"][data-highlight-id="${highlight.id}"]`);
  // At the top only the early passage is in the page, and so only its stripe.
  await expect(stripeOf(top!)).toHaveCount(1);
  await expect(stripeOf(bottom!)).toHaveCount(0);

  // Scrolled to the end: the late passage is drawn, with its stripe beside it; the early one is gone.
  const scroller = reader.locator('.reader__scroll');
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(text.locator(`[data-hl~="${bottom!.id}"]`).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(stripeOf(top!)).toHaveCount(0);
  await expect(async () => {
    const box = (await stripeOf(bottom!).boundingBox())!;
    const extent = await markExtent(text, bottom!.id);
    expect(Math.abs(box.y - extent.top)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.y + box.height - extent.bottom)).toBeLessThanOrEqual(1.5);
  }).toPass({ timeout: 10_000 });
  // Scrolling on keeps it beside its passage (it moves with the text).
  await scroller.evaluate((element) => element.scrollBy({ top: -120 }));
  const box = (await stripeOf(bottom!).boundingBox())!;
  const extent = await markExtent(text, bottom!.id);
  expect(Math.abs(box.y - extent.top)).toBeLessThanOrEqual(1.5);
});
