// Argument schemas of every contract method, checked where requests enter the engine.
import { z } from 'zod';
import type { ApiMethod } from './contract';

const projectPath = z.string().trim().min(1).max(4096);
const id = z.number().int().positive();
const none = z.object({}).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
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
  })
  .strict();

export const apiSchemas = {
  getAppState: none,
  setLocale: z.object({ locale: z.enum(['zh-CN', 'en']) }).strict(),
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
      sort: z.enum(['date-desc', 'date-asc', 'title', 'imported']).default('imported'),
    })
    .strict(),
  getArticle: z.object({ id }).strict(),
  getArticleNote: z.object({ articleId: id }).strict(),
  /** An empty body deletes the note. Acknowledged only once the edit is durable. */
  saveArticleNote: z.object({ articleId: id, body: z.string().max(2_000_000) }).strict(),
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
} as const satisfies Record<ApiMethod, z.ZodType>;

// Every method has a schema and every schema a method: a missing or extra key is a type error.
type ExactKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : never;
export const SCHEMAS_MATCH_METHODS: ExactKeys<typeof apiSchemas, ApiMethod> = true;
