// A PdfPrinter for the engine worker in Electron: the worker has no windows, so it asks the main
// process (which prints in a hidden window, electron-main/pdf-printer.ts) and waits for its answer.
import { ApiFailure } from '../../../common/api/errors';
import type { PdfPrinter } from './headless-chromium-printer';

export interface PrintRequest {
  id: number;
  html: string;
  outPath: string;
}

export interface HostPdfPrinter extends PdfPrinter {
  /** The main process's answer to request `id`: null when printed, else what went wrong. */
  answer(id: number, error: string | null): void;
}

export function hostPdfPrinter(send: (request: PrintRequest) => void): HostPdfPrinter {
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 1;
  return {
    print(html, outPath) {
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ id, html, outPath });
      });
    },
    answer(id, error) {
      const request = waiting.get(id);
      if (!request) return;
      waiting.delete(id);
      if (error === null) request.resolve();
      else request.reject(new ApiFailure('EXPORT_WRITE_FAILED', `The PDF could not be printed: ${error}`));
    },
  };
}
