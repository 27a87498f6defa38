// Codes, highlights, tags and memos: what a researcher adds to the corpus. Offsets are UTF-16 code
// units into the article's clean text (see common/text/normalize.ts).

/** A code in the hierarchical codebook (as in QDA tools). */
export interface Code {
  id: number;
  parentId: number | null;
  name: string;
  /** CSS hex colour, `#rrggbb`. */
  color: string;
  description: string;
  sortOrder: number;
  /** Names from the root down, joined by "/", e.g. "产业/新能源/锂电". */
  path: string;
  /** Passages coded with this code itself (not its descendants). */
  passageCount: number;
}

/** W3C Web Annotation TextPositionSelector: [start, end) in the clean text. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector: the passage and some text on either side of it. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Highlight extends TextPositionSelector, TextQuoteSelector {
  id: number;
  articleId: number;
  codeIds: number[];
  /** A colour of its own, for a highlight without codes; null: the first code's colour. */
  color: string | null;
  note: string;
  /** The quote could not be found again after the article's text changed; kept, never dropped. */
  orphaned: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One coded passage with what a citation needs: listed per code, exported in reports. */
export interface CodedPassage {
  highlightId: number;
  articleId: number;
  articleTitle: string;
  articleDate: string | null;
  articleSource: string | null;
  start: number;
  end: number;
  exact: string;
  note: string;
  codeIds: number[];
  orphaned: boolean;
}

export interface CodedPassagePage {
  total: number;
  offset: number;
  items: CodedPassage[];
}

export interface TagCount {
  name: string;
  count: number;
}

/** A project memo (Markdown): notes on the project as a whole, not on one article. */
export interface Memo {
  id: number;
  title: string;
  body: string;
  updatedAt: string;
}

/** Which unit auto-coding takes around each search hit. */
export type AutocodeUnit = 'sentence' | 'paragraph';

export interface AutocodeResult {
  /** New highlights made. */
  created: number;
  /** Passages that already had the code (or overlapped one that had it) and were left as they were. */
  alreadyCoded: number;
  articles: number;
}

/** What an undoable action did, so the UI can say "撤销：删除高亮". */
export type UndoLabel =
  | 'create-highlight'
  | 'update-highlight'
  | 'delete-highlight'
  | 'tag-articles'
  | 'untag-articles'
  | 'delete-articles'
  | 'create-code'
  | 'update-code'
  | 'merge-codes'
  | 'delete-code'
  | 'import-codebook'
  | 'autocode'
  | 'save-memo'
  | 'delete-memo'
  | 'edit-article'
  | 'edit-articles';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: UndoLabel | null;
  redoLabel: UndoLabel | null;
}
