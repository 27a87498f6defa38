// The extract step of a format that states its title and body outright: nothing to search for,
// no byline, credit or dateline guessed from the text. One place builds the parts, so the layouts
// stay in step with ArticleParts as extraction grows new fields.

import type { ArticleParts, SourceDocument } from '../ingest-types';

export function statedBody(document: SourceDocument): ArticleParts {
  return {
    title: document.hints.title,
    headerLines: [],
    footerLines: [],
    byline: null,
    creditLine: null,
    dateline: null,
    bodyLines: document.lines,
  };
}
