#!/usr/bin/env node
// Renders resources/icon.svg, the one drawn source of the app icon, into every file the installers
// need: a PNG set for Linux (electron-builder takes a folder of `NxN.png`), an .ico for Windows and
// an .icns for macOS. The outputs are checked in (resources/icons/) so `npm run dist` needs no
// native rasteriser and an icon change shows up in review; a unit test re-renders them and fails
// when they are stale. Usage: `npm run icons` or `node scripts/make-icons.mjs --out DIR`.
//
// ICO and ICNS are written here rather than by another package: both are a small header and a
// table around PNG images (ICO entries may be PNG since Windows Vista; ICNS has PNG chunk types
// since macOS 10.7), which is less code than vetting a dependency for it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Linux hicolor sizes, plus 1024 for the macOS Retina 512@2x image. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Windows: shell, taskbar, Explorer views and the 256 px "jumbo" view electron-builder requires. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** macOS PNG chunk types and the pixel size each holds (the @2x types hold double). */
export const ICNS_CHUNKS = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

/** Rasterises the SVG at `size`×`size`; each size is drawn from the vector, never downscaled. */
function renderPng(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** ICONDIR (6 bytes), one 16-byte ICONDIRENTRY per image, then the PNGs. 256 is stored as 0. */
export function writeIco(images) {
  const headerSize = 6 + 16 * images.length;
  const header = Buffer.alloc(headerSize);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = headerSize;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** 'icns' + total length (big-endian), then chunks of type + length (header included) + PNG. */
export function writeIcns(chunks) {
  const parts = chunks.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

export function makeIcons(svgPath, outDir) {
  const svg = fs.readFileSync(svgPath);
  const pngs = new Map(PNG_SIZES.map((size) => [size, renderPng(svg, size)]));
  const pngDir = path.join(outDir, 'png');
  fs.mkdirSync(pngDir, { recursive: true });
  for (const [size, png] of pngs) fs.writeFileSync(path.join(pngDir, `${size}x${size}.png`), png);
  fs.writeFileSync(
    path.join(outDir, 'icon.ico'),
    writeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
  );
  fs.writeFileSync(
    path.join(outDir, 'icon.icns'),
    writeIcns(ICNS_CHUNKS.map(([type, size]) => ({ type, png: pngs.get(size) }))),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFlag = process.argv.indexOf('--out');
  const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1] ?? '') : path.join(root, 'resources', 'icons');
  makeIcons(path.join(root, 'resources', 'icon.svg'), outDir);
  console.log(`icons written to ${path.relative(process.cwd(), outDir) || '.'}`);
}
