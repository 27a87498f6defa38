// Whitespace-blind matching: a better cleaning pass may join two paragraphs (dropping the "\n") or
// split one, or drop an indent. The quote's characters are all still there, so it should be found
// even when it is too short for the fuzzy step's edit budget.

const WHITESPACE = /\s/;

/** A text without its whitespace, and for each of its units the index it came from. */
export interface CompactText {
  readonly compact: string;
  readonly origin: Int32Array;
}

export function compactText(text: string): CompactText {
  const origin = new Int32Array(text.length);
  let compact = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text[i];
    if (WHITESPACE.test(unit)) continue;
    compact += unit;
    origin[n++] = i;
  }
  return { compact, origin: origin.subarray(0, n) };
}

// Anchoring every highlight of one article passes the same text each time: build its compact form
// once. One slot is enough for that loop and keeps no article text alive for long.
let cached: { text: string; value: CompactText } | null = null;

export function compactTextCached(text: string): CompactText {
  if (cached?.text !== text) cached = { text, value: compactText(text) };
  return cached.value;
}

/** Every occurrence of `quote` in `text` when whitespace is ignored on both sides, as [start, end). */
export function findIgnoringWhitespace(text: string, quote: string): { start: number; end: number }[] {
  const needle = compactText(quote).compact;
  if (needle.length === 0) return [];
  const { compact, origin } = compactTextCached(text);
  const found: { start: number; end: number }[] = [];
  for (let at = compact.indexOf(needle); at !== -1; at = compact.indexOf(needle, at + 1)) {
    found.push({ start: origin[at], end: origin[at + needle.length - 1] + 1 });
  }
  return found;
}
