// Prints the HTML report to PDF in a hidden, offscreen window: sandboxed, isolated, JavaScript off,
// in its own in-memory session whose every request is refused except the one report file. The report
// is self-contained (inline CSS, no scripts, no external resources), so nothing else is needed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';

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

export function pdfPrintOptions(): PrintToPDFOptions {
  return {
    printBackground: true,
    pageSize: 'A4',
    margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
    displayHeaderFooter: false,
    preferCSSPageSize: false,
  };
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

export function createPdfPrinter(electron: PdfElectron): (html: string, outPath: string) => Promise<void> {
  return async (html, outPath) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-pdf-'));
    const file = path.join(dir, 'report.html');
    const reportUrl = pathToFileURL(file).href;
    fs.writeFileSync(file, html, 'utf8');
    electron.blockRequests(PDF_PARTITION, (url) => isAllowedPrintRequest(url, reportUrl));
    const window = electron.createWindow(pdfWindowOptions());
    try {
      await window.loadURL(reportUrl);
      fs.writeFileSync(outPath, await window.webContents.printToPDF(pdfPrintOptions()));
    } finally {
      window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
