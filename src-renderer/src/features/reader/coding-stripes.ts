// Coding stripes, as MAXQDA and QualCoder draw them beside the text: one vertical stripe per code
// of each coded passage, in the code's colour, spanning the lines the passage covers. Stripes whose
// lines overlap stand side by side in columns; a stripe takes the leftmost column free over its
// whole extent, so a margin with few overlaps stays narrow. Pure: the component measures the
// passages on screen (DOM rects of the highlight marks) and hands their extents in here.

/** A passage's vertical extent in pixels, relative to the text's container. */
export interface PassageExtent {
  highlightId: number;
  top: number;
  bottom: number;
}

/** What a stripe needs of a code. */
export interface StripeCode {
  id: number;
  name: string;
  color: string;
}

export interface Stripe {
  /** Unique per highlight and code, for keyed rendering. */
  key: string;
  highlightId: number;
  codeId: number;
  name: string;
  color: string;
  top: number;
  height: number;
  /** 0 is the column nearest the text. */
  column: number;
}

/**
 * Lines that merely touch (one passage ends on the line above where the next starts) are not an
 * overlap, but rounding of sub-pixel rects can make them overlap by a fraction of a pixel.
 */
const TOUCH_TOLERANCE = 1;

/**
 * The stripes of the passages measured: one per code of each passage (codes in the highlight's
 * order), each in the leftmost column not taken by another stripe over the same lines. Codes the
 * codebook no longer has are left out.
 */
export function layoutStripes(
  passages: readonly PassageExtent[],
  codeIdsOf: (highlightId: number) => readonly number[],
  codeById: (codeId: number) => StripeCode | undefined,
): { stripes: Stripe[]; columns: number } {
  const pending: Omit<Stripe, 'column'>[] = [];
  for (const passage of passages) {
    if (!(passage.bottom > passage.top)) continue;
    for (const codeId of codeIdsOf(passage.highlightId)) {
      const code = codeById(codeId);
      if (!code) continue;
      pending.push({
        key: `${passage.highlightId}:${codeId}`,
        highlightId: passage.highlightId,
        codeId,
        name: code.name,
        color: code.color,
        top: passage.top,
        height: passage.bottom - passage.top,
      });
    }
  }
  // Top to bottom; at the same top the longer stripe first, so it keeps the inner column and the
  // shorter ones nested in it sit outside it, as a tree of passages reads.
  const order = pending
    .map((stripe, index) => ({ stripe, index }))
    .sort((a, b) => a.stripe.top - b.stripe.top || b.stripe.height - a.stripe.height || a.index - b.index);
  /** Where each column is free from (the bottom of the last stripe placed in it). */
  const freeFrom: number[] = [];
  const stripes: Stripe[] = [];
  for (const { stripe } of order) {
    let column = freeFrom.findIndex((bottom) => bottom <= stripe.top + TOUCH_TOLERANCE);
    if (column === -1) column = freeFrom.length;
    freeFrom[column] = stripe.top + stripe.height;
    stripes.push({ ...stripe, column });
  }
  return { stripes, columns: freeFrom.length };
}

/** A client rect reduced to what the layout needs. */
export interface LineRect {
  top: number;
  bottom: number;
  right: number;
  left: number;
}

/** What is measured of one highlight on screen: its line boxes, in document order. */
export interface MeasuredPassage {
  highlightId: number;
  top: number;
  bottom: number;
  /** The end of the passage's last line: where a note marker goes. */
  endX: number;
  endTop: number;
  /** The start of its first line: where a popover opened from the margin points. */
  startX: number;
  startBottom: number;
}

/**
 * Folds the line boxes of each highlight's marks (in document order, already relative to the
 * container) into one extent per highlight. Empty rects (a mark of zero width at a line break)
 * are skipped: they would stretch a passage onto a line it does not show on.
 */
export function measurePassages(
  marks: Iterable<{ ids: readonly number[]; rects: readonly LineRect[] }>,
): MeasuredPassage[] {
  const byId = new Map<number, MeasuredPassage>();
  for (const mark of marks) {
    for (const rect of mark.rects) {
      if (rect.right - rect.left <= 0 || rect.bottom - rect.top <= 0) continue;
      for (const id of mark.ids) {
        const known = byId.get(id);
        if (!known) {
          byId.set(id, {
            highlightId: id,
            top: rect.top,
            bottom: rect.bottom,
            endX: rect.right,
            endTop: rect.top,
            startX: rect.left,
            startBottom: rect.bottom,
          });
          continue;
        }
        known.top = Math.min(known.top, rect.top);
        known.bottom = Math.max(known.bottom, rect.bottom);
        // Document order: a rect on a later line, or further along the same line, is the new end.
        if (
          rect.top > known.endTop + TOUCH_TOLERANCE ||
          (Math.abs(rect.top - known.endTop) <= TOUCH_TOLERANCE && rect.right >= known.endX)
        ) {
          known.endX = rect.right;
          known.endTop = rect.top;
        }
      }
    }
  }
  return [...byId.values()];
}
