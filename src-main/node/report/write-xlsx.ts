// Coded passages as an XLSX workbook, written directly: a minimal valid SpreadsheetML package
// ([Content_Types].xml, _rels, workbook, one sheet of inline strings, a bold header style) zipped
// with fflate. A spreadsheet library would add megabytes to the app for one table. A second sheet
// (列说明) says what each column holds, the unit of the offsets above all.
//
// Text is written exactly as the researcher wrote it: an inline-string cell is text and never runs
// as a formula, so "=SUM(A1)" or "+危险" need no guard here (only CSV does).
import { zipSync, strToU8 } from 'fflate';
import { escapeXmlText } from './escape';
import { PASSAGE_COLUMNS, PASSAGE_COLUMN_NOTES, passageRows } from './passage-rows';
import type { ReportModel } from './report-model';
import { defineExporter } from './exporter';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`;

const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

const WORKBOOK = `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="编码段落" sheetId="1" r:id="rId1"/><sheet name="列说明" sheetId="2" r:id="rId3"/></sheets>
</workbook>`;

const WORKBOOK_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
</Relationships>`;

// Style 0: normal, wrapped; style 1: the bold, shaded header row.
const STYLES = `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: string | number, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(value)}</t></is></c>`;
}

const WIDTHS = [10, 36, 14, 16, 20, 20, 24, 60, 40, 8, 8, 10, 10, 22];

/** A sheet of `rows` (the first one the bold, frozen header) with these column widths. */
function sheetXml(rows: readonly (readonly (string | number)[])[], widths: readonly number[]): string {
  const rowsXml = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`, r === 0 ? 1 : 0)).join('')}</row>`,
    )
    .join('');
  const colsXml = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
<cols>${colsXml}</cols><sheetData>${rowsXml}</sheetData></worksheet>`;
}

export function writeXlsx(model: ReportModel): Uint8Array {
  const sheet = sheetXml([[...PASSAGE_COLUMNS], ...passageRows(model)], WIDTHS);
  const notes = sheetXml(
    [
      ['列 / column', '说明 / meaning'],
      ...PASSAGE_COLUMNS.map((column) => [column, PASSAGE_COLUMN_NOTES[column]]),
    ],
    [14, 90],
  );
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      _rels: { '.rels': strToU8(ROOT_RELS) },
      xl: {
        'workbook.xml': strToU8(WORKBOOK),
        'styles.xml': strToU8(STYLES),
        _rels: { 'workbook.xml.rels': strToU8(WORKBOOK_RELS) },
        worksheets: { 'sheet1.xml': strToU8(sheet), 'sheet2.xml': strToU8(notes) },
      },
    },
    { level: 6 },
  );
}

export const xlsxExporter = defineExporter('xlsx', (model, out) => out.file(writeXlsx(model)));
