// Auto-coding: every hit of a search becomes a passage (its sentence or its paragraph) coded with
// one code, in one transaction and one undo step. Hits are found the way search marks them (folded
// traditional/simplified and full/half width), so what was found is what gets coded.
import type { AutocodeResult, AutocodeUnit } from '../../../common/model/annotation';
import type { SearchFilters } from '../../../common/model/search';
import { findHits, foldForSearch } from '../../../common/search/fold';
import { markableTerms, parseQuery } from '../../../common/search/query-parser';
import { articleCleanText, codedRanges, nextHighlightId } from '../../db/repositories/highlights-repo';
import { search } from '../../search/search-service';
import type { EngineContext } from '../engine-context';
import { assertCodesExist } from './codebook';
import { addHighlight } from './highlights';
import { recordAction } from './undo-history';

const SENTENCE_ENDS = new Set([...'。！？!?；;']);
const CLOSING_QUOTES = new Set([...'”’」』）)】》"\'']);

/** [start, end) of the sentence (or the line, for 'paragraph') around [hitStart, hitEnd). */
export function unitAround(
  text: string,
  hitStart: number,
  hitEnd: number,
  unit: AutocodeUnit,
): [number, number] {
  // Whether a unit ends right before `at`: after a sentence's end mark (sentences only).
  const endsBefore = (at: number) => unit === 'sentence' && SENTENCE_ENDS.has(text[at - 1] ?? '');
  let start = hitStart;
  while (start > 0 && text[start - 1] !== '\n' && !endsBefore(start)) start--;
  // A closing quote after 。 belongs to the sentence before.
  if (endsBefore(start)) while (start < hitStart && CLOSING_QUOTES.has(text[start]!)) start++;
  let end = hitEnd;
  while (end < text.length && text[end] !== '\n' && !endsBefore(end)) end++;
  if (endsBefore(end)) while (end < text.length && CLOSING_QUOTES.has(text[end]!)) end++;
  // White space at either end is not part of the passage.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Units of every hit, overlapping (or touching) ones merged, in text order. */
export function passagesOf(text: string, terms: readonly string[], unit: AutocodeUnit): [number, number][] {
  const units = findHits(text, terms, foldForSearch(text))
    .map(([s, e]) => unitAround(text, s, e, unit))
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of units) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function autocode(
  context: EngineContext,
  request: { query: string; filters: SearchFilters; codeId: number; unit: AutocodeUnit },
): AutocodeResult {
  const store = context.requireStore();
  const catalogue = context.catalogueOf(store);
  store.read((q) => assertCodesExist(q, [request.codeId]));
  // One search for every hit (the contract's page limit is for the UI; this runs in the engine).
  const articleIds = search(
    store,
    catalogue,
    {
      query: request.query,
      filters: request.filters,
      sort: 'date-asc',
      offset: 0,
      limit: Number.MAX_SAFE_INTEGER,
    },
    { snippets: false },
  ).hits.map((hit) => hit.id);
  const terms = markableTerms(parseQuery(request.query));
  return recordAction(context, 'autocode', (q, recorder) => {
    const result: AutocodeResult = { created: 0, alreadyCoded: 0, articles: 0 };
    const now = new Date().toISOString();
    const firstId = nextHighlightId(q);
    const codedByArticle = codedRanges(q, request.codeId);
    for (const articleId of articleIds) {
      const text = articleCleanText(q, articleId);
      if (text === undefined) continue;
      const coded = codedByArticle.get(articleId) ?? [];
      let createdHere = 0;
      for (const [start, end] of passagesOf(text, terms, request.unit)) {
        if (coded.some((range) => range.start < end && start < range.end)) {
          result.alreadyCoded++;
          continue;
        }
        addHighlight(
          q,
          null,
          text,
          { articleId, start, end, codeIds: [request.codeId], note: '', color: null },
          now,
        );
        createdHere++;
      }
      result.created += createdHere;
      if (createdHere > 0) result.articles++;
    }
    // One range for the new rows rather than two selectors per highlight (tens of thousands).
    recorder.added('highlights', 'id >= ?', [firstId]);
    recorder.added('highlight_codes', 'highlight_id >= ?', [firstId]);
    return result;
  });
}
