// Coded passages as CSV: UTF-8 with a BOM (so Excel reads Chinese), RFC 4180 quoting, CRLF line ends,
// and cells that would run as formulas guarded.
import { PASSAGE_COLUMNS, guardFormula, passageRows } from './passage-rows';
import type { ReportModel } from './report-model';
import { defineExporter } from './exporter';

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(model: ReportModel): string {
  const lines = [PASSAGE_COLUMNS.join(',')];
  for (const row of passageRows(model)) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const csvExporter = defineExporter('csv', (model, out) => out.file(writeCsv(model)));
