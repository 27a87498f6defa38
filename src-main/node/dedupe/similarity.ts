// The exact test behind a reprint link, on the 5-gram sets of two clean texts.
// A reprint is "the same story, lightly edited": nearly all of its text is the original's. Jaccard
// alone misses a reprint that dropped a closing paragraph, so near-total containment (the share of
// the smaller text found in the larger) counts too, with a floor on Jaccard, so a short piece
// quoting a long one is not called its reprint.
// The thresholds are high on purpose: regional news recycles paragraphs, and two different stories
// about one city often share half their sentences (J ~ 0.5-0.65 measured on the generated corpus,
// where true reprints sit at J >= 0.75 and containment >= 0.97).
export const REPRINT_JACCARD = 0.75;
export const REPRINT_CONTAINMENT = 0.95;
export const CONTAINMENT_JACCARD_FLOOR = 0.6;

export interface Similarity {
  jaccard: number;
  containment: number;
}

/** On sorted, unique hash arrays (see shingleHashes): one merge pass. */
export function similarity(a: Uint32Array, b: Uint32Array): Similarity {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return { jaccard: union === 0 ? 0 : shared / union, containment: smaller === 0 ? 0 : shared / smaller };
}

export function isReprint({ jaccard, containment }: Similarity): boolean {
  return (
    jaccard >= REPRINT_JACCARD || (containment >= REPRINT_CONTAINMENT && jaccard >= CONTAINMENT_JACCARD_FLOOR)
  );
}
