// Offsets are UTF-16 code units. A character outside the BMP (e.g. 𠮷) takes two units, a high and a
// low surrogate; no boundary we compute may fall between them, or a quote would hold half a character.

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, index: number): boolean {
  return (
    index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index))
  );
}

/** `index`, moved one unit towards the text's start if it would split a pair. */
export function snapBackward(text: string, index: number): number {
  return splitsPair(text, index) ? index - 1 : index;
}

/** `index`, moved one unit towards the text's end if it would split a pair. */
export function snapForward(text: string, index: number): number {
  return splitsPair(text, index) ? index + 1 : index;
}
