// Prints the HTML report to PDF in a hidden, offscreen window: sandboxed, isolated, JavaScript off,
// in its own in-memory session whose every request is refused except the one report file. The report
// is self-contained (inline CSS, no scripts, no external resources), so nothing else is needed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { PaperSize } from '../common/model/report';

/** A partition without "persist:": an in-memory session, nothing kept on disk. */
export const PDF_PARTITION = 'zhiyan-pdf-print';

export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      offscreen: true,
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      webSecurity: true,
      images: false,
      webviewTag: false,
      spellcheck: false,
      partition: PDF_PARTITION,
    },
  };
}

const PAGE_SIZES: { readonly [P in PaperSize]: PrintToPDFOptions['pageSize'] } = {
  a4: 'A4',
  letter: 'Letter',
  a5: 'A5',
};

/** The paper chosen in the export options; the report's own @page rule says the same. */
export function pdfPrintOptions(paper: PaperSize = 'a4'): PrintToPDFOptions {
  return {
    printBackground: true,
    pageSize: PAGE_SIZES[paper],
    margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
    displayHeaderFooter: false,
    preferCSSPageSize: false,
  };
}

/** What the main process is asked to print; aborting `signal` closes the print window. */
export interface PdfPrintJob {
  paper: PaperSize;
  signal?: AbortSignal;
}

/** The only request the print window may make is the report file itself. */
export function isAllowedPrintRequest(url: string, reportUrl: string): boolean {
  return url === reportUrl;
}

/** The parts of Electron the printer uses, so a test can stand in for them. */
export interface PdfElectron {
  createWindow(options: BrowserWindowConstructorOptions): {
    loadURL(url: string): Promise<void>;
    webContents: { printToPDF(options: PrintToPDFOptions): Promise<Buffer> };
    destroy(): void;
  };
  blockRequests(partition: string, allow: (url: string) => boolean): void;
}

export function createPdfPrinter(
  electron: PdfElectron,
): (html: string, outPath: string, job?: PdfPrintJob) => Promise<void> {
  return async (html, outPath, job = { paper: 'a4' }) => {
    if (job.signal?.aborted) throw new Error('cancelled');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-pdf-'));
    const file = path.join(dir, 'report.html');
    const reportUrl = pathToFileURL(file).href;
    fs.writeFileSync(file, html, 'utf8');
    electron.blockRequests(PDF_PARTITION, (url) => isAllowedPrintRequest(url, reportUrl));
    const window = electron.createWindow(pdfWindowOptions());
    // printToPDF has no cancel of its own: a cancel stops waiting for it, and destroying the window
    // (below) ends the print in Chromium.
    let onAbort = () => {};
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(new Error('cancelled'));
      job.signal?.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => {});
    try {
      await Promise.race([window.loadURL(reportUrl), aborted]);
      const pdf = await Promise.race([window.webContents.printToPDF(pdfPrintOptions(job.paper)), aborted]);
      fs.writeFileSync(outPath, pdf);
    } finally {
      job.signal?.removeEventListener('abort', onAbort);
      window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
