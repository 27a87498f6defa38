// The app icon: one SVG rendered by scripts/make-icons.mjs into the checked-in PNG set, .ico and
// .icns. The script runs here into a temporary folder; its outputs are read back with parsers
// written from the formats (not from the script), and must equal the checked-in files, so a
// changed SVG without `npm run icons` fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../../..');
const CHECKED_IN = path.join(REPO, 'resources/icons');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which must come first after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The images of an .ico: its directory entries, each with the PNG it points at. */
function icoImages(ico: Buffer): Array<{ width: number; height: number; bits: number; png: Buffer }> {
  expect(ico.readUInt16LE(0), 'reserved').toBe(0);
  expect(ico.readUInt16LE(2), 'type 1 = icon').toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    expect(offset + size).toBeLessThanOrEqual(ico.length);
    return {
      width: ico.readUInt8(entry) || 256,
      height: ico.readUInt8(entry + 1) || 256,
      bits: ico.readUInt16LE(entry + 6),
      png: ico.subarray(offset, offset + size),
    };
  });
}

/** The chunks of an .icns: type and payload, after the 'icns' header and its total length. */
function icnsChunks(icns: Buffer): Array<{ type: string; data: Buffer }> {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4), 'total length').toBe(icns.length);
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    chunks.push({ type: icns.toString('latin1', at, at + 4), data: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return chunks;
}

describe('the icons rendered from resources/icon.svg', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'zhiyan-icons-'));
    execFileSync(process.execPath, [path.join(REPO, 'scripts/make-icons.mjs'), '--out', out], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('come from a drawing that renders the same everywhere (no text, no outside files)', () => {
    const svg = readFileSync(path.join(REPO, 'resources/icon.svg'), 'utf8');
    expect(svg).toMatch(/viewBox="0 0 1024 1024"/);
    expect(svg).not.toMatch(/<text|<image|href=|font-family/);
  });

  it('include a PNG for every Linux size, each as large as its name says', () => {
    const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
    const files = readdirSync(path.join(out, 'png')).sort();
    expect(files).toEqual(sizes.map((size) => `${size}x${size}.png`).sort());
    for (const size of sizes) {
      expect(pngSize(readFileSync(path.join(out, 'png', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it('include a Windows .ico with every size from 16 to 256, each a 32-bit PNG of that size', () => {
    const images = icoImages(readFileSync(path.join(out, 'icon.ico')));
    expect(images.map((image) => image.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const image of images) {
      expect(image.bits).toBe(32);
      expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    }
  });

  it('include a macOS .icns with the standard and Retina chunk types up to 1024', () => {
    const chunks = icnsChunks(readFileSync(path.join(out, 'icon.icns')));
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024,
    };
    expect(chunks.map((chunk) => chunk.type).sort()).toEqual(Object.keys(expected).sort());
    for (const chunk of chunks) {
      const size = expected[chunk.type] ?? 0;
      expect(pngSize(chunk.data), chunk.type).toEqual({ width: size, height: size });
    }
  });

  it('are the files checked in (run `npm run icons` after changing the SVG)', () => {
    const files = ['icon.ico', 'icon.icns', ...readdirSync(path.join(out, 'png')).map((file) => `png/${file}`)];
    for (const file of files) {
      expect(readFileSync(path.join(CHECKED_IN, file)).equals(readFileSync(path.join(out, file))), file).toBe(true);
    }
    expect(readdirSync(path.join(CHECKED_IN, 'png')).sort()).toEqual(readdirSync(path.join(out, 'png')).sort());
  });
});
