// The clean text and the section headings of an article, from the body lines extraction found
// (heads still marked with their rank, see line-shapes.ts). The clean text is exactly what
// normalizeCleanText makes of the unmarked lines: headings only add data beside it.

import { toParagraphs } from '../../common/text/normalize';
import { findHeadings, type ArticleHeading, type SourceParagraph } from '../../common/text/headings';
import { headingRank, stripHeading } from './line-shapes';

export interface TextWithHeadings {
  cleanText: string;
  headings: ArticleHeading[];
}

export function cleanTextWithHeadings(bodyLines: readonly string[], title: string | null): TextWithHeadings {
  const paragraphs: SourceParagraph[] = [];
  for (const line of bodyLines) {
    const rank = headingRank(line);
    const pieces = toParagraphs(stripHeading(line));
    // A marked head that normalises into several lines is no single heading: keep its text only.
    const markedRank = pieces.length === 1 ? rank : null;
    for (const text of pieces) paragraphs.push({ text, markedRank });
  }
  const cleanText = paragraphs.map((paragraph) => paragraph.text).join('\n');
  return { cleanText, headings: findHeadings(paragraphs, title) };
}
