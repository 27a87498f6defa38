// Bytes -> text. Order matters and follows what goes wrong with real scraped files:
// 1. a BOM is the only certain signal, so it wins;
// 2. strict UTF-8: GBK or Big5 Chinese text of any length is practically never valid UTF-8, while
//    many UTF-8 pages still *declare* gb2312 after being re-saved, so valid UTF-8 beats a declaration;
// 3. an HTML <meta charset> naming a legacy encoding;
// 4. otherwise the candidate that yields the most frequent Chinese characters (GB18030, Big5, and
//    UTF-16 without a BOM). GB18030 rather than GBK because real GBK files carry bytes strict GBK
//    rejects (Sogou's FD A3 marker), and GB18030 is a superset.
// 5. only when all of that fails: the text as UTF-8, GB18030 or Big5 with its bad bytes replaced, if
//    they are a few (a download cut mid-character, a stray byte from a bad copy): imported with U+FFFD
//    and a 'damaged-bytes' warning, rather than losing the whole file. Steps 1-4 decide exactly as
//    before for every file they accept; step 5 only takes files that were skipped as undecodable.

import type { ImportProblemCode } from '../../common/model/project';
import { TextDecoder } from 'node:util';
import { COMMON_HANZI } from './common-hanzi';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName;
      /** Byte sequences that were not valid in the encoding, each shown as U+FFFD (0 or absent: none). */
      damagedBytes?: number;
    }
  | { ok: false; reason: Extract<ImportProblemCode, 'empty' | 'binary' | 'undecodable'> };

// More than this share of U+FFFD after a lossy decode means we would be showing garbage.
const MAX_REPLACEMENT_SHARE = 0.01;
// The last resort (step 5) accepts more damage, as long as the rest reads as text.
const MAX_DAMAGED_SHARE = 0.1;

// Decoders are reused: constructing one per file was a measurable share of an import's time.
const decoders = new Map<string, TextDecoder>();
function decoderFor(encoding: string, fatal: boolean): TextDecoder {
  const key = `${encoding}:${fatal}`;
  let decoder = decoders.get(key);
  if (!decoder) decoders.set(key, (decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true })));
  return decoder;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return decoderFor(encoding, fatal).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', label: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM shows NULs on one side of the byte pairs only (the high byte of ASCII
// characters: digits, newlines), where binary files have them on both. */
function utf16ByNulPattern(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls += 1;
    if (bytes[i + 1] === 0) oddNuls += 1;
  }
  const pairs = bytes.length / 2;
  if (oddNuls > pairs * 0.02 && evenNuls === 0) return 'utf-16le';
  if (evenNuls > pairs * 0.02 && oddNuls === 0) return 'utf-16be';
  return null;
}

/** The charset an HTML page declares in its first bytes, mapped to a decoder we trust. */
export function declaredHtmlCharset(bytes: Uint8Array): TextEncodingName | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(label)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cp950)$/.test(label)) return 'big5';
  if (/^utf-?8$/.test(label)) return 'utf-8';
  return null;
}

/** Share of characters that are frequent hanzi or ordinary printable ASCII. */
function plausibility(text: string): number {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    total += 1;
    if (COMMON_HANZI.has(ch)) good += 1;
    else if (ch >= '!' && ch <= '~') good += 0.5;
    else if (ch === '\uFFFD') good -= 5;
  }
  return total === 0 ? 0 : good / total;
}

function replacementCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count += 1;
  return count;
}

function replacementShare(text: string): number {
  return text.length === 0 ? 0 : replacementCount(text) / text.length;
}

/** A successful decode, counting the sequences a lossy decoder replaced. */
function decoded(text: string, encoding: TextEncodingName): DecodeResult {
  const damagedBytes = replacementCount(text);
  return damagedBytes > 0 ? { ok: true, text, encoding, damagedBytes } : { ok: true, text, encoding };
}

/** Step 5: the candidate whose text reads best despite a few replaced sequences, if any does. */
function decodeDamaged(bytes: Uint8Array): DecodeResult {
  let best: { text: string; encoding: TextEncodingName; score: number } | null = null;
  for (const encoding of ['utf-8', 'gb18030', 'big5'] as const) {
    const text = decodeWith(encoding, bytes, false);
    if (text === null || replacementShare(text) > MAX_DAMAGED_SHARE) continue;
    // Scored without the replacement penalty: the damage is already bounded above.
    const score = plausibility(text.replaceAll('\uFFFD', ''));
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return best && best.score > 0.3 ? decoded(best.text, best.encoding) : { ok: false, reason: 'undecodable' };
}

/** The import report's line for a file read despite bad bytes. */
export function damagedBytesWarning(count: number): { code: 'damaged-bytes'; detail: string } {
  return { code: 'damaged-bytes', detail: `${count} bytes` };
}

function guessLegacy(bytes: Uint8Array): DecodeResult {
  const candidates: TextEncodingName[] = ['gb18030', 'big5'];
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  let best: { text: string; encoding: TextEncodingName; score: number } | null = null;
  for (const encoding of candidates) {
    const text = decodeWith(encoding, bytes, false);
    if (text === null || replacementShare(text) > MAX_REPLACEMENT_SHARE) continue;
    const score = plausibility(text);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return best && best.score > 0.05 ? decoded(best.text, best.encoding) : decodeDamaged(bytes);
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };

  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decodeWith(bom.label, bytes.subarray(bom.skip), false);
    return text === null ? { ok: false, reason: 'undecodable' } : decoded(text, bom.encoding);
  }

  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) {
    const text = decodeWith(utf16, bytes, true);
    if (text !== null) return { ok: true, text, encoding: utf16 };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };

  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };

  const declared = declaredHtmlCharset(bytes);
  if (declared === 'gb18030' || declared === 'big5') {
    const text = decodeWith(declared, bytes, false);
    if (text !== null && replacementShare(text) <= MAX_REPLACEMENT_SHARE) return decoded(text, declared);
  }
  return guessLegacy(bytes);
}
