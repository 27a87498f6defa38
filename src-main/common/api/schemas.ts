// Argument schemas of every contract method, checked where requests enter the engine.
import { z } from 'zod';
import { ARTICLE_SORTS, EDITABLE_FIELDS } from '../model/article';
import { isArticleDate } from '../model/article-date';
import { READER_FONT_SIZES } from '../model/project';
import { EXPORT_FORMATS, PAPER_SIZES } from '../model/report';
import type { ApiMethod } from './contract';

const projectPath = z.string().trim().min(1).max(4096);
const id = z.number().int().positive();
const none = z.object({}).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
type ArticleSortValue = (typeof ARTICLE_SORTS)[number];
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
const codeName = z.string().trim().min(1).max(200);
const tagName = z.string().trim().min(1).max(100);
const ids = z.array(id).min(1).max(100_000);
const filePath = z.string().trim().min(1).max(4096);
/** A note's `updatedAt` as the client loaded it (null: there was none); see saveArticleNote. */
const noteVersion = z.string().max(64).nullable().optional();
const searchFilters = z
  .object({
    tags: z.array(z.string().min(1)).max(100).optional(),
    codes: z.array(id).max(200).optional(),
    sources: z.array(z.string().min(1)).max(200).optional(),
    places: z.array(z.string().min(1)).max(200).optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    importBatches: z.array(id).max(200).optional(),
    hasNotes: z.boolean().optional(),
    reprints: z.boolean().optional(),
    /** Articles whose document number (文号) contains this text. */
    docNumber: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
// A stored article date: its shape is its precision (common/model/article-date.ts); null: no date.
const articleDate = z
  .string()
  .refine(isArticleDate, 'a date as YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
  .nullable();
const metadataText = z.string().max(500).nullable();

const reportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('articles'), articleIds: ids }).strict(),
  z.object({ kind: z.literal('search'), query: z.string().max(2000), filters: searchFilters.default({}) }).strict(),
  z.object({ kind: z.literal('tag'), tag: tagName }).strict(),
  z.object({ kind: z.literal('code'), codeId: id }).strict(),
]);
const reportOptions = z
  .object({
    scope: reportScope.default({ kind: 'all' }),
    organise: z.enum(['article', 'code']).default('article'),
    notes: z.enum(['footnotes', 'inline', 'comments']).default('footnotes'),
    includeMemos: z.boolean().default(false),
    title: z.string().max(500).default(''),
    author: z.string().max(500).default(''),
    paper: z.enum(PAPER_SIZES).default('a4'),
  })
  .strict();

export const apiSchemas = {
  getAppState: none,
  getDiagnostics: none,
  clearRecentProjects: none,
  setLocale: z.object({ locale: z.enum(['zh-CN', 'en']) }).strict(),
  /** The reader's text size and light/dark theme; either may be left out to keep it as it is. */
  setReaderPreferences: z
    .object({
      fontSize: z.number().int().min(READER_FONT_SIZES.min).max(READER_FONT_SIZES.max).optional(),
      theme: z.enum(['light', 'dark']).optional(),
      codingStripes: z.boolean().optional(),
      noteMarkers: z.boolean().optional(),
    })
    .strict(),
  createProject: z.object({ path: projectPath }).strict(),
  openProject: z.object({ path: projectPath }).strict(),
  /** Opens the demo project, building it from resources/demo-corpus the first time. */
  openDemoProject: none,
  closeProject: none,
  saveProjectCopy: z.object({ path: projectPath }).strict(),
  listBackups: z.object({ path: projectPath }).strict(),
  /** Keeps the damaged file as `<name>.damaged-<time>.zhiyan`, copies the backup in, opens it. */
  restoreBackup: z.object({ path: projectPath, backupPath: projectPath }).strict(),
  listArticles: z
    .object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      sort: z.enum(ARTICLE_SORTS as [ArticleSortValue, ...ArticleSortValue[]]).default('imported-asc'),
      /** Only articles with all of these tags. */
      tags: z.array(z.string().min(1)).max(100).default([]),
    })
    .strict(),
  /** original: false leaves the original text out (''): the reader fetches it with getOriginalText. */
  getArticle: z.object({ id, original: z.boolean().default(true) }).strict(),
  getArticleNote: z.object({ articleId: id }).strict(),
  /**
   * An empty body deletes the note. Acknowledged only once the edit is durable. `baseUpdatedAt`:
   * the version the client loaded (null: it saw no note); a newer stored one refuses the save with
   * NOTE_CONFLICT. Left out: saved whatever is stored (the CLI).
   */
  saveArticleNote: z
    .object({ articleId: id, body: z.string().max(2_000_000), baseUpdatedAt: noteVersion })
    .strict(),
  importPaths: z.object({ paths: z.array(projectPath).min(1).max(10_000) }).strict(),
  cancelImport: none,
  search: z
    .object({
      query: z.string().max(2000).default(''),
      filters: searchFilters.default({}),
      sort: z.enum(['relevance', 'date-desc', 'date-asc', 'title']).default('relevance'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(50),
    })
    .strict(),
  searchFacets: none,
  listSavedSearches: none,
  saveSearch: z
    .object({
      name: z.string().trim().min(1).max(200),
      query: z.string().max(2000),
      filters: searchFilters.default({}),
    })
    .strict(),
  deleteSavedSearch: z.object({ id }).strict(),

  listCodes: none,
  createCode: z
    .object({
      parentId: id.nullable().default(null),
      name: codeName,
      /** Omitted: the next colour of the palette. */
      color: colour.optional(),
      description: z.string().max(20_000).default(''),
    })
    .strict(),
  /** Rename, recolour, describe or move (parentId; null moves to the top level; sortOrder among siblings). */
  updateCode: z
    .object({
      id,
      name: codeName.optional(),
      color: colour.optional(),
      description: z.string().max(20_000).optional(),
      parentId: id.nullable().optional(),
      sortOrder: z.number().int().min(0).optional(),
    })
    .strict(),
  /** Re-codes every passage of `sourceId` (and moves its sub-codes) to `targetId`, then deletes the source. */
  mergeCodes: z.object({ sourceId: id, targetId: id }).strict(),
  /** Deletes the code and its sub-codes; their passages keep their other codes. */
  deleteCode: z.object({ id }).strict(),
  listCodedPassages: z
    .object({
      codeId: id,
      includeDescendants: z.boolean().default(true),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(500),
    })
    .strict(),
  /** Every highlight of the article, re-anchored against its current text; orphaned ones included. */
  listHighlights: z.object({ articleId: id }).strict(),
  createHighlight: z
    .object({
      articleId: id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      codeIds: z.array(id).max(100).default([]),
      note: z.string().max(200_000).default(''),
      color: colour.nullable().default(null),
    })
    .strict(),
  updateHighlight: z
    .object({
      id,
      codeIds: z.array(id).max(100).optional(),
      note: z.string().max(200_000).optional(),
      color: colour.nullable().optional(),
    })
    .strict(),
  deleteHighlight: z.object({ id }).strict(),
  listTags: none,
  tagArticles: z.object({ articleIds: ids, tags: z.array(tagName).min(1).max(100) }).strict(),
  untagArticles: z.object({ articleIds: ids, tags: z.array(tagName).min(1).max(100) }).strict(),
  /** Deletes articles with their highlights, tags and notes; undoable. */
  deleteArticles: z.object({ ids }).strict(),
  listMemos: none,
  /** Without an id: a new memo. */
  saveMemo: z
    .object({
      id: id.optional(),
      title: z.string().max(500).default(''),
      body: z.string().max(2_000_000),
      /** As for saveArticleNote: the version of the memo the client loaded. */
      baseUpdatedAt: noteVersion,
    })
    .strict(),
  deleteMemo: z.object({ id }).strict(),
  /** Codes every hit of the search with its sentence or paragraph as the passage; one undo step. */
  autocode: z
    .object({
      query: z.string().trim().min(1).max(2000),
      filters: searchFilters.default({}),
      codeId: id,
      unit: z.enum(['sentence', 'paragraph']).default('sentence'),
    })
    .strict(),
  getUndoState: none,
  undo: none,
  redo: none,

  previewReport: z.object({ report: reportOptions }).strict(),
  exportReport: z
    .object({ report: reportOptions, format: z.enum(EXPORT_FORMATS), path: filePath })
    .strict(),
  /** Adds the codes of a REFI-QDA codebook (.qdc); codes whose path exists already are kept as they are. */
  importCodebook: z.object({ path: filePath }).strict(),
  /** Stops the running export (a PDF being printed is abandoned); false when none runs. */
  cancelExport: none,
  getOriginalText: z.object({ id }).strict(),
  /** A `<project>.recovered-<time>.journal` file beside the open project. */
  applyJournalRecovery: z.object({ path: filePath }).strict(),
  /** The project file whose kept-aside edits to list. */
  listJournalRecoveries: z.object({ path: filePath }).strict(),

  /**
   * Corrects fields of one article by hand (one undo step); a field left out stays as it is, null or
   * '' empties it; `restore` puts fields back to what the importer found.
   */
  editArticle: z
    .object({
      id,
      title: z.string().trim().min(1).max(500).optional(),
      date: articleDate.optional(),
      source: metadataText.optional(),
      author: metadataText.optional(),
      docNumber: z.string().max(200).nullable().optional(),
      places: z.array(z.string().max(100)).max(100).optional(),
      restore: z.array(z.enum(EDITABLE_FIELDS)).max(EDITABLE_FIELDS.length).default([]),
    })
    .strict(),
  /**
   * Sets the source and/or date of several articles (one undo step). At most 5,000: the undo step
   * keeps each article row whole, before and after.
   */
  editArticles: z
    .object({ ids: z.array(id).min(1).max(5000), source: metadataText.optional(), date: articleDate.optional() })
    .strict(),
  getImportState: none,
} as const satisfies Record<ApiMethod, z.ZodType>;

// Every method has a schema and every schema a method: a missing or extra key is a type error.
type ExactKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : never;
export const SCHEMAS_MATCH_METHODS: ExactKeys<typeof apiSchemas, ApiMethod> = true;
