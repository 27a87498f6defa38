// The report, built once from the project for a ReportOptions; every format writes this model.
// Everything here is plain, unescaped text: escaping happens only inside the writers.
import { citationDate } from '../../common/model/article-date';
import type { ReportOptions } from '../../common/model/report';
import { paragraphHeadingLevels, type ArticleHeading } from '../../common/text/headings';

export interface ReportCode {
  id: number;
  parentId: number | null;
  name: string;
  /** `#rrggbb`. */
  color: string;
  /** Names from the root down, joined by "/". */
  path: string;
  /** 0 for a top-level code. */
  depth: number;
}

export interface ReportPassage {
  highlightId: number;
  articleId: number;
  start: number;
  end: number;
  exact: string;
  note: string;
  codeIds: number[];
  /** The highlight's own colour, else its first code's, else the default highlight colour. */
  color: string;
  orphaned: boolean;
}

export interface ReportArticle {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  filePath: string;
  fileName: string;
  places: string[];
  cleanText: string;
  /** The document number (文号) of a government document, or null. */
  docNumber: string | null;
  /** Section headings in cleanText (absent: none); writers emit them one level under the title. */
  headings?: ArticleHeading[];
  /** In text order. */
  passages: ReportPassage[];
  /** The article's own note (Markdown), '' when none. */
  note: string;
  /** The article's tags, sorted by name; [] when none. */
  tags: string[];
}

export interface ReportMemo {
  title: string;
  body: string;
  updatedAt: string;
}

export interface ReportModel {
  options: ReportOptions;
  /**
   * What makes ids in an export this project's own and the same on every export (the project's
   * creation time, as the REFI-QDA GUIDs use): Web Annotation ids are derived from it.
   */
  projectKey: string;
  /** ISO time the report was made. */
  generatedAt: string;
  articles: ReportArticle[];
  articleById: Map<number, ReportArticle>;
  /** The codebook in codebook order (depth first, by sort order). */
  codes: ReportCode[];
  codeById: Map<number, ReportCode>;
  /** The codes to list in a by-code report (all, or the scope's code and its descendants). */
  reportedCodeIds: number[];
  passageCount: number;
  memos: ReportMemo[];
  /** The open project's name (its file name without .zhiyan): the title of a report left untitled. */
  projectName?: string;
}

export const DEFAULT_HIGHLIGHT_COLOR = '#ffd54f';

/**
 * A date as a reader of the report should see it: full ISO dates as they are; a month or a year in
 * words (2023年5月, 2023年); a page that gave no year (stored as `--MM-DD`) says so instead of
 * showing the storage form.
 */
export function reportDate(date: string | null): string | null {
  return citationDate(date);
}

/**
 * "来源，日期，《标题》，文号（文件名）": what every quoted passage carries; the document number
 * (文号) only where the article has one.
 */
export function citationOf(article: ReportArticle): string {
  const parts = [article.source, reportDate(article.date)].filter((part): part is string => !!part);
  parts.push(`《${article.title}》`);
  if (article.docNumber) parts.push(article.docNumber);
  return `${parts.join('，')}（${article.fileName}）`;
}

type CodedItem = { article: ReportArticle; passage: ReportPassage };

/** Each model's passages by code, made on the first passagesOfCode: one pass, not one per code. */
const passagesByCode = new WeakMap<ReportModel, Map<number, CodedItem[]>>();

/** Passages coded with `codeId`, in article order then text order. */
export function passagesOfCode(model: ReportModel, codeId: number): CodedItem[] {
  let byCode = passagesByCode.get(model);
  if (!byCode) {
    byCode = new Map();
    for (const article of model.articles)
      for (const passage of article.passages)
        for (const id of new Set(passage.codeIds)) {
          const list = byCode.get(id);
          if (list) list.push({ article, passage });
          else byCode.set(id, [{ article, passage }]);
        }
    passagesByCode.set(model, byCode);
  }
  // A copy: a caller may sort or cut its list.
  return [...(byCode.get(codeId) ?? [])];
}

export function codePathsOf(model: ReportModel, passage: ReportPassage): string[] {
  return passage.codeIds.map((id) => model.codeById.get(id)?.path).filter((p): p is string => !!p);
}

/**
 * What the report shows, as its header and the export's result count it: by article, every article
 * of the scope (each is shown whole) and its passages; by code, only the articles and passages quoted
 * under the reported codes (a by-code report citing one article says 1 篇, not the scope's 305).
 */
export function reportCounts(
  model: Pick<ReportModel, 'options' | 'articles' | 'passageCount' | 'reportedCodeIds'>,
): { articles: number; passages: number } {
  if (model.options.organise !== 'code')
    return { articles: model.articles.length, passages: model.passageCount };
  const reported = new Set(model.reportedCodeIds);
  let articles = 0;
  let passages = 0;
  for (const article of model.articles) {
    const quoted = article.passages.filter((passage) => passage.codeIds.some((id) => reported.has(id)));
    if (quoted.length > 0) articles++;
    passages += quoted.length;
  }
  return { articles, passages };
}

/** The title the user gave, else the project's name. */
export function reportTitle(model: Pick<ReportModel, 'options' | 'projectName'>): string {
  return model.options.title.trim() || model.projectName?.trim() || '智研报告';
}

/** The section heading level of each paragraph of the article's clean text, null for body text. */
export function headingLevels(article: ReportArticle): (number | null)[] {
  return paragraphHeadingLevels(article.cleanText, article.headings ?? []);
}
