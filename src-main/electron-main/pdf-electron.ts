// The real Electron behind pdf-printer.ts's PdfElectron.
import { BrowserWindow, session } from 'electron';
import type { PdfElectron } from './pdf-printer';

export const electronForPdf: PdfElectron = {
  createWindow: (options) => new BrowserWindow(options),
  blockRequests(partition, allow) {
    session.fromPartition(partition).webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !allow(details.url) });
    });
  },
};
