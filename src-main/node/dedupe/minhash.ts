// Near-duplicate fingerprints for reprint detection: MinHash over character 5-grams, cut into bands
// for locality-sensitive hashing. Two texts whose 5-gram sets have Jaccard similarity J share at
// least one band with probability 1 - (1 - J^ROWS)^BANDS: ~0.99 at J = 0.7, ~0.64 at J = 0.5,
// ~0.03 at J = 0.2. Candidates are then verified exactly (see similarity.ts), so the bands only have
// to find them, never decide.
//
// Character n-grams rather than words: Chinese has no spaces, and segmentation would add a
// dictionary and its errors for no gain here. Five characters are specific enough that unrelated
// articles about the same city share few of them, and short enough that a small edit spoils few.

export const SHINGLE_LENGTH = 5;
export const BANDS = 16;
export const ROWS = 4;
const PERMUTATIONS = BANDS * ROWS;

// Fixed odd multipliers and offsets (a deterministic generator, so fingerprints stay comparable
// across app versions: changing them would orphan every stored fingerprint).
const MULTIPLIERS = new Uint32Array(PERMUTATIONS);
const OFFSETS = new Uint32Array(PERMUTATIONS);
{
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let i = 0; i < PERMUTATIONS; i++) {
    MULTIPLIERS[i] = next() | 1;
    OFFSETS[i] = next();
  }
}

/**
 * FNV-1a hashes of every n-gram of the text (white space removed), sorted and unique. A typed array,
 * not a Set: an import hashes millions of n-grams, and boxed Set entries kept the garbage collector
 * busier than the hashing itself.
 */
export function shingleHashes(text: string): Uint32Array {
  const compact = text.replace(/\s+/g, '');
  const count = Math.max(0, compact.length - SHINGLE_LENGTH + 1);
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let hash = 0x811c9dc5;
    for (let i = start; i < start + SHINGLE_LENGTH; i++) {
      hash ^= compact.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hashes[start] = hash;
  }
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i]!;
  return hashes.subarray(0, unique);
}

export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let i = 0; i < PERMUTATIONS; i++) {
      const value = (Math.imul(MULTIPLIERS[i]!, shingle) + OFFSETS[i]!) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** The signature cut into BANDS buckets, each a hex string of ROWS values. */
export function bandBuckets(signature: Uint32Array): string[] {
  const buckets: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let bucket = '';
    for (let row = 0; row < ROWS; row++)
      bucket += signature[band * ROWS + row]!.toString(16).padStart(8, '0');
    buckets.push(bucket);
  }
  return buckets;
}

/** Texts too short to fingerprint meaningfully (a one-line notice) are never called reprints. */
export const MIN_SHINGLES = 40;
