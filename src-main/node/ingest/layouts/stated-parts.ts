// The article parts of a format that states its title and body outright: nothing to search for,
// no byline, credit or dateline guessed from the text. One place builds them, so the layouts stay
// in step with ArticleParts as extraction grows new fields.

import type { ArticleParts } from '../extract-body';

export function statedParts(title: string | null, bodyLines: string[]): ArticleParts {
  return { title, headerLines: [], byline: null, creditLine: null, dateline: null, bodyLines };
}
