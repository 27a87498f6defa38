// REFI-QDA counts text positions in characters (Unicode code points) from 0, end exclusive; Zhiyan
// counts UTF-16 code units. They differ after every character outside the BMP (𠮷 and other CJK
// Extension B-G characters take two units, one code point), so each offset is converted.

/**
 * Code-point offsets for UTF-16 offsets into `text`, in one pass over the text however many offsets
 * there are. An offset inside a surrogate pair (never produced by the editor) maps to the character's
 * start; offsets past the end map to the text's length in code points.
 */
export function toCodePointOffsets(text: string, utf16Offsets: readonly number[]): number[] {
  const order = utf16Offsets.map((_, i) => i).sort((a, b) => utf16Offsets[a]! - utf16Offsets[b]!);
  const result = new Array<number>(utf16Offsets.length);
  let unit = 0;
  let points = 0;
  for (const index of order) {
    const target = Math.max(0, utf16Offsets[index]!);
    while (unit < text.length) {
      const width = isPairAt(text, unit) ? 2 : 1;
      if (unit + width > target) break;
      unit += width;
      points += 1;
    }
    result[index] = points;
  }
  return result;
}

function isPairAt(text: string, unit: number): boolean {
  const high = text.charCodeAt(unit);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(unit + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}
