// Okapi BM25 from FTS4's matchinfo('pcnalx'), with a weight per column (a hit in the title counts
// more than one in the body). FTS4 has no ranking function of its own; this is the standard one.
const K1 = 1.2;
const B = 0.75;
/** Per column, in the order of the FTS table's columns: title, body. */
export const COLUMN_WEIGHTS = [3, 1];

/**
 * `matchinfo` is a blob of native-endian (WASM: little-endian) 32-bit integers; it is read in place
 * with a DataView, because a search may score thousands of rows and a copy per row adds up.
 */
export function bm25(matchinfo: Uint8Array, weights: readonly number[] = COLUMN_WEIGHTS): number {
  const view = new DataView(matchinfo.buffer, matchinfo.byteOffset, matchinfo.byteLength);
  const at = (index: number) => view.getUint32(index * 4, true);
  const phrases = at(0);
  const columns = at(1);
  const rows = at(2);
  const hitsBase = 3 + 2 * columns;
  let score = 0;
  for (let phrase = 0; phrase < phrases; phrase++) {
    for (let column = 0; column < columns; column++) {
      const base = hitsBase + 3 * (phrase * columns + column);
      const frequency = at(base);
      if (frequency === 0) continue;
      const documents = at(base + 2);
      const idf = Math.log((rows - documents + 0.5) / (documents + 0.5) + 1);
      const norm = 1 - B + (B * at(3 + columns + column)) / (at(3 + column) || 1);
      score += (weights[column] ?? 1) * idf * ((frequency * (K1 + 1)) / (frequency + K1 * norm));
    }
  }
  return score;
}
