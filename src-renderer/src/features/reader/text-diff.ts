// What the right-hand text added to and removed from the left-hand one, as ranges in each text,
// for the side-by-side reader. Chinese has no spaces between words, so the comparison is by
// character. Myers' diff costs O(N·D): for two unrelated 10,000-character texts that is too slow
// for a click, so the character diff is given a time budget and, past it, the texts are compared
// paragraph by paragraph instead (always fast), which is also the more useful answer there.
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

export function diffTexts(left: string, right: string): TextDiff {
  const byCharacter = diffChars(left, right, { timeout: CHARACTER_BUDGET_MS });
  if (byCharacter) return toRanges(byCharacter, 'character');
  return toRanges(diffLines(left, right), 'paragraph');
}

function toRanges(changes: readonly ChangeObject<string>[], unit: TextDiff['unit']): TextDiff {
  const result: TextDiff = { left: [], right: [], removed: 0, added: 0, unit };
  let inLeft = 0;
  let inRight = 0;
  for (const change of changes) {
    const length = change.value.length;
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
