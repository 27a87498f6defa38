// The registry of writers: one per format of common/model/export-formats.ts, which TypeScript checks
// (a format without a writer, or a writer for a format nobody declared, does not compile). Adding a
// format is its descriptor there, its module here beside the others, and one line below.
import type { ExportFormat } from '../../common/model/export-formats';
import type { Exporter } from './exporter';
import { qdcExporter } from './refi-qda/write-qdc';
import { qdpxExporter } from './refi-qda/write-qdpx';
import { csvExporter } from './write-csv';
import { docxExporter } from './write-docx';
import { htmlExporter } from './write-html';
import { markdownExporter } from './write-markdown';
import { pdfExporter } from './write-pdf';
import { webAnnotationExporter } from './write-web-annotation';
import { xlsxExporter } from './write-xlsx';

export const EXPORTERS: { readonly [F in ExportFormat]: Exporter<F> } = {
  docx: docxExporter,
  pdf: pdfExporter,
  html: htmlExporter,
  md: markdownExporter,
  csv: csvExporter,
  xlsx: xlsxExporter,
  json: webAnnotationExporter,
  qdpx: qdpxExporter,
  qdc: qdcExporter,
};
