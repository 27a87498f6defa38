// A folded query term as the index tokens it is made of, each at its offset (in code points) from
// the term's start: "衢州智造" -> 衢州@0 州智@1 智造@2; "36GWh" -> 36@0, gwh*@2 (the last word may end
// inside a longer word: a prefix); "锂" -> 锂@0. A document contains the term exactly where every
// part occurs at its offset from one start, which is what the search checks on the positions.
import { runs } from './tokenize';

export interface TermPart {
  token: string;
  /** Any token that starts with `token` (the term's last word). */
  prefix: boolean;
  offset: number;
}

const DIGIT = /\p{N}/u;

/** The parts of one folded term; empty when it holds nothing indexable (only "，"). */
export function termParts(term: string): TermPart[] {
  const parts: TermPart[] = [];
  const chars = [...term];
  const termRuns = runs(term);
  // runs() drops separators, so offsets are found again by walking the characters.
  let at = 0;
  termRuns.forEach((run, r) => {
    while (chars.slice(at, at + run.chars.length).join('') !== run.chars.join('')) at++;
    const last = r === termRuns.length - 1;
    if (run.kind === 'cjk') {
      if (run.chars.length === 1) parts.push({ token: run.chars[0]!, prefix: false, offset: at });
      for (let k = 0; k + 1 < run.chars.length; k++) {
        parts.push({ token: run.chars[k]! + run.chars[k + 1]!, prefix: false, offset: at + k });
      }
    } else {
      let word = '';
      let wordAt = at;
      run.chars.forEach((char, k) => {
        if (k > 0 && DIGIT.test(char) !== DIGIT.test(run.chars[k - 1]!)) {
          parts.push({ token: word, prefix: false, offset: wordAt });
          word = '';
          wordAt = at + k;
        }
        word += char;
      });
      parts.push({ token: word, prefix: last, offset: wordAt });
    }
    at += run.chars.length;
  });
  return parts;
}
