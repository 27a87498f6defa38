// Where an export's writer puts its output: the file the user chose, replaced whole or not at all.
// Writers stay pure (they only produce bytes or, for PDF, the HTML to print); this is the part
// that touches the disk and the host's printer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../../common/api/errors';
import { copyFileAtomic, writeFileAtomic } from '../durability/atomic-write';
import { PAPER_MM, type ExportProgress, type PaperSize } from '../../common/model/report';
import { printCancelled, type PdfPrinter } from './pdf/headless-chromium-printer';

/** What a writer hands its output to. */
export interface ExportOutput {
  /** The file's whole content. */
  file(content: Uint8Array | string): Promise<void>;
  /** An HTML document that the host prints to PDF as the file's content. */
  print(html: string): Promise<void>;
}

/** How a print goes: its paper, its cancel, where its progress is told. */
export interface PrintSettings {
  paper: PaperSize;
  signal?: AbortSignal;
  progress?: (progress: ExportProgress) => void;
  /** How often the print phase reports the time spent (ms). */
  tickMs?: number;
}

/** Output into `target`: written atomically, or printed to a temporary file that is then copied atomically. */
export function fileExportOutput(
  target: string,
  printer: () => PdfPrinter,
  settings: PrintSettings = { paper: 'a4' },
): ExportOutput {
  const { paper, signal, progress = () => {}, tickMs = 1000 } = settings;
  return {
    async file(content) {
      assertFolderExists(target);
      if (signal?.aborted) throw printCancelled();
      writeFileAtomic(target, content);
    },
    async print(html) {
      assertFolderExists(target);
      progress({ phase: 'prepare', done: 0, total: 1 });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-print-'));
      const pages = estimatePages(html, paper);
      const started = Date.now();
      // Chromium tells nothing until the whole PDF is done: the seconds spent are the progress.
      const tell = () => progress({ phase: 'print', done: Math.round((Date.now() - started) / 1000), total: 0, pages });
      tell();
      const ticker = setInterval(tell, tickMs);
      try {
        const printed = path.join(dir, 'report.pdf');
        try {
          await printer().print(html, printed, signal ? { paper, signal } : { paper });
        } finally {
          clearInterval(ticker);
        }
        if (signal?.aborted) throw printCancelled();
        progress({ phase: 'save', done: 0, total: 1, pages: countPdfPages(printed) });
        copyFileAtomic(printed, target);
      } finally {
        clearInterval(ticker);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * About how many pages the report will print to: its text length over what a page holds at the
 * report's type size (15 px, line height 1.8, the paper less 16 mm margins), less a quarter for
 * headings, short paragraphs and citations. Only for the progress line, so a rough figure will do.
 */
export function estimatePages(html: string, paper: PaperSize): number {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');
  const { width, height } = PAPER_MM[paper];
  const pxPerMm = 96 / 25.4;
  const lineChars = Math.min(46, ((width - 32) * pxPerMm) / 15);
  const lines = ((height - 32) * pxPerMm) / (15 * 1.8);
  return Math.max(1, Math.ceil(body.length / (lineChars * lines * 0.75)));
}

/** The pages of a PDF Chromium wrote: its page objects (Skia writes them uncompressed). */
export function countPdfPages(file: string): number {
  const text = fs.readFileSync(file).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

function assertFolderExists(target: string): void {
  if (!fs.existsSync(path.dirname(target))) throw new Error('the folder does not exist');
}

/** Any failure to write `target` as the error a user sees, with what to do next. */
export function exportWriteFailure(target: string, error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiFailure(
    'EXPORT_WRITE_FAILED',
    `Could not write ${target}: ${reason}. Check that the folder exists and is writable, or choose another place.`,
    { path: target },
  );
}
