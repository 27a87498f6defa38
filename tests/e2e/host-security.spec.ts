// The browser host answers only the page that holds its token.
import { expect, test } from '@playwright/test';
import { openApp, useWebHost } from './web-host';

const host = useWebHost();

test('an API call without the token, or with a wrong one, gets 401', async ({ request }) => {
  const url = new URL('api/call/getAppState', host.current.origin).toString();
  const without = await request.post(url, { data: {} });
  expect(without.status()).toBe(401);
  expect((await without.json()).error.code).toBe('UNAUTHORIZED');

  const wrong = await request.post(url, { data: {}, headers: { 'X-Zhiyan-Token': 'not-the-token' } });
  expect(wrong.status()).toBe(401);

  const events = await request.get(new URL('api/events', host.current.origin).toString());
  expect(events.status()).toBe(401);

  const right = await request.post(url, { data: {}, headers: { 'X-Zhiyan-Token': host.current.token } });
  expect(right.status()).toBe(200);
  expect((await right.json()).ok).toBe(true);
});

test('the page is served with the CSP and keeps the token out of the address bar', async ({ page }) => {
  const response = await page.goto(host.current.appUrl);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.getByTestId('article-item').first().waitFor({ timeout: 30_000 });
  expect(page.url()).toBe(host.current.origin);
  // A reload keeps working: the token lives in sessionStorage for this tab.
  await page.reload();
  await expect(page.getByTestId('article-item').first()).toBeVisible();
});

test('a page opened without the token explains what to do', async ({ page }) => {
  await page.goto(host.current.origin);
  await expect(page.getByRole('alert')).toContainText('访问被拒绝');
  await expect(page.getByRole('alert')).toContainText('完整链接');
});

test('article text is shown as text, never run as markup', async ({ page }) => {
  await openApp(page, host.current);
  await page.getByTestId('article-item').first().click();
  await expect(page.getByTestId('article-text')).toBeVisible();
  expect(await page.getByTestId('article-text').locator('script, img, iframe, a').count()).toBe(0);
});
