// Argument schemas of every contract method, checked where requests enter the engine.
import { z } from 'zod';
import type { ApiMethod } from './contract';

const projectPath = z.string().trim().min(1).max(4096);
const id = z.number().int().positive();
const none = z.object({}).strict();

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
} as const satisfies Record<ApiMethod, z.ZodType>;


// Every method has a schema and every schema a method: a missing or extra key is a type error.
type ExactKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : never;
export const SCHEMAS_MATCH_METHODS: ExactKeys<typeof apiSchemas, ApiMethod> = true;
