// Where an export's writer puts its output: the file the user chose, replaced whole or not at all.
// Writers stay pure (they only produce bytes or, for PDF, the HTML to print); this is the part
// that touches the disk and the host's printer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../../common/api/errors';
import { copyFileAtomic, writeFileAtomic } from '../durability/atomic-write';
import type { PdfPrinter } from './pdf/headless-chromium-printer';

/** What a writer hands its output to. */
export interface ExportOutput {
  /** The file's whole content. */
  file(content: Uint8Array | string): Promise<void>;
  /** An HTML document that the host prints to PDF as the file's content. */
  print(html: string): Promise<void>;
}

/** Output into `target`: written atomically, or printed to a temporary file that is then copied atomically. */
export function fileExportOutput(target: string, printer: () => PdfPrinter): ExportOutput {
  return {
    async file(content) {
      assertFolderExists(target);
      writeFileAtomic(target, content);
    },
    async print(html) {
      assertFolderExists(target);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-print-'));
      try {
        const printed = path.join(dir, 'report.pdf');
        await printer().print(html, printed);
        copyFileAtomic(printed, target);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
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
