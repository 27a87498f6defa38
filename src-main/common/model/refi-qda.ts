// The plain input of the REFI-QDA writers (and the output of the codebook reader): built once from
// the project by collect-qda-project.ts, written by write-qdpx.ts / write-qdc.ts. No escaping and no
// GUIDs here: those belong to the writers. Offsets are UTF-16 code units into `Source.text`, as
// everywhere in Zhiyan; the writers convert them to the code points REFI-QDA counts.

/** A code of the codebook, with its sub-codes in codebook order. */
export interface QdaCode {
  id: number;
  name: string;
  /** `#rrggbb` (or `#rgb`); anything else is left out of the export. */
  color: string;
  description: string;
  children: QdaCode[];
}

export interface QdaSourceMetadata {
  date: string | null;
  source: string | null;
  author: string | null;
  places: string[];
  url: string | null;
  /** The document number (文号) of a government document; absent or null: none. */
  docNumber?: string | null;
}

export interface QdaNote {
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** One article, exported as a TextSource whose plain text is `text` (the clean text). */
export interface QdaSource {
  articleId: number;
  title: string;
  text: string;
  metadata: QdaSourceMetadata;
  /** The article's note, or null. */
  note: QdaNote | null;
  createdAt: string;
  /** The article's tags (written as REFI-QDA Sets, one per tag); absent: none. */
  tags?: string[];
}

/** One highlight: a coded (or only annotated) passage of a source. */
export interface QdaSelection {
  highlightId: number;
  articleId: number;
  /** [start, end) in UTF-16 code units of the source text. */
  start: number;
  end: number;
  /** Codes applied to the passage; may be empty (a highlight with only a note or a colour). */
  codeIds: number[];
  /** The highlight's note; '' for none. */
  note: string;
  createdAt: string;
}

/** A project memo: a note on the project as a whole. */
export interface QdaMemo {
  id: number;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** Names of the document variables the article metadata is written as (shown by the other tool). */
export interface QdaVariableLabels {
  date: string;
  source: string;
  author: string;
  places: string;
  url: string;
  docNumber: string;
}

export const QDA_VARIABLE_LABELS_ZH: QdaVariableLabels = {
  date: '日期',
  source: '来源',
  author: '作者',
  places: '地区',
  url: '网址',
  docNumber: '文号',
};

export const QDA_VARIABLE_LABELS_EN: QdaVariableLabels = {
  date: 'Date',
  source: 'Source',
  author: 'Author',
  places: 'Places',
  url: 'URL',
  docNumber: 'Document number',
};

export interface QdaProject {
  /**
   * What makes this project's GUIDs its own: the same key and row ids give the same GUIDs on every
   * export, so a second export of the same project is recognisably the same objects.
   */
  key: string;
  /** The project's name (Project/@name). */
  name: string;
  /** The exporting application and version (Project/@origin, CodeBook/@origin). */
  origin: string;
  userName: string;
  /** ISO-8601 time of the project's creation. */
  createdAt: string;
  /** ISO-8601 time of the export. */
  exportedAt: string;
  codes: QdaCode[];
  sources: QdaSource[];
  selections: QdaSelection[];
  memos: QdaMemo[];
  variableLabels: QdaVariableLabels;
}

/** A code read from a REFI-QDA codebook, ready to be added to the project's codebook. */
export interface QdaCodeTreeNode {
  name: string;
  /** `#rrggbb`, lower case; absent when the file gives none (or an unreadable one). */
  color?: string;
  description?: string;
  children: QdaCodeTreeNode[];
}
