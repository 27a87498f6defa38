// A parsed query (common/search/query-parser.ts) as an FTS4 MATCH expression over our tokens.
// Each term becomes the phrase of the tokens the index holds for that text, so a match is exactly
// "the folded text contains the term": bigrams at consecutive positions, a run's trailing unigram
// where the term continues past a run, and a prefix on the last token where the term may end inside
// an indexed token (one Chinese character, the start of a word).
// This sql.js build parses MATCH with the enhanced syntax (AND binds tighter than OR, parentheses
// allowed); tests/node/search.test.ts fails if that ever changes.
import type { ParsedQuery } from '../../common/search/query-parser';
import { runs } from './tokenize';

const DIGIT = /\p{N}/u;

function wordParts(chars: string[]): string[] {
  const parts: string[] = [];
  let part = '';
  chars.forEach((char, i) => {
    if (i > 0 && DIGIT.test(char) !== DIGIT.test(chars[i - 1]!)) {
      parts.push(part);
      part = '';
    }
    part += char;
  });
  parts.push(part);
  return parts;
}

/** The MATCH expression of one folded term, or null when it holds nothing indexable (only "，"). */
export function termExpression(term: string): string | null {
  const termRuns = runs(term);
  const tokens: string[] = [];
  termRuns.forEach((run, i) => {
    const last = i === termRuns.length - 1;
    if (run.kind === 'cjk') {
      const { chars } = run;
      for (let k = 0; k + 1 < chars.length; k++) tokens.push(chars[k]! + chars[k + 1]!);
      if (chars.length === 1) tokens.push(last ? `${chars[0]}*` : chars[0]!);
      else if (!last) tokens.push(chars[chars.length - 1]!);
    } else {
      const parts = wordParts(run.chars);
      if (last) parts[parts.length - 1] += '*';
      tokens.push(...parts);
    }
  });
  if (tokens.length === 0) return null;
  return tokens.length === 1 ? tokens[0]! : `"${tokens.join(' ')}"`;
}

/** The positive part of a query, or null when no group has an indexable term. */
export function matchExpression(parsed: ParsedQuery): string | null {
  const groups = parsed.groups
    .map((group) => group.map(termExpression).filter((e): e is string => e !== null))
    .filter((group) => group.length > 0)
    .map((group) => (group.length > 1 ? `(${group.join(' OR ')})` : group[0]!));
  return groups.length > 0 ? groups.join(' ') : null;
}
