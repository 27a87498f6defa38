// Code colours: twelve hues that stay apart from each other on white and as pale highlight
// backgrounds (a Tableau-like set, darkened a little so white numerals stay legible on them).
export const CODE_PALETTE = [
  '#d9534f',
  '#e8833a',
  '#d4a017',
  '#7cb342',
  '#2e9d6a',
  '#1f9aa8',
  '#3b82c4',
  '#5c6bc0',
  '#8e5cc2',
  '#c2569a',
  '#8d6e63',
  '#607d8b',
] as const;

const HEX = /^#[0-9a-f]{6}$/i;

/** A colour the engine accepts (#rrggbb), lower case; null for anything else. */
export function normaliseHex(value: string): string | null {
  let text = value.trim();
  if (!text.startsWith('#')) text = `#${text}`;
  if (/^#[0-9a-f]{3}$/i.test(text)) text = `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  return HEX.test(text) ? text.toLowerCase() : null;
}

/** The first palette colour no code uses yet (the palette again when all are used). */
export function nextPaletteColour(used: readonly string[]): string {
  const taken = new Set(used.map((colour) => colour.toLowerCase()));
  return CODE_PALETTE.find((colour) => !taken.has(colour)) ?? CODE_PALETTE[used.length % CODE_PALETTE.length]!;
}
