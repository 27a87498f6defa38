// The search box's language, parsed once, used by the engine (to query the index) and by the
// renderer (to mark hits in the reader):
//   锂电 衢州          both terms (AND)
//   "招商 引资"        a phrase: exactly this text, spaces included as typed
//   衢州 OR 合肥       either (also |); OR binds tighter than AND: a b OR c = a AND (b OR c)
//   锂电 -宜宾         the first, without the second
// Terms are folded (see fold.ts), so they compare with folded text.
import { foldForSearch } from './fold';

export interface ParsedQuery {
  /** All groups must match; within a group, any term may (OR). */
  groups: string[][];
  /** No article containing any of these matches. */
  excluded: string[];
}

interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
}

function lex(query: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(-?)"([^"]*)"?|(-?)(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    if (match[2] !== undefined) tokens.push({ text: match[2], quoted: true, negated: match[1] === '-' });
    else tokens.push({ text: match[4]!, quoted: false, negated: match[3] === '-' && match[4]!.length > 0 });
  }
  return tokens;
}

export function parseQuery(query: string): ParsedQuery {
  const groups: string[][] = [];
  const excluded: string[] = [];
  let joinNext = false;
  for (const token of lex(query.replace(/[“”„]/g, '"'))) {
    if (!token.quoted && (token.text === 'OR' || token.text === '|')) {
      joinNext = groups.length > 0;
      continue;
    }
    const text = foldForSearch(token.quoted ? token.text.trim() : token.text);
    if (text.length === 0) continue;
    if (token.negated) excluded.push(text);
    else if (joinNext) groups[groups.length - 1]!.push(text);
    else groups.push([text]);
    joinNext = false;
  }
  return { groups, excluded };
}

export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.groups.length === 0;
}

/** Every positive term, longest first: what to mark in a text that matched. */
export function markableTerms(parsed: ParsedQuery): string[] {
  return [...new Set(parsed.groups.flat())].sort((a, b) => b.length - a.length);
}

/** A readable form of what was understood: 锂电 AND (衢州 OR 合肥) NOT 宜宾. */
export function describeQuery(parsed: ParsedQuery): string {
  const quote = (term: string) => (/\s/.test(term) ? `"${term}"` : term);
  const groups = parsed.groups.map((group) =>
    group.length > 1 ? `(${group.map(quote).join(' OR ')})` : quote(group[0]!),
  );
  return [groups.join(' AND '), ...parsed.excluded.map((term) => `NOT ${quote(term)}`)]
    .filter(Boolean)
    .join(' ');
}
