// Plain-text output of the CLI (without --json).
import type { Article } from '../common/model/article';
import type { ImportProblem, ImportReport, ProjectInfo } from '../common/model/project';
import type { SearchResult, Snippet } from '../common/model/search';
import { paragraphHeadingLevels } from '../common/text/headings';

export function formatInfo(info: ProjectInfo): string {
  return [`project  ${info.path}`, `schema   v${info.schemaVersion}`, `articles ${info.articleCount}`].join(
    '\n',
  );
}

export function formatImportReport(report: ImportReport): string {
  const lines = [
    `files seen  ${report.filesSeen}`,
    `imported    ${report.imported}`,
    `duplicates  ${report.duplicates}`,
    `reprints    ${report.reprints}`,
    `skipped     ${report.skipped.length}`,
    `time        ${report.seconds.toFixed(1)} s${report.cancelled ? ' (cancelled)' : ''}`,
  ];
  const where = (p: ImportProblem) => `${p.file}${p.record === undefined ? '' : ` #${p.record}`}`;
  const why = (p: ImportProblem) => `${p.code}${p.detail ? ` (${p.detail})` : ''}`;
  for (const problem of report.skipped) lines.push(`  skipped ${where(problem)}: ${why(problem)}`);
  for (const problem of report.warnings) lines.push(`  warning ${where(problem)}: ${why(problem)}`);
  return lines.join('\n');
}

export function formatArticle(article: Article): string {
  const head = [
    article.title,
    [article.date, article.source, article.author].filter(Boolean).join(' · '),
    `${article.filePath} (${article.encoding}, ${article.layout})`,
  ];
  return `${head.join('\n')}\n\n${textWithHeadings(article)}`;
}

/** The clean text with each section heading marked as Markdown would (## for level 1), one level under the title. */
function textWithHeadings(article: Article): string {
  if (article.headings.length === 0) return article.cleanText;
  const levels = paragraphHeadingLevels(article.cleanText, article.headings);
  return article.cleanText
    .split('\n')
    .map((paragraph, index) => {
      const level = levels[index];
      return level ? `${'#'.repeat(level + 1)} ${paragraph}` : paragraph;
    })
    .join('\n');
}

/** A snippet with its hits in 【】, for a terminal. */
function markedSnippet(snippet: Snippet): string {
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.hits) {
    out += `${snippet.text.slice(at, start)}【${snippet.text.slice(start, end)}】`;
    at = end;
  }
  return out + snippet.text.slice(at);
}

export function formatSearch(result: SearchResult): string {
  const lines = [
    `${result.total} articles (${result.tookMs} ms)${result.parsed ? ` for ${result.parsed}` : ''}`,
  ];
  for (const hit of result.hits) {
    lines.push(`${String(hit.id).padStart(6)}  ${hit.date ?? '          '}  ${hit.title}`);
    if (hit.snippets[0]) lines.push(`        ${markedSnippet(hit.snippets[0])}`);
  }
  return lines.join('\n');
}

/** The CLI's JSON: one snippet per hit, plain, with the hits as offsets into it. */
export function searchJson(result: SearchResult) {
  return {
    total: result.total,
    tookMs: result.tookMs,
    query: result.parsed,
    hits: result.hits.map((hit) => ({
      id: hit.id,
      title: hit.title,
      date: hit.date,
      source: hit.source,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: hit.snippets[0]?.text ?? '',
      highlights: hit.snippets[0]?.hits ?? [],
    })),
  };
}
