// Titles, dates, sources, document numbers and bodies on pages in layouts the importer was not
// tuned on (issue 12): each fixture states what a reader finds on it (expected.json).
import { describe, expect, it } from 'vitest';
import { ingestCase, layoutCases, scoreCase } from './layout-cases';

const cases = layoutCases();

describe('layouts fixture set', () => {
  it('covers HTML pages and text dumps, Big5 included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.file.endsWith('.html')).length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.file.endsWith('.txt')).length).toBeGreaterThanOrEqual(12);
    expect(cases.some((c) => c.file.includes('big5'))).toBe(true);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, expected) => {
    const article = ingestCase(expected.file);
    expect(scoreCase(expected, article).misses).toEqual({});
  });
});
