// What search keeps of a project in memory besides the project file. sql.js costs 10-25 µs for
// every row it hands over and ~5 ns for every byte, however small the answer, so a query that read
// its terms' posting lists and its result page's texts out of SQLite spent most of its time there.
// This keeps every token's posting lists (as the compact bytes of postings.ts) and every indexed
// article's text: 73 MB for the 32 MB of text of 10,000 generated articles (bench:search).
// It fills in the background after a project opens, a few milliseconds at a time between requests;
// until it is full, and for whatever does not fit the budget, lookups read SQLite as before.
// Posting lists belong to the segments they were read from, so they are dropped when the segments
// change (an import); a docid's text never changes (a re-imported article gets a new docid).
import type { ProjectStore } from '../db/project-store';
import type { ReadQuery } from '../db/query';
import { sqlPostings, type PostingSource } from './postings-reader';

/** Bytes kept at most (a text counts two bytes a character). */
export const MEMORY_BUDGET = 384 * 1024 * 1024;
/** How long one background step may hold the engine (ms). */
const STEP_MS = 8;
const BATCH = 1000;

const POSTINGS_AFTER = `SELECT token, docs, offsets FROM search_postings WHERE token > ?
  ORDER BY token, segment LIMIT ${BATCH}`;
/** A text longer than this (code points) is read a piece at a time, one piece a step. */
export const TEXT_PIECE = 1 << 20;
// A long text comes back as NULL with its length: reading a 10-million-character law in one go took
// 145 ms, a step twenty times too long for the engine to be held.
const TEXTS_AFTER = `SELECT d.docid, CASE WHEN d.body_len <= ${TEXT_PIECE} THEN a.clean_text END, d.body_len
  FROM search_docs d JOIN articles a ON a.id = d.article_id WHERE d.docid > ? ORDER BY d.docid LIMIT 100`;
const TEXT_PIECE_AT = `SELECT substr(a.clean_text, ?, ${TEXT_PIECE}) AS piece FROM search_docs d
  JOIN articles a ON a.id = d.article_id WHERE d.docid = ?`;
const TEXT =
  'SELECT a.clean_text FROM search_docs d JOIN articles a ON a.id = d.article_id WHERE d.docid = ?';
const SEGMENTS = "SELECT group_concat(id || ':' || level) AS segments FROM search_segments";

/** A token's lists, one per segment in segment order; offsets only once something needed them. */
interface TokenLists {
  docs: Uint8Array[];
  offsets: Uint8Array[] | null;
}

const sizeOf = (lists: readonly Uint8Array[]) => lists.reduce((sum, list) => sum + list.length, 64);
/** What a token's lists count against the budget. */
const tokenSize = (token: string, lists: TokenLists) =>
  sizeOf(lists.docs) + (lists.offsets ? sizeOf(lists.offsets) : 0) + token.length * 2;

export class SearchMemory implements PostingSource {
  private readonly tokens = new Map<string, TokenLists>();
  private readonly texts = new Map<number, string>();
  private bytes = 0;
  /** The segments the lists were read from, and the store revision that was checked at. */
  private segments: string | null = null;
  private checkedAt = -1;
  /** Where the background fill goes on: after this token, then after this docid (null: done). */
  private fill: { tokensAfter: string | null; textsAfter: number | null } = {
    tokensAfter: '',
    textsAfter: 0,
  };
  private scheduled = false;
  /** A long text being read a piece at a time (substr counts code points, as body_len does). */
  private pending: { docid: number; length: number; pieces: string[]; read: number } | null = null;

  constructor(
    private readonly store: ProjectStore,
    private readonly budget = MEMORY_BUDGET,
  ) {}

  docLists(q: ReadQuery, token: string): Uint8Array[] {
    this.check(q);
    let lists = this.tokens.get(token);
    if (!lists) {
      lists = { docs: sqlPostings.docLists(q, token), offsets: null };
      this.keep(token, lists);
    }
    return lists.docs;
  }

  offsetLists(q: ReadQuery, token: string): Uint8Array[] {
    this.check(q);
    const lists = this.tokens.get(token);
    if (lists?.offsets) return lists.offsets;
    const offsets = sqlPostings.offsetLists(q, token);
    if (lists && this.bytes + sizeOf(offsets) <= this.budget) {
      lists.offsets = offsets;
      this.bytes += sizeOf(offsets);
    }
    return offsets;
  }

  /** The text an article had when it was indexed as `docid` (its clean text). */
  textOf(q: ReadQuery, docid: number): string | undefined {
    const kept = this.texts.get(docid);
    if (kept !== undefined) return kept;
    const text = q.get<{ clean_text: string }>(TEXT, [docid])?.clean_text;
    if (text !== undefined) this.keepText(docid, text);
    return text;
  }

  /** Whether the article's text is at hand without reading SQLite. */
  hasText(docid: number): boolean {
    return this.texts.has(docid);
  }

  /** How many bytes are kept. */
  get size(): number {
    return this.bytes;
  }

  /**
   * Fills the memory, a step at a time between other work, until everything is in or the budget is
   * spent. Calling it again while it runs changes nothing; after an import it takes in what changed.
   */
  fillInBackground(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const step = () => {
      if (!this.store.isOpen) return;
      if (this.store.read((q) => this.fillFor(q, STEP_MS))) this.scheduled = false;
      else setImmediate(step).unref();
    };
    setImmediate(step).unref();
  }

  /** Fills for about `ms` milliseconds; returns whether all is in (or the budget is spent). */
  fillFor(q: ReadQuery, ms: number): boolean {
    this.check(q);
    const deadline = performance.now() + ms;
    do {
      if (this.bytes >= this.budget) return true;
      if (this.fill.tokensAfter !== null) this.fillTokens(q);
      else if (this.fill.textsAfter !== null) this.fillTexts(q);
      else return true;
    } while (performance.now() < deadline);
    return false;
  }

  /** Everything at once (benchmarks, and tests of the filled path). */
  fillAll(q: ReadQuery): void {
    while (!this.fillFor(q, 1000));
  }

  private fillTokens(q: ReadQuery): void {
    const rows: [string, Uint8Array, Uint8Array][] = [];
    q.each(POSTINGS_AFTER, [this.fill.tokensAfter!], ([token, docs, offsets]) =>
      rows.push([token as string, docs as Uint8Array, offsets as Uint8Array]),
    );
    // A full batch may end inside a token's rows: that token is read again with the next batch
    // (or alone, should one token have more rows than a batch).
    const full = rows.length === BATCH;
    const cut = full ? rows[rows.length - 1]![0] : null;
    let token: string | null = null;
    let lists: TokenLists = { docs: [], offsets: [] };
    for (const [rowToken, docs, offsets] of rows) {
      if (rowToken === cut) break;
      if (rowToken !== token) {
        if (token !== null) this.keep(token, lists);
        token = rowToken;
        lists = { docs: [], offsets: [] };
      }
      lists.docs.push(docs);
      lists.offsets!.push(offsets);
    }
    if (token !== null) this.keep(token, lists);
    if (!full) this.fill.tokensAfter = null;
    else if (token !== null) this.fill.tokensAfter = token;
    else {
      this.docLists(q, cut!);
      this.offsetLists(q, cut!);
      this.fill.tokensAfter = cut;
    }
  }

  private fillTexts(q: ReadQuery): void {
    if (this.pending) return this.fillPiece(q);
    let last: number | null = null;
    let long: { docid: number; length: number } | null = null;
    q.each(TEXTS_AFTER, [this.fill.textsAfter!], ([docid, text, length]) => {
      if (long) return;
      if (text === null) long = { docid: docid as number, length: length as number };
      else {
        this.keepText(docid as number, text as string);
        last = docid as number;
      }
    });
    if (long === null) {
      this.fill.textsAfter = last;
      return;
    }
    const { docid, length } = long as { docid: number; length: number };
    if (last !== null) this.fill.textsAfter = last;
    // One that would not fit is not read at all.
    if (this.bytes + length * 2 > this.budget) this.fill.textsAfter = docid;
    else this.pending = { docid, length, pieces: [], read: 0 };
  }

  /** Reads the next piece of the long text pending; keeps the text once it is all read. */
  private fillPiece(q: ReadQuery): void {
    const pending = this.pending!;
    const text = q.get<{ piece: string | null }>(TEXT_PIECE_AT, [pending.read + 1, pending.docid])?.piece;
    if (text) {
      pending.pieces.push(text);
      pending.read += TEXT_PIECE;
    }
    // Done when read to the end (or the article was deleted meanwhile: no row).
    if (!text || pending.read >= pending.length) {
      if (pending.read >= pending.length) this.keepText(pending.docid, pending.pieces.join(''));
      this.fill.textsAfter = pending.docid;
      this.pending = null;
    }
  }

  private keep(token: string, lists: TokenLists): void {
    if (this.tokens.has(token)) return;
    const size = tokenSize(token, lists);
    if (this.bytes + size > this.budget) return;
    this.tokens.set(token, lists);
    this.bytes += size;
  }

  private keepText(docid: number, text: string): void {
    const size = text.length * 2 + 32;
    if (this.texts.has(docid) || this.bytes + size > this.budget) return;
    this.texts.set(docid, text);
    this.bytes += size;
  }

  /** After a write, drops the lists if the index's segments changed, and fills again. */
  private check(q: ReadQuery): void {
    if (this.checkedAt === this.store.revision) return;
    this.checkedAt = this.store.revision;
    const segments = q.get<{ segments: string | null }>(SEGMENTS)?.segments ?? '';
    if (segments === this.segments) return;
    const first = this.segments === null;
    this.segments = segments;
    if (first) return;
    for (const [token, lists] of this.tokens) {
      this.bytes -= tokenSize(token, lists);
    }
    this.tokens.clear();
    let lastText = 0;
    for (const docid of this.texts.keys()) lastText = Math.max(lastText, docid);
    this.fill = { tokensAfter: '', textsAfter: this.fill.textsAfter ?? lastText };
  }
}
