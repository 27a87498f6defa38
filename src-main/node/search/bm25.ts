// Okapi BM25 from FTS4's matchinfo('pcnalx'), with a weight per column (a hit in the title counts
// more than one in the body). FTS4 has no ranking function of its own; this is the standard one.
const K1 = 1.2;
const B = 0.75;
/** Per column, in the order of the FTS table's columns: title, body. */
export const COLUMN_WEIGHTS = [3, 1];

/** matchinfo's blob as 32-bit integers (copied, since the blob may be unaligned). */
export function matchinfoValues(blob: Uint8Array): Uint32Array {
  return new Uint32Array(blob.slice().buffer);
}

export function bm25(info: Uint32Array, weights: readonly number[] = COLUMN_WEIGHTS): number {
  const phrases = info[0]!;
  const columns = info[1]!;
  const rows = info[2]!;
  const averageLength = (column: number) => info[3 + column]! || 1;
  const rowLength = (column: number) => info[3 + columns + column]!;
  const hitsBase = 3 + 2 * columns;
  let score = 0;
  for (let phrase = 0; phrase < phrases; phrase++) {
    for (let column = 0; column < columns; column++) {
      const at = hitsBase + 3 * (phrase * columns + column);
      const frequency = info[at]!;
      if (frequency === 0) continue;
      const documents = info[at + 2]!;
      const idf = Math.log((rows - documents + 0.5) / (documents + 0.5) + 1);
      const norm = 1 - B + (B * rowLength(column)) / averageLength(column);
      score += (weights[column] ?? 1) * idf * ((frequency * (K1 + 1)) / (frequency + K1 * norm));
    }
  }
  return score;
}
