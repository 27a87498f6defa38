// The one fold applied before matching, to the stored text and to the query alike: traditional
// characters become simplified (發展 = 发展, 臺灣 = 台湾), full-width Latin letters and digits become
// half-width (ＧＷｈ = GWh), and Latin letters become lower case (GWh = gwh).
//
// The fold never changes the length of a string, code unit for code unit, so an offset found in the
// folded text is the same offset in the original: hits can be marked on the text the user sees.
// That is why only one-to-one mappings within the Basic Multilingual Plane are used.
import tsCharacters from 'opencc-js/dict/TSCharacters';

/**
 * One entry per UTF-16 code unit: what it folds to. A table rather than a Map, because folding runs
 * over whole articles on every search (snippets, marks) and a lookup per character must be cheap.
 */
const FOLD_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20;
  for (let code = 0xff01; code <= 0xff5e; code++) {
    // Full-width ASCII: shift to ASCII, then lower-case letters.
    const ascii = code - 0xfee0;
    table[code] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  table[0x3000] = 0x20;
  for (const entry of tsCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    // Some entries offer several simplified forms ("X A B"): the first is OpenCC's default.
    if (from && to && from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return table;
})();

const utf16 = new TextDecoder('utf-16le');

/** Same length as `text`, so offsets carry over. */
export function foldForSearch(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (FOLD_TABLE[code] !== code) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = FOLD_TABLE[text.charCodeAt(i)]!;
  return utf16.decode(units);
}

/** Every [start, end) where `needle` occurs in `haystack`, both already folded; overlaps skipped. */
function findAll(haystack: string, needle: string): [number, number][] {
  const hits: [number, number][] = [];
  if (needle.length === 0) return hits;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    hits.push([at, at + needle.length]);
  }
  return hits;
}

/**
 * Every hit of any of the terms in `text`, matched on folded text (so 發展 finds 发展 and ＧＷｈ
 * finds GWh); sorted, overlapping hits merged (touching ones stay apart, each its own mark). The
 * offsets are offsets into `text` itself, since folding keeps lengths. Pass `foldedText` when it is
 * already at hand. The engine uses it for snippets, the reader for its marks.
 */
export function findHits(
  text: string,
  terms: readonly string[],
  foldedText = foldForSearch(text),
): [number, number][] {
  return mergedHits(foldedText, foldedNeedles(terms));
}

/** The distinct folded terms (empty ones dropped): what findFoldedHits looks for. */
export function foldedNeedles(terms: readonly string[]): string[] {
  return [...new Set(terms.map(foldForSearch).filter((term) => term !== ''))];
}

/** findHits for many texts and the same terms, folded once (foldedNeedles). */
export function findFoldedHits(text: string, needles: readonly string[]): [number, number][] {
  return mergedHits(foldForSearch(text), needles);
}

function mergedHits(foldedText: string, needles: readonly string[]): [number, number][] {
  const hits = needles
    .flatMap((needle) => findAll(foldedText, needle))
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const hit of hits) {
    const previous = merged[merged.length - 1];
    if (previous && hit[0] < previous[1]) previous[1] = Math.max(previous[1], hit[1]);
    else merged.push([hit[0], hit[1]]);
  }
  return merged;
}
