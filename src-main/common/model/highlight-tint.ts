// The one tint of a highlight colour, shared by the reader, the HTML/PDF report and the Word report:
// the code's colour at 30 % over the page, so black text stays legible on every code colour.
// Word has no translucent shading, so it gets the same tint already laid over white paper.

/** The opacity of a highlight's background in the reader and in every report. */
export const HIGHLIGHT_TINT = 0.3;

/** The reader's highlight yellow, for a colour that is not `#rrggbb`. */
const FALLBACK_RGB: readonly [number, number, number] = [250, 204, 21];

function rgbOf(hex: string): readonly [number, number, number] {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) return FALLBACK_RGB;
  const n = Number.parseInt(value, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `#rrggbb` at the given opacity, as CSS (over whatever lies beneath: both themes of the reader). */
export function tint(hex: string, alpha: number): string {
  const [r, g, b] = rgbOf(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** `#rrggbb` at the given opacity laid over white paper, as an opaque `#rrggbb` (Word shading). */
export function tintOnWhite(hex: string, alpha: number = HIGHLIGHT_TINT): string {
  const mix = (channel: number) => Math.round(255 - (255 - channel) * alpha);
  return `#${rgbOf(hex)
    .map((channel) => mix(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}
