// Code colours as the colour picker takes them; the palette itself is shared with the engine.
export { CODE_PALETTE, nextPaletteColour } from '../../../../src-main/common/model/code-palette';

const HEX = /^#[0-9a-f]{6}$/i;

/** A colour the engine accepts (#rrggbb), lower case; null for anything else. */
export function normaliseHex(value: string): string | null {
  let text = value.trim();
  if (!text.startsWith('#')) text = `#${text}`;
  if (/^#[0-9a-f]{3}$/i.test(text)) text = `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  return HEX.test(text) ? text.toLowerCase() : null;
}
