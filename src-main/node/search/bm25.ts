// Okapi BM25 over the posting lists' hit counts, with a weight per column (a hit in the title counts
// more than one in the body). Each query term is scored on its own and the scores add up.
import type { IndexStats } from './search-catalogue';
import type { TermPostings } from './postings-reader';

const K1 = 1.2;
const B = 0.75;
/** Per column: title, body. */
export const COLUMN_WEIGHTS = [3, 1] as const;

const idf = (docs: number, withTerm: number) => Math.log((docs - withTerm + 0.5) / (withTerm + 0.5) + 1);

/**
 * Adds the term's BM25 score to `scores` (indexed by docid) for every article that contains it and
 * is marked `mark` in `marks` (the query's matches: scoring the others would be wasted).
 */
export function addBm25(
  scores: Float64Array,
  term: TermPostings,
  stats: IndexStats,
  marks: Uint8Array,
  mark: number,
): void {
  const titleIdf = COLUMN_WEIGHTS[0] * idf(stats.docs, term.inTitles);
  const bodyIdf = COLUMN_WEIGHTS[1] * idf(stats.docs, term.inBodies);
  const { titleLength, bodyLength, averageTitle, averageBody } = stats;
  for (let i = 0; i < term.docs.length; i++) {
    const docid = term.docs[i]!;
    if (marks[docid] !== mark) continue;
    let score = 0;
    const inTitle = term.title[i]!;
    if (inTitle > 0) {
      const norm = 1 - B + (B * (titleLength[docid] ?? 0)) / averageTitle;
      score += (titleIdf * inTitle * (K1 + 1)) / (inTitle + K1 * norm);
    }
    const inBody = term.body[i]!;
    if (inBody > 0) {
      const norm = 1 - B + (B * (bodyLength[docid] ?? 0)) / averageBody;
      score += (bodyIdf * inBody * (K1 + 1)) / (inBody + K1 * norm);
    }
    scores[docid] = (scores[docid] ?? 0) + score;
  }
}
