// The report's fonts, and its page for printing.
//
// Chromium prints through Skia, which embeds a font with TrueType outlines (glyf) as a named CID
// TrueType font with a Unicode map, but draws every glyph of a CFF-outline OpenType font (Noto CJK
// and Source Han, .otf/.ttc) as a nameless Type 3 font: such PDFs print, yet look blurry in some
// viewers, cannot be searched reliably and fail prepress checks. So each stack lists TrueType-outline
// fonts first, per system: Windows (SimSun, Microsoft YaHei), macOS (Songti SC, PingFang SC, Heiti
// SC), Linux (AR PL UMing from fonts-arphic-uming, WenQuanYi Zen Hei from fonts-wqy-zenhei). Latin
// text takes a TrueType Latin face before them (the CJK faces' Latin letters are poor). The CFF faces
// stay last, so a machine with nothing else still prints every character.
import type { PaperSize } from '../../common/model/report';

const quote = (families: readonly string[]) => families.map((family) => `"${family}"`).join(', ');

export const SERIF_FONTS = quote([
  'Times New Roman',
  'Liberation Serif',
  'DejaVu Serif',
  'SimSun',
  'Songti SC',
  'AR PL UMing CN',
  'AR PL SungtiL GB',
  'WenQuanYi Zen Hei',
  'Noto Serif CJK SC',
  'Source Han Serif SC',
]);

export const SANS_FONTS = quote([
  'Arial',
  'Liberation Sans',
  'DejaVu Sans',
  'Microsoft YaHei',
  'PingFang SC',
  'Heiti SC',
  'WenQuanYi Zen Hei',
  'WenQuanYi Micro Hei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
]);

/** The page margin of a printed report, on every side. */
export const PAGE_MARGIN_MM = 16;

/**
 * The @page rule: the paper the user chose (A4 unless told otherwise). Headless Chromium prints on
 * US Letter unless the page says otherwise, and Electron's print options name the same paper.
 */
export function pageCss(paper: PaperSize = 'a4'): string {
  return `@page { size: ${CSS_PAGE_SIZES[paper]}; margin: ${PAGE_MARGIN_MM}mm; }`;
}

const CSS_PAGE_SIZES: { readonly [P in PaperSize]: string } = { a4: 'A4', letter: 'letter', a5: 'A5' };
