// First start in a fresh user folder: the demo project opens and its library is on screen.
import { expect, test } from '@playwright/test';
import { hasElectronBinary, launchApp, SKIP_REASON, type LaunchedApp } from './electron-app';

test.describe('first start', () => {
  test.skip(!hasElectronBinary, SKIP_REASON);

  let launched: LaunchedApp;

  test.beforeAll(async () => {
    launched = await launchApp();
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  test("shows the demo project's library", async () => {
    const { page } = launched;
    // Through the same bridge the renderer uses, so this also proves IPC works end to end.
    await expect
      .poll(
        () =>
          page.evaluate(
            `window.zhiyan.api.getAppState({}).then((r) => (r.ok && r.value.project ? r.value.project.isDemo : null))`,
          ),
        { timeout: 60_000, message: 'the demo project should open on first start' },
      )
      .toBe(true);

    const titles = (await page.evaluate(`Promise.all(['imported-asc', 'date-desc', 'title-asc'].map((sort) =>
      window.zhiyan.api.listArticles({ limit: 20, sort }).then((r) => (r.ok ? r.value.items.map((a) => a.title) : []))
    )).then((lists) => [...new Set(lists.flat())].filter((t) => t.trim().length >= 2))`)) as string[];
    expect(titles.length).toBeGreaterThan(0);

    // Whatever order and truncation the list view uses, some demo title must be on screen.
    await expect
      .poll(
        async () => {
          for (const title of titles) {
            const visible = await page
              .getByText(title.slice(0, 12), { exact: false })
              .first()
              .isVisible()
              .catch(() => false);
            if (visible) return true;
          }
          return false;
        },
        { timeout: 30_000, message: 'a demo article title should be visible in the library' },
      )
      .toBe(true);
  });
});
