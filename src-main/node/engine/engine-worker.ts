// Entry of the engine worker thread. Requests are handled one after another in arrival order, except
// that a long import yields between files so a cancel (or a read of the library) gets through.
import { parentPort, workerData } from 'node:worker_threads';
import { hostPdfPrinter } from '../services/pdf/host-pdf-printer';
import { createEngine } from './engine';
import type { EngineOptions, FromEngine, ToEngine } from './engine-protocol';
import { configureLog, log, logCrashes } from '../log/logger';

const port = parentPort;
if (!port) throw new Error('engine-worker must run in a worker thread');

const post = (message: FromEngine): void => port.postMessage(message);
const options = workerData as EngineOptions;
// The worker's own file beside the host's: two threads rotating one file would lose records.
if (options.logDir) configureLog({ dir: options.logDir, name: 'engine' });
logCrashes({ fatal: true });
const pdfPrinter = options.hostPrintsPdf
  ? hostPdfPrinter(
      (request) => post({ kind: 'print-pdf', ...request }),
      (id) => post({ kind: 'cancel-print', id }),
    )
  : undefined;
const engine = createEngine({ ...options, pdfPrinter }, (name, payload, target) =>
  post(target === undefined ? { kind: 'event', name, payload } : { kind: 'event', name, payload, target }),
);
const started = engine.start();

port.on('message', (message: ToEngine) => {
  if (message.kind === 'pdf-printed') {
    pdfPrinter?.answer(message.id, message.error);
    return;
  }
  if (message.kind === 'shutdown') {
    void started
      .then(() => engine.shutdown())
      .catch((error: unknown) => log.error('shutdown failed', error))
      .then(() => post({ kind: 'shutdown-complete' }));
    return;
  }
  void started
    .then(() => engine.dispatch(message.method, message.args, message.client))
    .then((result) => post({ kind: 'result', id: message.id, result }));
});

void started.then(() => post({ kind: 'ready' }));
