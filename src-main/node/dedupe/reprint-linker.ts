// Links a newly stored article to the article it reprints, or makes it the original of an existing
// reprint group. A group has one original (duplicate_of NULL); every reprint points at it directly.
import type { ReadQuery, WriteQuery } from '../db/query';
import { insertFingerprint } from '../db/repositories/fingerprints-repo';
import type { LshIndex } from './lsh-index';
import { bandBuckets, MIN_SHINGLES, minhashSignature, shingleHashes } from './minhash';
import { isReprint, similarity } from './similarity';

// Regional news recycles paragraphs, so an article can share a bucket with hundreds of others.
// Candidates come ranked by shared bands; a true reprint shares most of them and ranks first, so
// only the top few are verified exactly.
const VERIFIED_CANDIDATES = 4;

export interface Fingerprint {
  shingles: Uint32Array;
  buckets: string[];
}

/** Computed outside the transaction (it is the costly part); null for texts too short to judge. */
export function fingerprint(cleanText: string): Fingerprint | null {
  const shingles = shingleHashes(cleanText);
  if (shingles.length < MIN_SHINGLES) return null;
  return { shingles, buckets: bandBuckets(minhashSignature(shingles)) };
}

/**
 * Shingles of articles recently stored, so verifying candidates during an import does not re-read
 * and re-hash texts it has just hashed. Bounded: at ~3,000 n-grams an article, 4,000 entries are
 * about 50 MB.
 */
export class ShingleCache {
  private readonly entries = new Map<number, Uint32Array>();
  constructor(private readonly capacity = 4000) {}

  get(id: number, text: () => string): Uint32Array {
    let shingles = this.entries.get(id);
    if (!shingles) {
      shingles = shingleHashes(text());
      this.set(id, shingles);
    }
    return shingles;
  }

  set(id: number, shingles: Uint32Array): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, shingles);
  }
}

interface StoredArticle {
  id: number;
  title: string;
  date: string | null;
  paragraphs: number;
  duplicate_of: number | null;
}

// Paragraph count in SQL, so comparing versions does not copy whole texts out of the database.
const getStored = (q: ReadQuery, id: number) =>
  q.get<StoredArticle>(
    `SELECT id, title, date, duplicate_of,
       length(clean_text) - length(replace(clean_text, char(10), '')) + 1 AS paragraphs
     FROM articles WHERE id = ?`,
    [id],
  );

const getCleanText = (q: ReadQuery, id: number) =>
  q.get<{ clean_text: string }>('SELECT clean_text FROM articles WHERE id = ?', [id])?.clean_text ?? '';

const REPRINT_MARK = /转载|转自|（转）|\(转\)/;
const fullDate = (date: string | null) => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null);

/**
 * Which of two versions of a story is the original: the earlier full date; on a tie, the one not
 * marked as a reprint in its title; then the fuller text (reprints cut more often than they add);
 * then the one imported first.
 */
function newcomerIsOriginal(newcomer: StoredArticle, original: StoredArticle): boolean {
  const a = fullDate(newcomer.date);
  const b = fullDate(original.date);
  if (a && b && a !== b) return a < b;
  const markedNew = REPRINT_MARK.test(newcomer.title);
  const markedOld = REPRINT_MARK.test(original.title);
  if (markedNew !== markedOld) return markedOld;
  return newcomer.paragraphs > original.paragraphs;
}

/** Returns true when the article was found to belong to a reprint group. */
export interface ReprintContext {
  index: LshIndex;
  shingles: ShingleCache;
}

export function linkReprint(
  q: WriteQuery,
  articleId: number,
  print: Fingerprint,
  context: ReprintContext,
): boolean {
  // An article updated in place (re-import) is still in the index under its old text: not a candidate.
  const candidates = context.index
    .candidates(print.buckets, VERIFIED_CANDIDATES + 1)
    .filter((id) => id !== articleId)
    .slice(0, VERIFIED_CANDIDATES);
  insertFingerprint(q, articleId, print.buckets);
  context.index.add(articleId, print.buckets);
  const cache = context.shingles;
  cache.set(articleId, print.shingles);
  let best: { id: number; jaccard: number } | null = null;
  for (const id of candidates) {
    const score = similarity(
      print.shingles,
      cache.get(id, () => getCleanText(q, id)),
    );
    if (isReprint(score) && (!best || score.jaccard > best.jaccard)) best = { id, jaccard: score.jaccard };
  }
  if (!best) return false;

  const match = getStored(q, best.id);
  if (!match) return false;
  const rootId = match.duplicate_of ?? match.id;
  const root = rootId === match.id ? match : getStored(q, rootId);
  const newcomer = getStored(q, articleId);
  if (!root || !newcomer) return false;
  if (newcomerIsOriginal(newcomer, root)) {
    // Two statements, each on an index: an OR here made SQLite scan every row, and duplicate_of is
    // stored after the long text columns, so each row read walked its overflow pages.
    q.run('UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?', [articleId, rootId]);
    q.run('UPDATE articles SET duplicate_of = ? WHERE id = ?', [articleId, rootId]);
  } else {
    q.run('UPDATE articles SET duplicate_of = ? WHERE id = ?', [rootId, articleId]);
  }
  return true;
}
