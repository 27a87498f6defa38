// The report dialog as a researcher uses it: open it from the top bar, see the preview with a
// highlighted passage in its code colour, export HTML and DOCX to typed paths, and find the files.
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildNodeEntry } from '../node/support/build-entry';
import { openApp, useWebHost, watchPage } from './web-host';

const host = useWebHost();

/** What tests/node/support/make-report-project.ts prints (its engine imports stay out of this tsconfig). */
interface AnnotatedProject {
  projectPath: string;
  dataDir: string;
}
let project: AnnotatedProject;

test.beforeAll(async () => {
  const script = await buildNodeEntry('tests/node/support/make-report-project.ts', 'make-report-project');
  project = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as AnnotatedProject;
});

async function typePath(page: Page, value: string): Promise<void> {
  const prompt = page.getByTestId('path-prompt');
  await expect(prompt).toBeVisible();
  await page.getByTestId('path-input').fill(value);
  await page.getByTestId('path-confirm').click();
}

async function openAnnotatedProject(page: Page): Promise<void> {
  await openApp(page, host.current);
  await page.getByTestId('file-menu').click();
  await page.locator('.n-dropdown-option').getByText('打开项目…', { exact: true }).click();
  await typePath(page, project.projectPath);
  await expect(page.getByTestId('project-name')).toHaveText('report');
}

test('the preview shows the report with highlighted passages; HTML and DOCX export to typed paths', async ({
  page,
}) => {
  const watched = watchPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAnnotatedProject(page);

  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-counts')).toHaveText('3 篇文献 · 5 段编码段落');
  const preview = page.frameLocator('[data-testid="export-preview"]');
  const mark = preview.locator('mark', { hasText: '签约锂电新材料项目' });
  await expect(mark).toBeVisible();
  // The code's colour (#e91e63) as the app's light tint.
  await expect(mark).toHaveAttribute('style', /rgba\(233, 30, 99, 0\.3\)/);
  // Imported markup is shown as text, never run.
  await expect(preview.getByText('<script>alert(1)</script>')).toBeVisible();
  await page.getByLabel('报告标题').fill('锂电产业研究');
  await expect(preview.locator('h1')).toHaveText('锂电产业研究');
  await page.screenshot({ path: 'test-results/export-dialog-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/export-dialog-1920.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // HTML
  await page.getByTestId('export-format').click();
  await page.locator('.n-base-select-option').getByText('网页（.html）').click();
  await page.getByTestId('export-save').click();
  const htmlPath = path.join(host.current.dataDir, '锂电产业研究.html');
  await typePath(page, htmlPath);
  await expect(page.getByText(`已导出到 ${htmlPath}`)).toBeVisible();
  await expect(dialog).toBeHidden();
  const html = readFileSync(htmlPath, 'utf8');
  expect(html).toContain('签约锂电新材料项目');
  expect(html).not.toMatch(/<script/i);

  // DOCX, by code
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-organise-code').click();
  await expect(preview.locator('h2', { hasText: '产业' }).first()).toBeVisible();
  await page.getByTestId('export-format').click();
  await page.locator('.n-base-select-option').getByText('Word（.docx）').click();
  await page.getByTestId('export-save').click();
  const docxPath = path.join(host.current.dataDir, '按编码.docx');
  await typePath(page, docxPath);
  await expect(page.getByText(`已导出到 ${docxPath}`)).toBeVisible();
  expect(existsSync(docxPath)).toBe(true);
  const document = strFromU8(unzipSync(readFileSync(docxPath))['word/document.xml']!);
  expect(document).toContain('签约锂电新材料项目');
  // The passage's shading: #e91e63 at 30 % on white, as the app tints it.
  expect(document).toContain('w:fill="F8BCD0"');

  expect(watched.foreignRequests).toEqual([]);
  // Playwright's own probes into the sandboxed frame are refused (that is the sandbox working).
  const probes = /Blocked script execution in 'about:srcdoc'/;
  expect(watched.consoleErrors.filter((message) => !probes.test(message))).toEqual([]);
});

test('a PDF on the paper chosen, with the project name as its title', async ({
  page,
}) => {
  test.skip(!existsSync('/usr/bin/chromium'), 'needs the system Chromium to print');
  await openAnnotatedProject(page);
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-counts')).toBeVisible();
  const preview = page.frameLocator('[data-testid="export-preview"]');
  await expect(preview.locator('h1')).toHaveText('report');
  // Word (the default format) and PDF take a paper size.
  await expect(page.getByTestId('export-paper-a4')).toBeVisible();
  await page.getByTestId('export-format').click();
  await page.locator('.n-base-select-option').getByText('PDF', { exact: true }).click();
  await page.getByTestId('export-paper-letter').click();
  await page.getByTestId('export-save').click();
  const pdfPath = path.join(host.current.dataDir, 'letter.pdf');
  await typePath(page, pdfPath);
  await expect(page.getByText(`已导出到 ${pdfPath}`)).toBeVisible({ timeout: 60_000 });
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
});

test('a write failure says so in Chinese and keeps the dialog open', async ({ page }) => {
  await openAnnotatedProject(page);
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-counts')).toBeVisible();
  await page.getByTestId('export-save').click();
  await typePath(page, path.join(host.current.dataDir, '没有这个文件夹', 'r.docx'));
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.locator('.n-message, [data-testid="error-message"]').first()).toContainText(
    /[\u4e00-\u9fff]/,
  );
});
