// What the reader specs do as a person would: select text by dragging the mouse from one character
// to another, and call the app's API (for setup the UI under test does not cover).
import type { Locator, Page } from '@playwright/test';

export async function callApi<T>(page: Page, method: string, args: object): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Zhiyan-Token': sessionStorage.getItem('zhiyan.token') ?? '',
        },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    [method, args] as const,
  ) as Promise<T>;
}

/** The centre of the character at `index` in a paragraph's text, on screen. */
export async function characterPoint(paragraph: Locator, index: number): Promise<{ x: number; y: number }> {
  await paragraph.scrollIntoViewIfNeeded();
  return paragraph.evaluate((element, at) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let left = at;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const size = (node.nodeValue ?? '').length;
      if (left < size) {
        const range = document.createRange();
        range.setStart(node, left);
        range.setEnd(node, left + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      left -= size;
    }
    throw new Error(`no character ${at}`);
  }, index);
}

/** Drags the mouse from the start of character `from` of one paragraph to the end of character `to` of another. */
export async function dragSelect(
  page: Page,
  start: { paragraph: Locator; index: number },
  end: { paragraph: Locator; index: number },
): Promise<void> {
  const a = await characterPoint(start.paragraph, start.index);
  const b = await characterPoint(end.paragraph, end.index);
  // From the left edge of the first character to the right edge of the last one.
  await page.mouse.move(a.x - 6, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x + 6, b.y, { steps: 4 });
  await page.mouse.up();
}
