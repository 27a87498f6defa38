// Every export format, declared once: its id, the file extension it writes, what it accepts and the
// name of its file type in a save dialog. The contract's schema, the CLI's --format, the save
// dialogs and the export dialog all read this list; node/report/exporters.ts pairs each id with
// its writer, and TypeScript refuses a format that has no writer.
//
// What a format accepts:
// - 'report': the report model (the chosen articles, passages and notes, laid out by article or code);
// - 'project': the project as a REFI-QDA exchange (the report's articles, all their passages);
// - 'codebook': the whole codebook as a REFI-QDA exchange.

export type ExportInput = 'report' | 'project' | 'codebook';

export interface ExportFormatInfo {
  id: string;
  /** Without the dot. */
  extension: string;
  accepts: ExportInput;
  /** The file type's name in a save dialog's filter. */
  fileType: string;
}

export const EXPORT_FORMAT_LIST = [
  { id: 'docx', extension: 'docx', accepts: 'report', fileType: 'Word' },
  { id: 'pdf', extension: 'pdf', accepts: 'report', fileType: 'PDF' },
  { id: 'html', extension: 'html', accepts: 'report', fileType: 'HTML' },
  { id: 'md', extension: 'md', accepts: 'report', fileType: 'Markdown' },
  { id: 'csv', extension: 'csv', accepts: 'report', fileType: 'CSV' },
  { id: 'xlsx', extension: 'xlsx', accepts: 'report', fileType: 'Excel' },
  { id: 'json', extension: 'json', accepts: 'report', fileType: 'Web Annotation JSON' },
  { id: 'qdpx', extension: 'qdpx', accepts: 'project', fileType: 'REFI-QDA project' },
  { id: 'qdc', extension: 'qdc', accepts: 'codebook', fileType: 'REFI-QDA codebook' },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormat = (typeof EXPORT_FORMAT_LIST)[number]['id'];

/** What format `F` accepts, as a type: the writer of `F` takes that input. */
export type ExportInputOf<F extends ExportFormat> = Extract<
  (typeof EXPORT_FORMAT_LIST)[number],
  { id: F }
>['accepts'];

/** The format ids, in the order the export dialog offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMAT_LIST.map((format) => format.id);

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportFormatInfo(format: ExportFormat): (typeof EXPORT_FORMAT_LIST)[number] {
  return EXPORT_FORMAT_LIST.find((info) => info.id === format)!;
}

/** The path with the format's extension (added when the user typed a name without it). */
export function withExportExtension(filePath: string, format: ExportFormat): string {
  const { extension } = exportFormatInfo(format);
  return filePath.toLowerCase().endsWith(`.${extension}`) ? filePath : `${filePath}.${extension}`;
}
