// The report and exchange-format methods of the contract: previewReport, exportReport, importCodebook.
import fs from 'node:fs';
import path from 'node:path';
import type { REPORT_METHODS, ZhiyanHandlers } from '../../common/api/contract';
import { ApiFailure } from '../../common/api/errors';
import type { ExportResult, ReportOptions } from '../../common/model/report';
import { fsyncDirectory, writeFileAtomic } from '../durability/atomic-write';
import { importCodeTree } from '../services/annotations/codebook';
import type { EngineContext } from '../services/engine-context';
import type { ProjectStore } from '../db/project-store';
import { buildReportModel } from './build-report-model';
import { HeadlessChromiumPrinter, type PdfPrinter } from './print-pdf';
import { collectQdaCodebook, collectQdaProject, parseQdc, writeQdc, writeQdpx } from './refi-qda';
import { writeHtml } from './write-html';
import { writeReport } from './write-report';

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

/**
 * The REFI-QDA exports: the project (the report's articles, all their coded passages and notes) as
 * .qdpx, or the whole codebook as .qdc. They carry the project, not a report's layout.
 */
function writeExchange(
  store: ProjectStore,
  context: EngineContext,
  report: ReportOptions,
  format: 'qdpx' | 'qdc',
): { bytes: Uint8Array | string; articles: number; passages: number } {
  if (format === 'qdc') {
    const codebook = collectQdaCodebook(store, { origin: 'Zhiyan' });
    return { bytes: writeQdc(codebook), articles: 0, passages: 0 };
  }
  const ids =
    report.scope.kind === 'all'
      ? undefined
      : buildReportModel(store, context.catalogueOf(store), report).articles.map((article) => article.id);
  const project = collectQdaProject(store, ids, { userName: report.author || undefined, origin: 'Zhiyan' });
  return { bytes: writeQdpx(project), articles: project.sources.length, passages: project.selections.length };
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
      const target = path.resolve(rawPath);
      const store = context.requireStore();
      if (format === 'qdpx' || format === 'qdc') {
        context.emit('exportProgress', { phase: 'collect', done: 0, total: 1 });
        const exchange = writeExchange(store, context, report, format);
        try {
          if (!fs.existsSync(path.dirname(target))) throw new Error('the folder does not exist');
          writeFileAtomic(target, exchange.bytes);
        } catch (error) {
          throw writeFailure(target, error);
        }
        context.emit('exportProgress', { phase: 'write', done: 1, total: 1 });
        return {
          path: target,
          bytes: fs.statSync(target).size,
          articles: exchange.articles,
          passages: exchange.passages,
        };
      }
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
    importCodebook: async ({ path: source }) => {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(path.resolve(source));
      } catch {
        throw new ApiFailure('IMPORT_PATH_NOT_FOUND', `Cannot read ${source}.`, { path: source });
      }
      return importCodeTree(context, parseQdc(bytes));
    },
  };
}
