// Maps a DOM selection in the reader to [start, end) in the article's clean text. Each paragraph
// element carries data-offset (where it starts in the clean text) and its textContent is exactly
// the paragraph's text, so a point's offset is data-offset plus the length of the text before it
// inside that paragraph. Offsets are UTF-16 units; a boundary never falls inside a surrogate pair.

export interface TextSelection {
  articleId: number;
  /** Which reader pane the selection is in. */
  pane: number;
  start: number;
  end: number;
}

const PARAGRAPH = '[data-offset]';
const ARTICLE = '[data-article-id]';

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** The offset of a boundary point, or null when it is not inside a paragraph. */
function pointOffset(node: Node, offset: number): number | null {
  const paragraph = elementOf(node)?.closest(PARAGRAPH);
  if (!paragraph) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.getAttribute('data-offset')) + range.toString().length;
}

/** A boundary between paragraphs (or on the container): the start of the next paragraph, or the end of the previous. */
function edgeOffset(root: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const paragraphs = [...root.querySelectorAll(PARAGRAPH)];
  const point = document.createRange();
  point.setStart(node, offset);
  if (side === 'start') {
    const next = paragraphs.find((p) => point.comparePoint(p, 0) >= 0);
    return next ? Number(next.getAttribute('data-offset')) : null;
  }
  const previous = paragraphs.filter((p) => point.comparePoint(p, p.childNodes.length) <= 0).pop();
  return previous ? Number(previous.getAttribute('data-offset')) + (previous.textContent ?? '').length : null;
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves `start` back and `end` forward off the middle of a surrogate pair. */
export function widenToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: start > 0 && isLowSurrogate(text, start) ? start - 1 : start,
    end: end < text.length && isLowSurrogate(text, end) ? end + 1 : end,
  };
}

/** The selection's passage in the reader, or null when nothing is selected inside one article. */
export function readSelection(selection: Selection | null): TextSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const root = elementOf(range.commonAncestorContainer)?.closest(ARTICLE);
  if (!root) return null;
  const start =
    pointOffset(range.startContainer, range.startOffset) ??
    edgeOffset(root, range.startContainer, range.startOffset, 'start');
  const end =
    pointOffset(range.endContainer, range.endOffset) ??
    edgeOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return {
    articleId: Number(root.getAttribute('data-article-id')),
    pane: Number(root.getAttribute('data-pane') ?? 0),
    start,
    end,
  };
}

/** Trims whitespace (and the paragraph joins) off both ends, so a sloppy drag codes only the words. */
export function trimPassage(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to <= from) return null;
  return widenToCodePoints(text, from, to);
}

/**
 * A DOM range over [start, end) of the clean text inside `root` (the reader's article text), or
 * null. In a windowed (huge) article an end beyond the drawn chunks ends the range at the last one.
 */
export function domRange(root: Element, start: number, end: number): Range | null {
  const paragraphs = [...root.querySelectorAll<HTMLElement>(PARAGRAPH)];
  const point = (offset: number, preferNext: boolean): [Node, number] | null => {
    for (const paragraph of paragraphs) {
      const base = Number(paragraph.dataset.offset);
      const length = (paragraph.textContent ?? '').length;
      if (offset > base + length || (preferNext && offset === base + length)) continue;
      let left = Math.max(0, offset - base);
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const size = (node.nodeValue ?? '').length;
        if (left <= size) return [node, left];
        left -= size;
      }
      return [paragraph, paragraph.childNodes.length];
    }
    return null;
  };
  const from = point(start, true);
  const lastParagraph = paragraphs[paragraphs.length - 1];
  const to = point(end, false) ?? (lastParagraph ? [lastParagraph, lastParagraph.childNodes.length] : null);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
