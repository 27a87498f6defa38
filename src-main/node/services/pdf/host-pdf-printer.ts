// A PdfPrinter for the engine worker in Electron: the worker has no windows, so it asks the main
// process (which prints in a hidden window, electron-main/pdf-printer.ts) and waits for its answer.
// A cancel is passed on, and the main process closes the print window.
import type { PaperSize } from '../../../common/model/report';
import { printCancelled, printFailure, type PdfPrinter } from './headless-chromium-printer';

export interface PrintRequest {
  id: number;
  html: string;
  outPath: string;
  paper: PaperSize;
}

export interface HostPdfPrinter extends PdfPrinter {
  /** The main process's answer to request `id`: null when printed, else what went wrong. */
  answer(id: number, error: string | null): void;
}

export function hostPdfPrinter(
  send: (request: PrintRequest) => void,
  cancel: (id: number) => void = () => {},
): HostPdfPrinter {
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 1;
  return {
    print(html, outPath, { paper, signal }) {
      if (signal?.aborted) return Promise.reject(printCancelled());
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          waiting.delete(id);
          cancel(id);
          reject(printCancelled());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.set(id, {
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          reject: (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        });
        send({ id, html, outPath, paper });
      });
    },
    answer(id, error) {
      const request = waiting.get(id);
      if (!request) return;
      waiting.delete(id);
      if (error === null) request.resolve();
      else request.reject(printFailure(error));
    },
  };
}
