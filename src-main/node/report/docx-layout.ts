// Where the Word report's pages break, computed without Word: the table of contents carries page
// numbers that LibreOffice, Word (before any field update) and PDFs made from them show as written.
//
// The estimate is deterministic by construction rather than by measuring fonts:
// - every paragraph has an exact line height (lineRule "exact"), so a page holds a known number of
//   lines whatever the font's own metrics;
// - CJK characters (and full-width punctuation) are 1 em wide in every CJK font, so a line of Chinese
//   holds exactly floor(width / size) of them; Latin text is set in Times New Roman, whose widths are
//   known (LibreOffice uses the metric-compatible Liberation Serif), and breaks only between words;
// - each top-level section (an article, a top-level code, the memos) starts on a new page, so an
//   error never carries past the next top-level heading;
// - headings keep with their next line, as Word keeps them; footnotes take their lines on the page
//   of their reference, below a separator; closing punctuation at the end of a full line hangs into
//   the margin. Not modelled: the other rules that keep punctuation off the start of a line
//   (kinsoku), bold headings' wider Latin letters, footnote numbers' width.
// Measured against LibreOffice (tests/bench/docx-toc-pages.bench.ts).
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

// Two paragraphs in a row never both have space between them (one's after, the next's before):
// Word adds the two, LibreOffice takes the larger, so only one of them is ever set.
export const GEOMETRY = {
  title: g(22, 32, 0, 6),
  byline: g(9, 14, 0, 12),
  tocHeading: g(14, 22, 0, 6, { keepNext: true }),
  headings: [
    g(16, 26, 0, 0, { keepNext: true, pageBreakBefore: true }),
    g(14, 22, 12, 0, { keepNext: true }),
    g(12, 20, 10, 0, { keepNext: true }),
    g(11, 18, 8, 0, { keepNext: true }),
  ],
  meta: g(9, 14, 8, 0),
  body: g(11, 20, 6, 0),
  quote: g(11, 20, 8, 0, { indent: 18 }),
  citation: g(9, 14, 0, 0, { indent: 18 }),
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
    (codePoint >= 0x20000 && codePoint <= 0x3fffd) ||
    // The em dash and the ellipsis of Chinese text (——, ……) are set full width.
    codePoint === 0x2014 ||
    codePoint === 0x2026
  );
}

/**
 * The advance widths of printable ASCII (space to ~) in Times New Roman, in thousandths of an em:
 * the report's Latin font (LATIN_FONT), and Liberation Serif's, which LibreOffice uses for it
 * (metric-compatible by design). Read from the font's hmtx table.
 */
// prettier-ignore
const LATIN_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722,
  722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333,
  278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/** The Word report's font for Latin text, whose widths LATIN_WIDTHS holds. */
export const LATIN_FONT = 'Times New Roman';

function charEm(codePoint: number): number {
  if (isWide(codePoint)) return 1;
  if (codePoint >= 32 && codePoint <= 126) return LATIN_WIDTHS[codePoint - 32]! / 1000;
  return 0.5;
}

/** The text's width in em. */
export function widthEm(text: string): number {
  let em = 0;
  for (const char of text) em += charEm(char.codePointAt(0)!);
  return em;
}

/**
 * The pieces a line may break between: each CJK character on its own, a Latin word whole (Word and
 * LibreOffice break Latin text only at spaces), each space on its own.
 */
function breakUnits(text: string): { em: number; hangs: boolean }[] {
  const units: { em: number; hangs: boolean }[] = [];
  let word = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (isWide(codePoint) || codePoint === 32) {
      if (word > 0) units.push({ em: word, hangs: false });
      word = 0;
      units.push({ em: charEm(codePoint), hangs: codePoint === 32 || HANGING.has(char) });
    } else word += charEm(codePoint);
  }
  if (word > 0) units.push({ em: word, hangs: false });
  return units;
}

/** Closing punctuation that may hang past the end of a line. */
const HANGING = new Set('。，、．：；！？）」』》〉】〕'.split(''));

/** The lines a paragraph of `text` takes at `size` in a line `width` points wide. */
export function lineCount(text: string, size: number, width: number): number {
  const lineEm = width / size;
  let lines = 0;
  // Each piece between hard line breaks starts a new line.
  for (const piece of text.split('\n')) {
    lines++;
    let used = 0;
    for (const { em: unit, hangs } of breakUnits(piece)) {
      // A space, or one closing mark of Chinese punctuation (。，、…), at the end of a full line hangs
      // into the margin, as Word and LibreOffice set it: it never starts a line.
      if (hangs && used <= lineEm + 1e-9 && used + unit > lineEm + 1e-9) {
        used += unit;
        continue;
      }
      if (used > 0 && used + unit > lineEm + 1e-9) {
        lines++;
        // A word longer than the line is broken wherever it must.
        used = unit > lineEm ? unit % lineEm : unit;
        lines += unit > lineEm ? Math.floor(unit / lineEm) : 0;
      } else used += unit;
    }
  }
  return lines;
}

/**
 * The rule and the gap above the footnotes of a page. LibreOffice's takes 0 to 7 pt (the bench
 * matches every heading anywhere in that range, and none at 12); Word's separator paragraph may take
 * more, so this is the highest value LibreOffice agrees with.
 */
export const FOOTNOTE_SEPARATOR = 7;

/** Paragraphs poured onto pages one after another; `add` says on which page one starts. */
export class PageFlow {
  page = 1;
  private y = 0;
  private footnotesOn = 0;

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  /** A footnote's text: its lines at the foot of the current page, the separator once a page. */
  addFootnote(text: string): void {
    if (this.footnotesOn !== this.page) {
      this.footnotesOn = this.page;
      this.y += FOOTNOTE_SEPARATOR;
    }
    this.add(GEOMETRY.footnote, text);
  }

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
