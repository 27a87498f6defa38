// Pure functions behind every mark the UI draws over text: search hits in titles and snippets,
// every hit of a query in the reader, find-in-article matches. Offsets are UTF-16 code units into
// the text given (for an article, its stored clean text), as everywhere in the project. Marking
// never changes the text: the segments concatenate back to it character for character.
import { findHits } from '../../../src-main/common/search/fold';
import { markableTerms, parseQuery } from '../../../src-main/common/search/query-parser';

/** A marked stretch [start, end) and the index of the mark, so one can be made "current". */
export interface MarkRange {
  start: number;
  end: number;
  index: number;
}

export interface TextSegment {
  text: string;
  /** Index of the mark this segment belongs to, or null for unmarked text. */
  mark: number | null;
}

export interface Paragraph {
  text: string;
  /** Where the paragraph starts in the clean text. */
  start: number;
}

/** The clean text's paragraphs (split at "\n", blank ones skipped) with their offsets. */
export function paragraphsWithOffsets(cleanText: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of cleanText.split('\n')) {
    if (line.trim() !== '') paragraphs.push({ text: line, start });
    start += line.length + 1;
  }
  return paragraphs;
}

/**
 * Cuts `text` (which starts at `base` in the whole) at the marks that overlap it. Marks must be
 * sorted and must not overlap each other; parts of a mark outside the text are ignored.
 */
export function segmentText(text: string, marks: readonly MarkRange[], base = 0): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    const start = Math.max(mark.start - base, cursor);
    const end = Math.min(mark.end - base, text.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: null });
    segments.push({ text: text.slice(start, end), mark: mark.index });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), mark: null });
  return segments;
}

/** The engine's [start, end) pairs as marks, sorted and with overlaps merged. */
export function marksFromPairs(pairs: readonly (readonly [number, number])[]): MarkRange[] {
  return mergeRanges(pairs.map(([start, end]) => ({ start, end })));
}

function mergeRanges(ranges: { start: number; end: number }[]): MarkRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MarkRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end, index: merged.length });
  }
  return merged;
}

/**
 * Every occurrence of any of `terms` in `text`, matched on folded text (simplified, half-width,
 * lower-case), so 發展 finds 发展 and ＧＷｈ finds GWh. The fold keeps lengths, so offsets found
 * in the folded text are offsets into the original. Pass `foldedText` when it is already at hand.
 */
export function findTermRanges(text: string, terms: readonly string[], foldedText?: string): MarkRange[] {
  return marksFromPairs(findHits(text, terms, foldedText));
}

/** The positive terms and phrases of a search query (not OR, not -exclusions), as the engine reads them. */
export function highlightTerms(query: string): string[] {
  return markableTerms(parseQuery(query));
}
