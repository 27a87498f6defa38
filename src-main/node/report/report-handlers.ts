// The report and exchange-format methods of the contract: previewReport, exportReport, importCodebook,
// cancelExport. Every format goes the same way: the registry's writer for it, the input it accepts
// built once, the output written to the chosen file (services/export-file.ts). One export runs at a
// time per engine as far as cancelling goes: cancelExport stops the one started last.
import fs from 'node:fs';
import path from 'node:path';
import type { REPORT_METHODS, ZhiyanHandlers } from '../../common/api/contract';
import type { ExportFormat, ExportInput } from '../../common/model/export-formats';
import type { ExportProgress, ExportResult, ReportOptions } from '../../common/model/report';
import { importCodebookFile } from '../services/annotations/codebook-import';
import type { EngineContext } from '../services/engine-context';
import { exportWriteFailure, fileExportOutput, type ExportOutput } from '../services/export-file';
import { HeadlessChromiumPrinter, printCancelled } from '../services/pdf/headless-chromium-printer';
import { buildReportModel } from './build-report-model';
import { COLLECT_INPUT } from './export-inputs';
import type { ExportInputs } from './exporter';
import { EXPORTERS } from './exporters';
import { reportCounts } from './report-model';
import { writeHtml } from './write-html';

export type ReportHandlers = Pick<ZhiyanHandlers, (typeof REPORT_METHODS)[number]>;

async function exportTo(
  context: EngineContext,
  report: ReportOptions,
  format: ExportFormat,
  target: string,
  signal: AbortSignal,
): Promise<ExportResult> {
  const store = context.requireStore();
  const exporter = EXPORTERS[format];
  // The registry pairs each format with the writer of the input it accepts; TypeScript cannot follow
  // that pairing through the union of formats, so the writer is called as one over any input.
  const write = exporter.write as (input: ExportInputs[ExportInput], out: ExportOutput) => Promise<void>;
  context.emit('exportProgress', { phase: 'collect', done: 0, total: 1 });
  const { input, articles, passages } = COLLECT_INPUT[exporter.accepts](
    store,
    context.catalogueOf(store),
    report,
  );
  if (signal.aborted) throw printCancelled();
  context.emit('exportProgress', { phase: 'write', done: 0, total: 1 });
  const printer = () => context.pdfPrinter ?? new HeadlessChromiumPrinter();
  const settings = {
    paper: report.paper ?? 'a4',
    signal,
    progress: (progress: ExportProgress) => context.emit('exportProgress', progress),
  };
  try {
    await write(input, fileExportOutput(target, printer, settings));
  } catch (error) {
    throw exportWriteFailure(target, error);
  }
  context.emit('exportProgress', { phase: 'write', done: 1, total: 1 });
  return { path: target, bytes: fs.statSync(target).size, articles, passages };
}

export function reportHandlers(context: EngineContext): ReportHandlers {
  let running: AbortController | null = null;
  return {
    previewReport: async ({ report }) => {
      const store = context.requireStore();
      const model = buildReportModel(store, context.catalogueOf(store), report);
      return { html: writeHtml(model), ...reportCounts(model) };
    },
    exportReport: async ({ report, format, path: rawPath }) => {
      const controller = new AbortController();
      running = controller;
      try {
        return await exportTo(context, report, format, path.resolve(rawPath), controller.signal);
      } finally {
        if (running === controller) running = null;
      }
    },
    cancelExport: async () => {
      if (!running || running.signal.aborted) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },
    importCodebook: async ({ path: source }) => importCodebookFile(context, source),
  };
}
