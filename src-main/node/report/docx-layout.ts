// Where the Word report's pages break, computed without Word: the table of contents carries page
// numbers that LibreOffice, Word (before any field update) and PDFs made from them show as written.
//
// The estimate is deterministic by construction rather than by measuring fonts:
// - every paragraph has an exact line height (lineRule "exact"), so a page holds a known number of
//   lines whatever the font's own metrics;
// - CJK characters (and full-width punctuation) are 1 em wide in every CJK font, so a line of Chinese
//   holds exactly floor(width / size) of them; other characters are taken as half an em, which is
//   exact for SimSun's Latin and close for Calibri's (Latin words breaking early is the main error);
// - each top-level section (an article, a top-level code, the memos) starts on a new page, so an
//   error never carries past the next top-level heading;
// - headings keep with their next line, as Word keeps them; footnotes take their lines on the page
//   of their reference. Not modelled: Word's line-breaking rules for punctuation (kinsoku), which
//   can move a character to the next line, and the footnote separator line.
// The fields stay real fields, so Word's "update table" replaces the estimate with its own count.
import { PAPER_MM, type PaperSize } from '../../common/model/report';

/** How one kind of paragraph is set, in points: the writer applies it, the flow measures it. */
export interface Geometry {
  /** Font size. */
  size: number;
  /** Exact line height. */
  line: number;
  before: number;
  after: number;
  /** Left indent. */
  indent: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

const g = (
  size: number,
  line: number,
  before: number,
  after: number,
  extra: Partial<Geometry> = {},
): Geometry => ({
  size,
  line,
  before,
  after,
  indent: 0,
  ...extra,
});

export const GEOMETRY = {
  title: g(22, 32, 0, 6),
  byline: g(9, 14, 0, 12),
  tocHeading: g(14, 22, 6, 6, { keepNext: true }),
  headings: [
    g(16, 26, 0, 12, { keepNext: true, pageBreakBefore: true }),
    g(14, 22, 12, 6, { keepNext: true }),
    g(12, 20, 10, 4, { keepNext: true }),
    g(11, 18, 8, 4, { keepNext: true }),
  ],
  meta: g(9, 14, 0, 8),
  body: g(11, 20, 0, 6),
  quote: g(11, 20, 6, 0, { indent: 18 }),
  citation: g(9, 14, 0, 4, { indent: 18 }),
  footnote: g(9, 13, 0, 0),
} as const;

/** A table of contents entry at `level` (1-based): indented 2 em a level. */
export function tocGeometry(level: number): Geometry {
  return g(11, 18, 0, 0, { indent: (level - 1) * 22 });
}

/** Room kept at the right of a contents entry for the dot leader and the page number. */
export const TOC_NUMBER_RESERVE = 3 * 11;

/** Page margins, in points, every side. */
export const MARGIN_PT = 72;

/** The paper in twentieths of a point (Word's unit), and the text area in points. */
export function pageGeometry(paper: PaperSize): {
  widthTw: number;
  heightTw: number;
  textWidth: number;
  textHeight: number;
} {
  const { width, height } = PAPER_MM[paper];
  const toPt = (mm: number) => (mm / 25.4) * 72;
  const widthTw = Math.round(toPt(width) * 20);
  const heightTw = Math.round(toPt(height) * 20);
  return {
    widthTw,
    heightTw,
    textWidth: widthTw / 20 - 2 * MARGIN_PT,
    textHeight: heightTw / 20 - 2 * MARGIN_PT,
  };
}

/** CJK ideographs, kana, hangul, CJK and full-width punctuation: one em wide. */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** The text's width in em. */
export function widthEm(text: string): number {
  let em = 0;
  for (const char of text) em += isWide(char.codePointAt(0)!) ? 1 : 0.5;
  return em;
}

/** The lines a paragraph of `text` takes at `size` in a line `width` points wide. */
export function lineCount(text: string, size: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / size));
  let lines = 0;
  // Each piece between hard line breaks starts a new line.
  for (const piece of text.split('\n')) lines += Math.max(1, Math.ceil(widthEm(piece) / perLine));
  return lines;
}

/** Paragraphs poured onto pages one after another; `add` says on which page one starts. */
export class PageFlow {
  page = 1;
  private y = 0;

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  add(geometry: Geometry, text: string, reserve = 0): number {
    if (geometry.pageBreakBefore && this.y > 0) this.breakPage();
    if (this.y > 0) this.y += geometry.before;
    const lines = lineCount(text, geometry.size, this.width - geometry.indent - reserve);
    // A heading keeps with the first line after it.
    const needed = geometry.line * (geometry.keepNext ? 2 : 1);
    if (this.y > 0 && this.y + needed > this.height) this.breakPage();
    const first = this.page;
    for (let i = 0; i < lines; i++) {
      if (this.y > 0 && this.y + geometry.line > this.height) this.breakPage();
      this.y += geometry.line;
    }
    this.y += geometry.after;
    return first;
  }

  private breakPage(): void {
    this.page++;
    this.y = 0;
  }
}
