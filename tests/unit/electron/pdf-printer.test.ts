import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  PDF_PARTITION,
  createPdfPrinter,
  isAllowedPrintRequest,
  pdfPrintOptions,
  pdfWindowOptions,
  type PdfElectron,
} from '../../../src-main/electron-main/pdf-printer';
import { hostPdfPrinter } from '../../../src-main/node/services/pdf/host-pdf-printer';

describe('the PDF print window', () => {
  it('is hidden, offscreen, sandboxed, isolated, without JavaScript, in an in-memory session', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      offscreen: true,
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      webSecurity: true,
      partition: PDF_PARTITION,
    });
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false);
    expect(pdfPrintOptions()).toMatchObject({
      printBackground: true,
      pageSize: 'A4',
      displayHeaderFooter: false,
    });
    expect(pdfPrintOptions('letter').pageSize).toBe('Letter');
  });

  it('allows no request but the report file', () => {
    const report = 'file:///tmp/zhiyan-pdf-x/report.html';
    expect(isAllowedPrintRequest(report, report)).toBe(true);
    expect(isAllowedPrintRequest('https://example.com/a.png', report)).toBe(false);
    expect(isAllowedPrintRequest('file:///etc/passwd', report)).toBe(false);
  });

  it('loads the report from a temporary file, writes the PDF, destroys the window and the file', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-pdf-test-')), 'r.pdf');
    let loaded = '';
    let allow: (url: string) => boolean = () => true;
    const destroy = vi.fn();
    const electron: PdfElectron = {
      createWindow: (options) => {
        expect(options.webPreferences?.javascript).toBe(false);
        return {
          loadURL: async (url) => {
            loaded = url;
            expect(fs.readFileSync(new URL(url), 'utf8')).toBe('<p>报告</p>');
          },
          webContents: { printToPDF: async () => Buffer.from('%PDF-1.7 test') },
          destroy,
        };
      },
      blockRequests: (partition, allowed) => {
        expect(partition).toBe(PDF_PARTITION);
        allow = allowed;
      },
    };
    await createPdfPrinter(electron)('<p>报告</p>', out);
    expect(fs.readFileSync(out, 'utf8')).toBe('%PDF-1.7 test');
    expect(destroy).toHaveBeenCalledOnce();
    expect(allow(loaded)).toBe(true);
    expect(allow('http://127.0.0.1/x')).toBe(false);
    expect(fs.existsSync(new URL(loaded))).toBe(false);
  });

  it('stops waiting for printToPDF on cancel and destroys the window', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-pdf-test-')), 'r.pdf');
    const destroy = vi.fn();
    const controller = new AbortController();
    const electron: PdfElectron = {
      createWindow: () => ({
        loadURL: async () => {},
        // A print that never ends, as a huge report seems to.
        webContents: { printToPDF: () => new Promise<Buffer>(() => {}) },
        destroy,
      }),
      blockRequests: () => {},
    };
    const printing = createPdfPrinter(electron)('<p>报告</p>', out, { paper: 'a4', signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(printing).rejects.toThrow('cancelled');
    expect(destroy).toHaveBeenCalledOnce();
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('hostPdfPrinter (engine worker side)', () => {
  it('sends each request and settles it by the host answer', async () => {
    const sent: { id: number; html: string; outPath: string }[] = [];
    const printer = hostPdfPrinter((request) => sent.push(request));
    const first = printer.print('<p>a</p>', '/tmp/a.pdf', { paper: 'a4' });
    const second = printer.print('<p>b</p>', '/tmp/b.pdf', { paper: 'letter' });
    expect(sent.map((r) => r.outPath)).toEqual(['/tmp/a.pdf', '/tmp/b.pdf']);
    printer.answer(sent[1]!.id, 'disk full');
    printer.answer(sent[0]!.id, null);
    await expect(first).resolves.toBeUndefined();
    await expect(second).rejects.toMatchObject({ code: 'PDF_PRINT_FAILED' });
  });

  it('passes a cancel on to the host and rejects with EXPORT_CANCELLED', async () => {
    const sent: { id: number; paper: string }[] = [];
    const cancelled: number[] = [];
    const printer = hostPdfPrinter(
      (request) => sent.push(request),
      (id) => cancelled.push(id),
    );
    const controller = new AbortController();
    const printing = printer.print('<p>a</p>', '/tmp/a.pdf', { paper: 'letter', signal: controller.signal });
    expect(sent[0]!.paper).toBe('letter');
    controller.abort();
    await expect(printing).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(cancelled).toEqual([sent[0]!.id]);
  });
});
