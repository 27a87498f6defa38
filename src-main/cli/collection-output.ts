// `list` and `search` print one page, or with --all / --jsonl everything, fetched page by page from
// the engine and written as it comes (waiting for a slow pipe), so a 100,000-article project never
// has to be held as one string.
import type { CliValues } from './command';
import { LineWriter } from './output';

export const PAGE_MAX = 1000;

export interface Paging {
  offset: number;
  /** null: everything from `offset` on. */
  limit: number | null;
  mode: 'text' | 'json' | 'jsonl';
}

export function pagingOf(values: CliValues, offset: number, limit: number): Paging {
  const mode = values.jsonl ? 'jsonl' : values.json ? 'json' : 'text';
  // --jsonl streams everything unless a --limit is given; --all always does.
  const everything = values.all === true || (values.jsonl === true && values.limit === undefined);
  return { offset, limit: everything ? null : limit, mode };
}

/** Calls `fetch` for pages of at most PAGE_MAX until `limit` items or the end; yields the items. */
export async function* pages<T>(
  paging: Paging,
  fetch: (offset: number, limit: number) => Promise<{ total: number; items: T[] }>,
  onFirst: (total: number) => void,
): AsyncGenerator<T> {
  let at = paging.offset;
  let left = paging.limit ?? Number.POSITIVE_INFINITY;
  for (let first = true; left > 0; first = false) {
    const page = await fetch(at, Math.min(PAGE_MAX, left));
    if (first) onFirst(page.total);
    for (const item of page.items) yield item;
    at += page.items.length;
    left -= page.items.length;
    if (page.items.length === 0 || at >= page.total) break;
  }
}

export interface CollectionShape<T> {
  /** Fields printed before the items in --json (e.g. total), computed once the first page is in. */
  head(): Record<string, unknown>;
  itemsKey: string;
  json(item: T): unknown;
  text(item: T): string;
  /** The closing line in text mode, given how many items were printed. */
  footer(printed: number): string;
}

export async function writeCollection<T>(paging: Paging, items: AsyncIterable<T>, shape: CollectionShape<T>) {
  const out = new LineWriter();
  let printed = 0;
  for await (const item of items) {
    if (paging.mode === 'jsonl') await out.line(JSON.stringify(shape.json(item)));
    else if (paging.mode === 'text') await out.line(shape.text(item));
    else {
      if (printed === 0) {
        // The head's fields, then the items one per line: valid JSON, written as it comes.
        const head = JSON.stringify(shape.head(), null, 2).replace(/\n}$/, '');
        await out.line(`${head},\n  "${shape.itemsKey}": [`);
      }
      await out.line(`${printed === 0 ? '' : ','}${JSON.stringify(shape.json(item))}`);
    }
    printed++;
  }
  if (paging.mode === 'json') {
    if (printed === 0) await out.line(JSON.stringify({ ...shape.head(), [shape.itemsKey]: [] }, null, 2));
    else await out.line(']}');
  }
  if (paging.mode === 'text') await out.line(shape.footer(printed));
  await out.flush();
}
