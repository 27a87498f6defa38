// PDF is printed from the HTML report by Chromium. The host chooses the printer: Electron prints in
// its own hidden window (electron-main/pdf-printer.ts); the browser host and the CLI run the system
// Chromium headless.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiFailure } from '../../../common/api/errors';

export interface PdfPrinter {
  print(html: string, outPath: string): Promise<void>;
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = fs.existsSync): string | null {
  const fromEnv = env.ZHIYAN_CHROMIUM;
  if (fromEnv && exists(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => exists(candidate)) ?? null;
}

/** The command line for printing `htmlFile` to `outPath`; no network, no profile state kept. */
export function chromiumPrintArgs(htmlFile: string, outPath: string, profileDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-extensions',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${outPath}`,
    '--no-pdf-header-footer',
    pathToFileURL(htmlFile).href,
  ];
}

export class HeadlessChromiumPrinter implements PdfPrinter {
  constructor(private readonly binary: string | null = findChromium()) {}

  async print(html: string, outPath: string): Promise<void> {
    if (!this.binary)
      throw new ApiFailure(
        'PDF_UNAVAILABLE',
        'PDF export needs Chromium: install it, or set ZHIYAN_CHROMIUM to its path, then export again.',
      );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-pdf-'));
    try {
      const htmlFile = path.join(dir, 'report.html');
      fs.writeFileSync(htmlFile, html, 'utf8');
      await new Promise<void>((resolve, reject) => {
        execFile(
          this.binary!,
          chromiumPrintArgs(htmlFile, outPath, path.join(dir, 'profile')),
          { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
          (error, _stdout, stderr) => {
            if (!error && fs.existsSync(outPath) && fs.statSync(outPath).size > 0) resolve();
            else
              reject(
                new ApiFailure(
                  'EXPORT_WRITE_FAILED',
                  `Chromium could not print the PDF: ${error?.message ?? String(stderr).slice(0, 500)}`,
                ),
              );
          },
        );
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
