// The shapes that pass between the steps of the ingest chain. They live in a module of their own,
// importing nothing from the chain, so that the steps, the layouts and the record readers can all
// name them without importing each other (the chain has no import loop).

import type { ImportProblemCode } from '../../common/model/project';
import type { ArticleHeading } from '../../common/text/headings';
import type { TextEncodingName } from './decode-bytes';
import type { DatePrecision } from './parse-date';

/** A problem of the file as a whole, or (for crawler dumps) of one record in it. */
export interface IngestProblem {
  code: ImportProblemCode;
  record?: number;
  detail?: string;
  /** Several records with the same problem, grouped (see records/problem-tally.ts). */
  count?: number;
  records?: number[];
}

export interface ArticleMetadata {
  /** ISO YYYY-MM-DD, or --MM-DD when the source gives no year; null when it gives no date. */
  date: string | null;
  datePrecision: DatePrecision;
  source: string | null;
  author: string | null;
  places: string[];
  /** The page's address, where the file states it (front matter, a crawler's url field or line). */
  url: string | null;
  /** A government document's number (文号), e.g. "衢政办发〔2023〕9号", where the page states one. */
  docNumber: string | null;
}

/** Date (ISO, or --MM-DD without a year), source, author, places and url: see extract-metadata. */
export interface ExtractedArticle extends ArticleMetadata {
  title: string;
  /** Paragraphs joined by "\n", passed through normalizeCleanText. */
  cleanText: string;
  /** The section headings in cleanText (common/text/headings.ts). */
  headings: ArticleHeading[];
  /** The decoded text (normalizeRawText), for the side-by-side check view. */
  originalText: string;
  /** The id of the layout or record format that read the file (layouts/registry.ts). */
  layout: string;
  encoding: TextEncodingName;
  /** sha256 hex of cleanText. */
  contentHash: string;
}

/**
 * What one file yields: usually one article, several for a crawler dump, none for a skipped file.
 * `skipped` explains what was not imported; `warnings` what was imported despite a flaw.
 */
export interface IngestOutcome {
  articles: ExtractedArticle[];
  skipped: IngestProblem[];
  warnings: IngestProblem[];
}

export interface MetadataHints {
  title: string | null;
  /** A date as the format gave it, parsed later. */
  dateText: string | null;
  author: string | null;
  source: string | null;
  /** Weaker than a source line in the text: the site's own name from <meta>. */
  siteName: string | null;
  /** The page's own address (front matter `url`/`link`, <link rel=canonical>, og:url). */
  url: string | null;
  /** Front matter categories: blog exports list the platform a post came from among them. */
  categories?: string[];
}

/** A file as its layout read it: lines plus whatever metadata the format states outright. */
export interface SourceDocument {
  lines: string[];
  hints: MetadataHints;
  /** What the import report should mention although the file was read (e.g. broken front matter). */
  warnings?: IngestProblem[];
  /** Labelled lines the format keeps apart from the text (below a page's article), for metadata. */
  footerLines?: string[];
}

export interface ArticleParts {
  title: string | null;
  /** Lines before the body that carry metadata ("发布时间: …", "本文转自: …"). */
  headerLines: string[];
  /** Labelled lines after the body ("来源：衢州日报", "编辑：李四"): read for metadata, never text. */
  footerLines: string[];
  /** Names from a reporters' line under the headline, if there was one. */
  byline: string | null;
  /** A credit left on a line of its own after the text ("(吴新波)", "（作者 王继红）"). */
  creditLine: string | null;
  /**
   * Where the page's own dateline is ("浙江在线09月18日讯"), or null where the first paragraph is
   * not the page's own opening (company sites, newspapers and blogs reuse stories that carry one).
   */
  dateline: string | null;
  /** Paragraphs; section heads are paragraphs of their own, still marked (line-shapes.ts). */
  bodyLines: string[];
}

/**
 * How a layout's body is found among its lines (extract-body.ts). Layouts differ in a few
 * habits only, so each states them here instead of the extraction step asking which layout it is.
 */
export interface BodyRules {
  /** Mend paragraphs a page break cut in two (newspaper scans) before looking for the body. */
  joinBrokenParagraphs: boolean;
  /** The first marked heading is the headline (newspapers), rather than the longest title-like line. */
  titleIsFirstHeading: boolean;
  /**
   * Which short lines are photo captions: 'credited' only lines that credit a photo ("… 摄"),
   * 'short' also short unpunctuated lines, 'long' also one-clause lines up to 80 characters
   * (company sites caption every picture at length).
   */
  captions: 'credited' | 'short' | 'long';
  /**
   * The story's opening dateline ("浙江在线09月18日讯"): 'cut' it off the text and read it
   * (portals, aggregators), 'read' it and leave it in, or 'ignore' it (reused stories).
   */
  dateline: 'cut' | 'read' | 'ignore';
  /**
   * When every line looks like a crawler's glitch (one long unpunctuated run), keep them as the text:
   * a web page's markup that holds nothing else is that text; in a text dump such a line is noise.
   */
  glitchOnlyIsText?: boolean;
}

/** What a layout is shown when it decides whether a file is its own. */
export interface FileProbe {
  /** The decoded, normalised text. */
  text: string;
  /** Its first 3,000 characters: aggregators append other sites' text at the end. */
  head: string;
  path: string;
}

/**
 * One layout of single-article files (a saved page, a text dump of a portal page...). The chain
 * (ingest-file.ts) asks each layout of the registry in turn whether a file is its own, then lets
 * it read the file into lines and find the article in them.
 */
export interface PageLayout {
  id: string;
  detect(file: FileProbe): boolean;
  read(text: string): SourceDocument;
  extract(document: SourceDocument): ArticleParts;
}

/** A file that holds many articles (a crawler's .json/.csv dump): read from its bytes as a whole. */
export interface RecordFormat {
  id: string;
  /** Decided by the file's name alone, before anything is decoded. */
  detect(path: string): boolean;
  ingest(bytes: Uint8Array, path: string): IngestOutcome;
}
