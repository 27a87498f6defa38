// What the right-hand text added to and removed from the left-hand one, as ranges in each text,
// for the side-by-side reader. Chinese has no spaces between words, so the comparison is by
// character. Myers' diff costs O(N·D): for two unrelated 10,000-character texts that is too slow
// for a click, so the character diff is given a time budget and, past it, the texts are compared
// paragraph by paragraph instead, which is also the more useful answer there.
import { diffChars, diffLines, type ChangeObject } from 'diff';
import type { DiffRange } from './text-runs';

export interface TextDiff {
  left: DiffRange[];
  right: DiffRange[];
  /** Characters only in the left text (removed) and only in the right text (added). */
  removed: number;
  added: number;
  unit: 'character' | 'paragraph';
}

const CHARACTER_BUDGET_MS = 400;
const PARAGRAPH_BUDGET_MS = 400;
/** Above this many units between them (after the common start and end) no character diff is tried. */
const CHARACTER_LIMIT = 200_000;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Units the two texts share at the start and (after that) at the end, never half a surrogate pair. */
export function commonEnds(left: string, right: string): { head: number; tail: number } {
  const shorter = Math.min(left.length, right.length);
  let head = 0;
  while (head < shorter && left.charCodeAt(head) === right.charCodeAt(head)) head++;
  if (head > 0 && head < shorter && isHighSurrogate(left.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (tail < shorter - head && left.charCodeAt(left.length - 1 - tail) === right.charCodeAt(right.length - 1 - tail)) {
    tail++;
  }
  if (tail > 0 && tail < shorter - head && isHighSurrogate(left.charCodeAt(left.length - 1 - tail))) tail--;
  return { head, tail };
}

/**
 * The texts' shared start and end are cut off first (a linear scan: two 10-million-character
 * versions of a law differ in a few places), so only what lies between is diffed, by character
 * when that is small, else by paragraph; each diff has a time budget, and past both the whole
 * middle counts as changed, so even two unrelated huge texts never freeze the window.
 */
export function diffTexts(left: string, right: string): TextDiff {
  const { head, tail } = commonEnds(left, right);
  const a = left.slice(head, left.length - tail);
  const b = right.slice(head, right.length - tail);
  if (a.length + b.length <= CHARACTER_LIMIT) {
    const byCharacter = diffChars(a, b, { timeout: CHARACTER_BUDGET_MS });
    if (byCharacter) return toRanges(byCharacter, 'character', head);
  }
  const byParagraph = diffLines(a, b, { timeout: PARAGRAPH_BUDGET_MS });
  if (byParagraph) return toRanges(byParagraph, 'paragraph', head);
  const whole: ChangeObject<string>[] = [
    { value: a, removed: true, added: false, count: 1 },
    { value: b, removed: false, added: true, count: 1 },
  ];
  return toRanges(whole, 'paragraph', head);
}

function toRanges(changes: readonly ChangeObject<string>[], unit: TextDiff['unit'], base: number): TextDiff {
  const result: TextDiff = { left: [], right: [], removed: 0, added: 0, unit };
  let inLeft = base;
  let inRight = base;
  for (const change of changes) {
    const length = change.value.length;
    if (length === 0) continue;
    if (change.removed) {
      result.left.push({ start: inLeft, end: inLeft + length, kind: 'removed' });
      result.removed += length;
      inLeft += length;
    } else if (change.added) {
      result.right.push({ start: inRight, end: inRight + length, kind: 'added' });
      result.added += length;
      inRight += length;
    } else {
      inLeft += length;
      inRight += length;
    }
  }
  return result;
}
