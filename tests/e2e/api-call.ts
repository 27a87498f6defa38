// Calls the engine the way the page does (same origin, the session's token), for test set-up that
// is not the subject of a spec, e.g. highlights made before a spec looks at their passages.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

export async function callApi<T>(page: Page, method: string, args: object): Promise<T> {
  const result = (await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Zhiyan-Token': sessionStorage.getItem('zhiyan.token') ?? '',
        },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [method, args] as const,
  )) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A screenshot in the test's output, and in $ZHIYAN_SHOTS_DIR when set (to look at). */
export async function shot(page: Page, name: string, testInfo: { outputPath: (name: string) => string }) {
  await page.screenshot({ path: testInfo.outputPath(name) });
  const dir = process.env['ZHIYAN_SHOTS_DIR'];
  if (dir) {
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, name) });
  }
}
