// The report and exchange-format methods of the contract: previewReport, exportReport, importCodebook.
import fs from 'node:fs';
import path from 'node:path';
import type { ZhiyanHandlers } from '../../common/api/contract';
import { ApiFailure } from '../../common/api/errors';
import type { ExportFormat, ExportResult } from '../../common/model/report';
import { fsyncDirectory, writeFileAtomic } from '../durability/atomic-write';
import type { EngineContext } from '../services/engine-context';
import { buildReportModel } from './build-report-model';
import { HeadlessChromiumPrinter, type PdfPrinter } from './print-pdf';
import { writeHtml } from './write-html';
import { writeReport } from './write-report';

export const REPORT_METHODS = ['previewReport', 'exportReport', 'importCodebook'] as const;

export type ReportHandlers = Pick<ZhiyanHandlers, (typeof REPORT_METHODS)[number]>;

function writeFailure(target: string, error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiFailure(
    'EXPORT_WRITE_FAILED',
    `Could not write ${target}: ${reason}. Check that the folder exists and is writable, or choose another place.`,
    { path: target },
  );
}

/** Prints to a temporary file beside the target, then renames it over, like writeFileAtomic. */
async function printAtomic(printer: PdfPrinter, html: string, target: string): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp.pdf`,
  );
  try {
    await printer.print(html, temp);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    fsyncDirectory(path.dirname(target));
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function notAvailable(format: ExportFormat | 'importCodebook'): never {
  // TODO(refi-qda): the integrator wires writeQdpx / writeQdc / parseQdc from ./refi-qda/ here.
  throw new ApiFailure('INVALID_ARGUMENT', `${format}: format not available yet`);
}

export function reportHandlers(context: EngineContext): ReportHandlers {
  const printer = (): PdfPrinter => context.pdfPrinter ?? new HeadlessChromiumPrinter();
  return {
    previewReport: async ({ report }) => {
      const store = context.requireStore();
      const model = buildReportModel(store, context.catalogueOf(store), report);
      return { html: writeHtml(model), articles: model.articles.length, passages: model.passageCount };
    },
    exportReport: async ({ report, format, path: rawPath }): Promise<ExportResult> => {
      if (format === 'qdpx' || format === 'qdc') notAvailable(format);
      const target = path.resolve(rawPath);
      const store = context.requireStore();
      context.emit('exportProgress', { phase: 'collect', done: 0, total: 1 });
      const model = buildReportModel(store, context.catalogueOf(store), report);
      context.emit('exportProgress', { phase: 'write', done: 0, total: 1 });
      try {
        if (!fs.existsSync(path.dirname(target))) throw new Error('the folder does not exist');
        if (format === 'pdf') await printAtomic(printer(), writeHtml(model), target);
        else writeFileAtomic(target, await writeReport(model, format));
      } catch (error) {
        throw writeFailure(target, error);
      }
      context.emit('exportProgress', { phase: 'write', done: 1, total: 1 });
      return {
        path: target,
        bytes: fs.statSync(target).size,
        articles: model.articles.length,
        passages: model.passageCount,
      };
    },
    importCodebook: async () => notAvailable('importCodebook'),
  };
}
