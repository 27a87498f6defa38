// One report model, one writer per format. PDF is printed from the HTML writer's output.
import type { ExportFormat } from '../../common/model/report';
import type { ReportModel } from './report-model';
import { writeCsv } from './write-csv';
import { writeDocx } from './write-docx';
import { writeHtml } from './write-html';
import { writeMarkdown } from './write-markdown';
import { writeWebAnnotation } from './write-web-annotation';
import { writeXlsx } from './write-xlsx';

export type ReportFormat = Exclude<ExportFormat, 'pdf' | 'qdpx' | 'qdc'>;

export async function writeReport(model: ReportModel, format: ReportFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'html':
      return writeHtml(model);
    case 'md':
      return writeMarkdown(model);
    case 'docx':
      return writeDocx(model);
    case 'csv':
      return writeCsv(model);
    case 'xlsx':
      return writeXlsx(model);
    case 'json':
      return writeWebAnnotation(model);
  }
}
