// Newspaper text extracted from page layouts breaks paragraphs where the column or page broke:
// "……储能电池;鹏辉能源" / "的二期年产36GWh储能电池生产项目……". A line that stops mid-sentence is
// joined with the next when the next is prose too. Short unfinished lines are left alone: those are
// photo captions ("华友衢州产业园"), which the caption rule removes later.

import { endsSentence, isHeading, charLength } from './line-shapes';

const MIN_FRAGMENT_LENGTH = 20;

function isUnfinishedProse(line: string): boolean {
  if (isHeading(line) || endsSentence(line)) return false;
  // A short piece is still prose when it has a clause inside ("招引鹏辉能源、UTG等多个百亿");
  // captions name one thing and carry no commas.
  return charLength(line) >= MIN_FRAGMENT_LENGTH || /[，,、；;]/.test(line);
}

function canContinue(line: string): boolean {
  return !isHeading(line) && (charLength(line) >= MIN_FRAGMENT_LENGTH || endsSentence(line));
}

function glue(left: string, right: string): string {
  // Latin words broken across lines need their space back; Chinese never had one.
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

export function joinBrokenParagraphs(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && isUnfinishedProse(previous) && canContinue(line)) {
      joined[joined.length - 1] = glue(previous, line);
    } else {
      joined.push(line);
    }
  }
  return joined;
}
