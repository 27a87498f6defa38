import { describe, expect, it } from 'vitest';
import { compilePattern, editDistance, scanColumns } from '../../../src-main/common/anchoring/bit-parallel';

/** The textbook O(n·m) dynamic programme, as the reference. */
function naiveDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** Smallest distance between `pattern` and any piece of `text` ending at each column. */
function naiveSearch(pattern: string, text: string): number[] {
  let row = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row.slice(1);
}

// A small deterministic generator over a few Chinese characters, so strings share many units.
function randomText(seed: number, length: number): string {
  const alphabet = '新能源产业链衢州A1';
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

describe('bit-parallel edit distance', () => {
  it('agrees with the dynamic programme for patterns of one and of several 32-unit blocks', () => {
    for (const [seed, m, n] of [
      [1, 5, 9],
      [2, 31, 28],
      [3, 32, 40],
      [4, 33, 30],
      [5, 70, 75],
      [6, 100, 64],
    ]) {
      const a = randomText(seed, m);
      const b = randomText(seed * 7 + 1, n);
      expect(editDistance(compilePattern(a), b, 0, b.length), `seed ${seed}`).toBe(naiveDistance(a, b));
    }
  });

  it('measures only the given range of the text', () => {
    const text = '前文新能源产业后文';
    expect(editDistance(compilePattern('新能源产业'), text, 2, 7)).toBe(0);
    expect(editDistance(compilePattern('新能源产业'), text, 2, 6)).toBe(1);
    expect(editDistance(compilePattern(''), text, 2, 6)).toBe(4);
  });

  it('search mode reports, for each column, the best piece ending there', () => {
    for (const [seed, m] of [
      [11, 6],
      [12, 32],
      [13, 45],
    ]) {
      const pattern = randomText(seed, m);
      const text = randomText(seed + 100, 120);
      const columns: number[] = [];
      scanColumns(compilePattern(pattern), text, 0, text.length, 'search', (_end, errors) =>
        columns.push(errors),
      );
      expect(columns, `seed ${seed}`).toEqual(naiveSearch(pattern, text));
    }
  });
});
