// The report as Markdown: highlighted passages in bold with their codes, notes as footnotes ([^n])
// or in brackets after the passage. Imported text is escaped so it cannot become Markdown or HTML.
//
// Passages are bold as inline HTML, <strong>…</strong>, not **…**: CommonMark (and so GitHub, pandoc,
// markdown-it) only opens ** where its "flanking" rules allow, and Chinese punctuation is
// punctuation to them, so 推进**“一网通办”**改革 stays literal asterisks. Raw inline HTML is part of
// CommonMark and GFM and has no such rule; the text inside is still Markdown, escaped as everywhere.
import {
  citationOf,
  reportDate,
  codePathsOf,
  headingLevels,
  passagesOfCode,
  reportTitle,
  type ReportArticle,
  type ReportModel,
} from './report-model';
import { paragraphRuns } from './text-runs';
import { defineExporter } from './exporter';

/** Text → Markdown text that renders as itself. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|~<>&^=])/g, '\\$1');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * A note as Markdown inline text that keeps its line breaks: CommonMark hard breaks (a backslash at
 * the end of a line), each further line indented by `indent` (four spaces keep a footnote's lines in
 * the footnote). Blank lines are dropped: they would end the paragraph the note sits in.
 */
function noteMarkdown(note: string, indent = ''): string {
  return note
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(escapeMarkdown)
    .join(`\\\n${indent}`);
}

/** The article's tags as one line under its title, or '' when it has none. */
function tagsMarkdown(tags: readonly string[]): string {
  return tags.length ? `标签：${tags.map(escapeMarkdown).join('、')}` : '';
}

function articleMarkdown(article: ReportArticle, model: ReportModel, footnotes: string[]): string {
  const meta = [article.source, reportDate(article.date), article.docNumber, article.places.join('、'), article.fileName].filter(
    Boolean,
  ) as string[];
  const levels = headingLevels(article);
  const body = paragraphRuns(article.cleanText, article.passages).map((runs, index) =>
    // A section heading: ### for level 1, one under the article's ## title.
    (levels[index] ? `${'#'.repeat(Math.min(levels[index] + 2, 6))} ` : '') +
    runs
      .map((run) => {
        const textMd = escapeMarkdown(run.text);
        let out = run.passages.length && run.text.trim() ? `<strong>${textMd}</strong>` : textMd;
        for (const passage of run.ending) {
          if (!passage.note) continue;
          const codesMd = escapeMarkdown(codePathsOf(model, passage).join('；'));
          if (model.options.notes === 'inline') out += `（注：${noteMarkdown(passage.note)}）`;
          else {
            const noteMd = noteMarkdown(passage.note, '    ');
            footnotes.push(`[^${footnotes.length + 1}]: ${noteMd}${codesMd ? `（${codesMd}）` : ''}`);
            out += `[^${footnotes.length}]`;
          }
        }
        return out;
      })
      .join(''),
  );
  const parts = [
    `## ${escapeMarkdown(article.title)}`,
    `*${meta.map(escapeMarkdown).join(' · ')}*`,
    tagsMarkdown(article.tags),
    ...body,
  ].filter(Boolean);
  if (article.note)
    parts.push('### 文献笔记', ...article.note.split('\n').map((l) => `> ${escapeMarkdown(l)}`));
  return parts.join('\n\n');
}

function byCodeMarkdown(model: ReportModel): string {
  return model.reportedCodeIds
    .map((codeId) => {
      const code = model.codeById.get(codeId)!;
      const items = passagesOfCode(model, codeId);
      const heading = `${'#'.repeat(Math.min(2 + code.depth, 6))} ${escapeMarkdown(code.path)}（${items.length} 段）`;
      const quotes = items.map(({ article, passage }) => {
        const lines = [
          `> ${escapeMarkdown(oneLine(passage.exact))}`,
          '>',
          `> —— ${escapeMarkdown(citationOf(article))}`,
        ];
        if (passage.note) lines.push('', `注：${noteMarkdown(passage.note)}`);
        return lines.join('\n');
      });
      return [heading, ...(quotes.length ? quotes : ['（无编码段落）'])].join('\n\n');
    })
    .join('\n\n');
}

export function writeMarkdown(model: ReportModel): string {
  const footnotes: string[] = [];
  const byline = [model.options.author, model.generatedAt.slice(0, 10)].filter(Boolean).map(escapeMarkdown);
  const parts = [`# ${escapeMarkdown(reportTitle(model))}`, byline.join(' · ')];
  if (model.options.organise === 'code') parts.push(byCodeMarkdown(model));
  else parts.push(...model.articles.map((article) => articleMarkdown(article, model, footnotes)));
  if (model.options.includeMemos && model.memos.length) {
    parts.push('## 项目备忘');
    for (const memo of model.memos)
      parts.push(
        `### ${escapeMarkdown(memo.title || '备忘')}`,
        memo.body
          .split('\n')
          .map((l) => `> ${escapeMarkdown(l)}`)
          .join('\n'),
      );
  }
  if (footnotes.length) parts.push(footnotes.join('\n'));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

export const markdownExporter = defineExporter('md', (model, out) => out.file(writeMarkdown(model)));
