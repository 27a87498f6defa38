// Index tokens for folded text (see common/search/fold.ts). Chinese, Japanese and Korean runs
// become overlapping bigrams plus every character on its own, each token with its character offset,
// so that
//  - any query of two or more characters is its bigrams at consecutive offsets, which is exactly
//    "contains this substring" (a bigram index never misses a hit);
//  - a one-character query is one token's list, with no verification at all.
// Other letters and digits form words, split where letters meet digits ("800V" -> 800, v;
// "36GWh" -> 36, gwh), so "GWh" and "800V" match inside the numbers crawlers glue to them.
// Everything else (punctuation, spaces, symbols) separates tokens and is not indexed.
// Word segmentation (Intl.Segmenter) is deliberately not used: it splits names it doesn't know
// (衢州 -> 衢 | 州) and would lose hits.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

export type TokenKind = 'cjk' | 'word';

/**
 * The kind of one character (a code point). The common cases are decided on the code alone, since
 * this runs over every character of every imported article; the regular expressions settle the rest.
 */
function kindOf(char: string): TokenKind | null {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a) ? 'word' : null;
  }
  if (code >= 0x4e00 && code <= 0x9fff) return 'cjk';
  if (code >= 0x3005 && code <= 0x3007) return 'cjk'; // 々 〆 〇, as in 二〇二三年
  if (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0x2000 && code <= 0x206f)
  ) {
    return null; // CJK and general punctuation, full-width symbols
  }
  return CJK.test(char) ? 'cjk' : WORD.test(char) ? 'word' : null;
}

/** Consecutive characters of one kind; code points, so 𠮷 (two UTF-16 units) is one character. */
export function runs(text: string): { kind: TokenKind; chars: string[] }[] {
  const result: { kind: TokenKind; chars: string[] }[] = [];
  let current: { kind: TokenKind; chars: string[] } | null = null;
  for (const char of text) {
    const kind = kindOf(char);
    if (kind === null) {
      current = null;
      continue;
    }
    if (!current || current.kind !== kind) {
      current = { kind, chars: [] };
      result.push(current);
    }
    current.chars.push(char);
  }
  return result;
}

function cjkTokens(chars: string[], out: string[]): void {
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  out.push(chars[chars.length - 1]!);
}

function wordTokens(chars: string[], out: string[]): void {
  let word = chars[0]!;
  for (let i = 1; i < chars.length; i++) {
    if (DIGIT.test(chars[i]!) !== DIGIT.test(chars[i - 1]!)) {
      out.push(word);
      word = '';
    }
    word += chars[i]!;
  }
  out.push(word);
}

/** The tokens of folded text, in order. */
export function indexTokens(folded: string): string[] {
  const out: string[] = [];
  for (const run of runs(folded)) {
    if (run.kind === 'cjk') cjkTokens(run.chars, out);
    else wordTokens(run.chars, out);
  }
  return out;
}

/**
 * Every token of folded text with the offsets (in code points) where it starts: the index's input.
 * `length` is the text's length in code points, BM25's document length.
 */
export function tokenOffsets(folded: string): { tokens: Map<string, number[]>; length: number } {
  const tokens = new Map<string, number[]>();
  const add = (token: string, at: number) => {
    const list = tokens.get(token);
    if (list) list.push(at);
    else tokens.set(token, [at]);
  };
  let at = 0;
  let previous: string | null = null; // the CJK character just before, within a run
  let word = '';
  let wordAt = 0;
  let wordDigit = false;
  const endWord = () => {
    if (word) add(word, wordAt);
    word = '';
  };
  for (const char of folded) {
    const kind = kindOf(char);
    if (kind === 'cjk') {
      endWord();
      add(char, at);
      if (previous !== null) add(previous + char, at - 1);
      previous = char;
    } else if (kind === 'word') {
      previous = null;
      const digit = DIGIT.test(char);
      if (word && digit !== wordDigit) endWord();
      if (!word) wordAt = at;
      word += char;
      wordDigit = digit;
    } else {
      previous = null;
      endWord();
    }
    at++;
  }
  endWord();
  return { tokens, length: at };
}
