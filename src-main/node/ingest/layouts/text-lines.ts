// What the plain-text layouts share: the file read as lines (Markdown headings become heading lines
// of their rank, see line-shapes.ts), and the body searched for among them by the
// general rules of extract-body.ts, tuned by the layout's BodyRules.

import { extractBody } from '../extract-body';
import type { ArticleParts, BodyRules, MetadataHints, SourceDocument } from '../ingest-types';
import { headingMarker } from '../line-shapes';

export const NO_HINTS: MetadataHints = {
  title: null,
  dateText: null,
  author: null,
  source: null,
  siteName: null,
  url: null,
};

/** Markdown headings become heading lines of their own rank ("### x" stays a rank-3 head). */
export function markdownLines(text: string): string[] {
  return text.split('\n').map((line) => {
    const heading = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    return heading ? `${headingMarker(heading[1]?.length ?? 2)}${heading[2]}` : line;
  });
}

/** A text file that states nothing about itself: its lines, no hints. */
export function readTextLines(text: string): SourceDocument {
  return { lines: markdownLines(text), hints: NO_HINTS };
}

/** The extract step of a layout whose body is searched for among its lines. */
export function searchBody(rules: BodyRules): (document: SourceDocument) => ArticleParts {
  return (document) => {
    const parts = extractBody(document.lines, rules, document.hints.title);
    const stated = document.footerLines ?? [];
    return stated.length === 0 ? parts : { ...parts, footerLines: [...parts.footerLines, ...stated] };
  };
}

/** Whether any of the patterns occurs in the text. */
export function hasAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
