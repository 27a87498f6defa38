// Cuts a paragraph into runs at every boundary of the layers drawn over it: highlights (which may
// overlap each other), find/search hits (one layer, never overlapping) and the changes of a diff
// (one layer, never overlapping). Each run knows every highlight covering it, so overlapping
// highlights stay visible. The runs concatenate back to the paragraph's text exactly, so the
// element's textContent keeps mapping one to one onto clean-text offsets.
import { HIGHLIGHT_TINT, tint } from '../../../../src-main/common/model/highlight-tint';
import type { MarkRange } from '../../ui/text-marks';

/** The tint is shared with the reports (common/model/highlight-tint.ts). */
export { tint };

/** What the runs need of a highlight: where it is and what colour it takes. */
export interface HighlightSpan {
  id: number;
  start: number;
  end: number;
  color: string;
}

export type DiffKind = 'added' | 'removed';

export interface DiffRange {
  start: number;
  end: number;
  kind: DiffKind;
}

export interface TextRun {
  text: string;
  /** Where the run starts in the whole text. */
  start: number;
  /** Highlights covering the run, the one drawn on top (the shortest, then the newest) first. */
  highlights: HighlightSpan[];
  hit: number | null;
  diff: DiffKind | null;
}

interface Layers {
  highlights: readonly HighlightSpan[];
  hits: readonly MarkRange[];
  diff: readonly DiffRange[];
}

/** Shorter passages sit inside longer ones, so they are drawn on top; ties: the newest (highest id). */
export function drawOrder(a: HighlightSpan, b: HighlightSpan): number {
  return a.end - a.start - (b.end - b.start) || b.id - a.id;
}

/** The runs of `text`, which starts at `base` in the whole text the layers' offsets refer to. */
export function splitRuns(text: string, base: number, layers: Layers): TextRun[] {
  const end = base + text.length;
  const inside = <T extends { start: number; end: number }>(ranges: readonly T[]): T[] =>
    ranges.filter((range) => range.end > base && range.start < end && range.end > range.start);
  const highlights = inside(layers.highlights).sort(drawOrder);
  const hits = inside(layers.hits);
  const diff = inside(layers.diff);

  const cuts = new Set<number>([base, end]);
  for (const range of [...highlights, ...hits, ...diff]) {
    if (range.start > base) cuts.add(range.start);
    if (range.end < end) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covers = (range: { start: number; end: number }) => range.start <= from && range.end >= to;
    runs.push({
      text: text.slice(from - base, to - base),
      start: from,
      highlights: highlights.filter(covers),
      hit: hits.find(covers)?.index ?? null,
      diff: diff.find(covers)?.kind ?? null,
    });
  }
  if (runs.length === 0) runs.push({ text, start: base, highlights: [], hit: null, diff: null });
  return runs;
}

/**
 * The inline style of a highlighted run: the top highlight's colour as a translucent background,
 * and a 2-pixel underline stacked below the text for each further highlight covering it.
 */
export function runStyle(highlights: readonly HighlightSpan[]): string {
  const [top, ...rest] = highlights;
  if (!top) return '';
  const shadows = rest.map((span, i) => `inset 0 -${2 * (i + 1)}px 0 ${tint(span.color, 0.95)}`);
  return shadows.length === 0
    ? `background-color:${tint(top.color, HIGHLIGHT_TINT)}`
    : `background-color:${tint(top.color, HIGHLIGHT_TINT)};box-shadow:${shadows.join(',')}`;
}
