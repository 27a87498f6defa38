// The colours new codes take, in order: twelve distinguishable hues, light enough to highlight text
// with. The engine hands them out; the colour picker offers them.
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

/** The first palette colour no code uses yet; once all are used, the palette again, in turn. */
export function nextPaletteColour(used: readonly string[], codeCount: number = used.length): string {
  const taken = new Set(used.map((colour) => colour.toLowerCase()));
  return CODE_PALETTE.find((colour) => !taken.has(colour)) ?? CODE_PALETTE[codeCount % CODE_PALETTE.length]!;
}
