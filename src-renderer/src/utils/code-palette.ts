// Code colours: the twelve distinguishable Tableau-like hues the engine also hands out to new
// codes (src-main/node/services/annotations/codebook.ts CODE_PALETTE: the renderer may not import
// node/, so the list is repeated here; keep the two equal).
export const CODE_PALETTE = [
  '#e15759',
  '#f28e2b',
  '#edc948',
  '#59a14f',
  '#76b7b2',
  '#4e79a7',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
  '#d4a6c8',
  '#86bcb6',
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
