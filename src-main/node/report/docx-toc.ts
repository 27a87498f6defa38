// The Word report's table of contents, written as Word writes one after "update table": a TOC field
// whose result is already there, one paragraph an entry, each a link to its heading's bookmark with
// a PAGEREF field holding the page number (docx-layout.ts computes them). Word and LibreOffice show
// the result as it is; updating the field in Word recomputes it from the headings.
import { escapeHtml, stripInvalidXmlChars } from './escape';
import { tocGeometry, type Geometry } from './docx-layout';

export interface TocEntry {
  /** 1 to 3. */
  level: number;
  text: string;
  /** The heading's bookmark. */
  bookmark: string;
  page: number;
}

/** The paragraph the document is written with where the contents go, replaced by `spliceToc`. */
export const TOC_PLACEHOLDER = 'ZHIYAN-TABLE-OF-CONTENTS-PLACEHOLDER';

const xmlText = (text: string) => escapeHtml(stripInvalidXmlChars(text));
const run = (inner: string, size: number) => `<w:r><w:rPr><w:sz w:val="${size * 2}"/></w:rPr>${inner}</w:r>`;
const fieldChar = (type: 'begin' | 'separate' | 'end', size: number) =>
  run(`<w:fldChar w:fldCharType="${type}"/>`, size);
const instruction = (text: string, size: number) =>
  run(`<w:instrText xml:space="preserve"> ${text} </w:instrText>`, size);

function paragraphProperties(geometry: Geometry, tabTw: number, level: number): string {
  return (
    `<w:pPr><w:pStyle w:val="TOC${level}"/>` +
    `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${tabTw}"/></w:tabs>` +
    `<w:spacing w:before="${geometry.before * 20}" w:after="${geometry.after * 20}" w:line="${geometry.line * 20}" w:lineRule="exact"/>` +
    `<w:ind w:left="${geometry.indent * 20}"/></w:pPr>`
  );
}

/** The contents as WordprocessingML paragraphs; `textWidthTw`: the text area's width. */
export function tocXml(entries: readonly TocEntry[], levels: string, textWidthTw: number): string {
  const open = (size: number) =>
    fieldChar('begin', size) +
    instruction(`TOC \\o "${levels}" \\h \\z \\u`, size) +
    fieldChar('separate', size);
  if (entries.length === 0) {
    const geometry = tocGeometry(1);
    return `<w:p>${paragraphProperties(geometry, textWidthTw, 1)}${open(geometry.size)}${fieldChar('end', geometry.size)}</w:p>`;
  }
  const paragraphs = entries.map((entry, index) => {
    const geometry = tocGeometry(entry.level);
    const size = geometry.size;
    const link =
      `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">` +
      run(`<w:t xml:space="preserve">${xmlText(entry.text)}</w:t>`, size) +
      run('<w:tab/>', size) +
      fieldChar('begin', size) +
      instruction(`PAGEREF ${entry.bookmark} \\h`, size) +
      fieldChar('separate', size) +
      run(`<w:t>${entry.page}</w:t>`, size) +
      fieldChar('end', size) +
      '</w:hyperlink>';
    return `<w:p>${paragraphProperties(geometry, textWidthTw, entry.level)}${index === 0 ? open(size) : ''}${link}</w:p>`;
  });
  return `${paragraphs.join('')}<w:p>${fieldChar('end', tocGeometry(1).size)}</w:p>`;
}

/** document.xml with the placeholder's paragraph replaced by `xml`. */
export function spliceToc(documentXml: string, xml: string): string {
  const at = documentXml.indexOf(TOC_PLACEHOLDER);
  if (at < 0) throw new Error('the table of contents placeholder is missing');
  const start = Math.max(documentXml.lastIndexOf('<w:p>', at), documentXml.lastIndexOf('<w:p ', at));
  const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
  return documentXml.slice(0, start) + xml + documentXml.slice(end);
}
