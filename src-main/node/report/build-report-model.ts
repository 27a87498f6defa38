// Builds the report model from the open project for a ReportOptions: which articles the scope covers,
// their highlights with codes, notes, the codebook in codebook order and the memos.
import path from 'node:path';
import { ApiFailure } from '../../common/api/errors';
import type { ReportOptions, ReportScope } from '../../common/model/report';
import type { SearchFilters } from '../../common/model/search';
import { PROJECT_EXTENSION, type ProjectStore } from '../db/project-store';
import type { ReadQuery } from '../db/query';
import {
  allReportArticleIds,
  articleIdsWithCodes,
  articleIdsWithTag,
  reportArticleNotes,
  reportArticleTags,
  reportArticles,
  reportArticleTexts,
  reportCodes,
  reportHighlightCodes,
  reportHighlights,
  reportMemos,
  type ReportArticleText,
  type ReportCodeRow,
} from '../db/repositories/report-repo';
import { getProjectCreatedAt } from '../db/repositories/refi-qda-repo';
import type { SearchCatalogue } from '../search/search-catalogue';
import { search } from '../search/search-service';
import {
  DEFAULT_HIGHLIGHT_COLOR,
  type ReportArticle,
  type ReportCode,
  type ReportModel,
  type ReportPassage,
} from './report-model';

const SEARCH_PAGE = 1000;

/** Depth-first by sort order: the order of the codebook panel. */
export function orderCodebook(rows: readonly ReportCodeRow[]): ReportCode[] {
  const children = new Map<number | null, ReportCodeRow[]>();
  for (const row of rows) {
    const key = row.parentId !== null && rows.some((r) => r.id === row.parentId) ? row.parentId : null;
    const list = children.get(key);
    if (list) list.push(row);
    else children.set(key, [row]);
  }
  const out: ReportCode[] = [];
  const visit = (parent: number | null, prefix: string, depth: number) => {
    for (const row of children.get(parent) ?? []) {
      const codePath = prefix ? `${prefix}/${row.name}` : row.name;
      out.push({
        id: row.id,
        parentId: row.parentId,
        name: row.name,
        color: row.color,
        path: codePath,
        depth,
      });
      visit(row.id, codePath, depth + 1);
    }
  };
  visit(null, '', 0);
  return out;
}

function descendantsOf(codes: readonly ReportCode[], codeId: number): number[] {
  const ids = new Set([codeId]);
  for (const code of codes) if (code.parentId !== null && ids.has(code.parentId)) ids.add(code.id);
  return codes.filter((code) => ids.has(code.id)).map((code) => code.id);
}

function searchArticleIds(
  store: ProjectStore,
  catalogue: SearchCatalogue,
  query: string,
  filters: SearchFilters,
): number[] {
  const ids: number[] = [];
  for (let offset = 0; ; offset += SEARCH_PAGE) {
    const page = search(
      store,
      catalogue,
      { query, filters, sort: 'relevance', offset, limit: SEARCH_PAGE },
      { snippets: false },
    );
    ids.push(...page.hits.map((hit) => hit.id));
    if (offset + SEARCH_PAGE >= page.total) return ids;
  }
}

function scopeArticleIds(
  q: ReadQuery,
  scope: Exclude<ReportScope, { kind: 'search' }>,
  codeScope: number[] | null,
): number[] {
  switch (scope.kind) {
    case 'all':
      return allReportArticleIds(q);
    case 'articles':
      return [...new Set(scope.articleIds)];
    case 'tag':
      return articleIdsWithTag(q, scope.tag);
    case 'code':
      return articleIdsWithCodes(q, codeScope ?? []);
  }
}

export function buildReportModel(
  store: ProjectStore,
  catalogue: SearchCatalogue,
  options: ReportOptions,
  now: string = new Date().toISOString(),
): ReportModel {
  const codes = orderCodebook(store.read((q) => reportCodes(q)));
  const codeById = new Map(codes.map((code) => [code.id, code]));
  let codeScope: number[] | null = null;
  if (options.scope.kind === 'code') {
    if (!codeById.has(options.scope.codeId))
      throw new ApiFailure('CODE_NOT_FOUND', `Code ${options.scope.codeId} does not exist.`);
    codeScope = descendantsOf(codes, options.scope.codeId);
  }
  // The search runs its own read; the rest is read in one transaction.
  const scope = options.scope;
  const ids =
    scope.kind === 'search'
      ? searchArticleIds(store, catalogue, scope.query, scope.filters)
      : store.read((q) => scopeArticleIds(q, scope, codeScope));

  const { rows, highlights, highlightCodes, notes, tags, memos, createdAt } = store.read((q) => ({
    rows: reportArticles(q, ids),
    tags: reportArticleTags(q, ids),
    createdAt: getProjectCreatedAt(q),
    highlights: reportHighlights(q, ids),
    highlightCodes: reportHighlightCodes(q, ids),
    notes: reportArticleNotes(q, ids),
    memos: options.includeMemos ? reportMemos(q) : [],
  }));

  const codeOrder = new Map(codes.map((code, index) => [code.id, index]));
  const keepCodes = codeScope ? new Set(codeScope) : null;
  const passagesByArticle = new Map<number, ReportPassage[]>();
  let passageCount = 0;
  for (const h of highlights) {
    const codeIds = highlightCodes.get(h.id) ?? [];
    if (keepCodes && !codeIds.some((id) => keepCodes.has(id))) continue;
    const firstCode = codeIds.map((id) => codeById.get(id)).find((code) => code !== undefined);
    const passage: ReportPassage = {
      highlightId: h.id,
      articleId: h.articleId,
      start: h.start,
      end: h.end,
      exact: h.exact,
      note: h.note,
      codeIds: [...codeIds].sort((a, b) => (codeOrder.get(a) ?? 0) - (codeOrder.get(b) ?? 0)),
      color: h.color ?? firstCode?.color ?? DEFAULT_HIGHLIGHT_COLOR,
      orphaned: h.orphaned,
    };
    const list = passagesByArticle.get(h.articleId);
    if (list) list.push(passage);
    else passagesByArticle.set(h.articleId, [passage]);
    passageCount++;
  }

  // The clean texts are most of what a report reads (and an article imported before migration 0009
  // derives its headings from its original text too); only the by-article layouts and the passages'
  // context use them, a by-code table or list never does. Read on first use, all at once.
  let texts: Map<number, ReportArticleText> | null = null;
  const textOf = (id: number): ReportArticleText => {
    texts ??= store.read((q) => reportArticleTexts(q, ids));
    return texts.get(id) ?? { cleanText: '', headings: [] };
  };
  const articles: ReportArticle[] = rows.map((row) => {
    const article = {
      ...row,
      fileName: path.basename(row.filePath),
      passages: passagesByArticle.get(row.id) ?? [],
      note: notes.get(row.id) ?? '',
      tags: tags.get(row.id) ?? [],
    };
    Object.defineProperties(article, {
      cleanText: { get: () => textOf(row.id).cleanText, enumerable: true },
      headings: { get: () => textOf(row.id).headings, enumerable: true },
    });
    return article as ReportArticle;
  });
  return {
    options,
    projectKey: createdAt ?? path.basename(store.path).replace(/\.zhiyan$/i, ''),
    generatedAt: now,
    articles,
    articleById: new Map(articles.map((article) => [article.id, article])),
    codes,
    codeById,
    reportedCodeIds: codeScope ?? codes.map((code) => code.id),
    passageCount,
    memos,
    projectName: path.basename(store.path, PROJECT_EXTENSION),
  };
}
