// Snippets for a page of results without reading whole articles. The index knows where the query's
// terms first occur in an article's body, so only the text from there on is read, a stretch at a
// time (from search memory, or substr inside SQLite): a few hundred characters instead of the
// article, whose reading and decoding was most of what a result page cost. The snippets are those buildSnippets makes from the whole text: each
// round finds them in the stretch it read, and an article that wants more, and may have more hits,
// reads on from where it stopped.
// Index offsets count code points and JavaScript strings count UTF-16 units; the two agree unless
// the article has characters beyond the Basic Multilingual Plane (rare CJK extensions), so those
// articles are read whole into memory and cut there, from no later than their first hit.
import type { Snippet } from '../../common/model/search';
import { findFoldedHits, foldedNeedles } from '../../common/search/fold';
import type { ReadQuery } from '../db/query';
import type { SearchMemory } from './search-memory';
import { reachBack, SNIPPET_WIDTH, SNIPPETS, snippetAt, type Stretch } from './snippets';

export interface PageArticle {
  id: number;
  docid: number;
  /** Where the query's terms first occur in the body (code points; -1: only in the title). */
  firstHit: number;
  /** How many hits of the query's terms the body has, by the index. */
  hitCount: number;
  /** The body's length. */
  length: number;
  /** Whether the body has characters beyond the BMP (its offsets are then not string offsets). */
  astral: boolean;
}

const STRETCHES = `SELECT json_extract(j.value, '$[0]'), substr(a.clean_text, json_extract(j.value, '$[1]') + 1, json_extract(j.value, '$[2]'))
  FROM json_each(?) j JOIN articles a ON a.id = json_extract(j.value, '$[0]')`;
/** How much one round reads of an article (characters). */
const STRETCH = 400;

interface Reading {
  article: PageArticle;
  /** The next stretch starts before this (the start of a hit not handled yet, or of unread text). */
  resume: number;
  /** Where the last snippet's window ended: hits before it are not shown again. */
  shownUntil: number;
  hitsSeen: number;
  snippets: Snippet[];
}

/** Up to `max` snippets for each article of a page, by article id. */
export function pageSnippets(
  q: ReadQuery,
  articles: readonly PageArticle[],
  terms: readonly string[],
  memory: SearchMemory,
  max = SNIPPETS,
  width = SNIPPET_WIDTH,
): Map<number, Snippet[]> {
  const result = new Map<number, Snippet[]>();
  const needles = foldedNeedles(terms);
  const back = reachBack(width);
  // A window ends at most `width` after its hit starts, or at the hit's end if that is later; a
  // hit is handled in a stretch only if its whole window is inside.
  const ahead = width + 2 * Math.max(0, ...needles.map((needle) => needle.length));

  /** Takes the snippets a stretch holds; says where the next stretch should start. */
  const take = (r: Reading, stretch: Stretch) => {
    const { from } = stretch;
    const to = from + stretch.text.length;
    const complete = to >= r.article.length;
    const hits = findFoldedHits(stretch.text, needles).map(([s, e]) => [s + from, e + from] as const);
    const counted = r.resume;
    r.resume = complete ? r.article.length : to - ahead;
    for (const [start] of hits) if (start >= counted && start < r.resume) r.hitsSeen++;
    for (const [start, end] of hits) {
      if (r.snippets.length >= max || start >= r.resume) break;
      if (start < r.shownUntil || start < r.article.firstHit) continue;
      const { snippet, to: windowEnd } = snippetAt(stretch, hits, start, end, width);
      r.snippets.push(snippet);
      r.shownUntil = windowEnd;
    }
  };

  const length = Math.max(STRETCH, 4 * (back + ahead));
  // Read on while snippets are wanted, text is left, and the index says hits are left.
  const readsOn = (r: Reading) =>
    r.snippets.length < max && r.resume < r.article.length && r.hitsSeen < r.article.hitCount;

  let reading: Reading[] = [];
  for (const article of articles) {
    const snippets: Snippet[] = [];
    result.set(article.id, snippets);
    if (article.firstHit < 0) continue;
    const r: Reading = { article, resume: article.firstHit, shownUntil: -1, hitsSeen: 0, snippets };
    if (article.astral || memory.hasText(article.docid)) {
      // The same stretches, cut from the text in memory. An article with characters beyond the BMP
      // is read into memory first (SQLite's substr counts code points): its index offsets, in code
      // points, are then at most the string offsets, so the first hit is still where to start, and
      // its length is the string's. (Searching its whole text took ~100 ms for a 10 M character one.)
      const text = memory.textOf(q, article.docid) ?? '';
      if (article.astral) r.article = { ...article, length: text.length };
      do {
        const from = Math.max(0, r.resume - back);
        take(r, { text: text.slice(from, from + length), from, total: r.article.length });
      } while (readsOn(r));
    } else reading.push(r);
  }
  while (reading.length > 0) {
    const byId = new Map(reading.map((r) => [r.article.id, r]));
    const request = reading.map((r) => [r.article.id, Math.max(0, r.resume - back), length]);
    const answered: Reading[] = [];
    q.each(STRETCHES, [JSON.stringify(request)], ([id, text]) => {
      const r = byId.get(id as number)!;
      answered.push(r);
      const from = Math.max(0, r.resume - back);
      take(r, { text: text as string, from, total: r.article.length });
    });
    // An article deleted meanwhile has no row, and reads no more.
    reading = answered.filter(readsOn);
  }
  return result;
}
