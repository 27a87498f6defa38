// The report as one self-contained HTML file: inline CSS, no scripts, no external resources, every
// piece of imported text escaped. The PDF is printed from this file and the preview shows it.
import { HIGHLIGHT_TINT, tint } from '../../common/model/highlight-tint';
import { escapeHtml, safeColor } from './escape';
import { pageCss, SANS_FONTS, SERIF_FONTS } from './report-fonts';
import {
  citationOf,
  reportCounts,
  reportDate,
  codePathsOf,
  headingLevels,
  passagesOfCode,
  reportTitle,
  type ReportArticle,
  type ReportModel,
  type ReportPassage,
} from './report-model';
import { paragraphRuns, type TextRun } from './text-runs';
import { defineExporter } from './exporter';

const CSS = `
body { font-family: ${SERIF_FONTS}, serif; color: #1f2328;
  max-width: 46em; margin: 2em auto; padding: 0 1.5em; line-height: 1.8; font-size: 15px; }
h1, h2, h3, .meta, .citation, .codes, .notes, .tags { font-family: ${SANS_FONTS}, sans-serif; }
h1 { font-size: 1.8em; margin-bottom: .2em; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
h3 { font-size: 1.1em; margin-top: 1.4em; }
.byline, .meta, .citation { color: #57606a; font-size: .88em; }
mark { color: inherit; padding: 0 .05em; border-radius: 2px; }
sup.fn { font-size: .7em; color: #0969da; }
.tags { font-size: .85em; color: #57606a; margin-top: .2em; }
.tag { display: inline-block; background: #eef2f6; border-radius: 3px; padding: 0 .4em; margin-right: .3em; }
/* A note keeps the line breaks its author typed. */
.inline-note, ol.notes li { white-space: pre-wrap; }
.inline-note { color: #6e4b00; background: #fff8e1; font-size: .9em; padding: 0 .3em; border-radius: 3px; }
ol.notes { font-size: .88em; color: #3d444d; border-top: 1px dashed #d0d7de; padding-top: .6em; }
blockquote { margin: 1em 0; padding: .4em .9em; border-left: 4px solid var(--code, #ffd54f); background: #f6f8fa; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em; vertical-align: baseline; }
.codes { font-size: .82em; color: #57606a; }
.article-note, .memo { white-space: pre-wrap; background: #f6f8fa; padding: .6em .9em; border-radius: 4px; }
.empty { color: #8c959f; }
@media print { body { margin: 0 auto; } h2 { break-after: avoid; } blockquote { break-inside: avoid; } }
`;

interface NoteRef {
  n: number;
  passage: ReportPassage;
}

function runHtml(run: TextRun, model: ReportModel, footnotes: Map<number, NoteRef>): string {
  const textHtml = escapeHtml(run.text);
  let out = textHtml;
  if (run.passages.length > 0) {
    const titleHtml = escapeHtml(run.passages.flatMap((p) => codePathsOf(model, p)).join('；'));
    out = `<mark style="${markStyle(run.passages.map((p) => p.color))}" title="${titleHtml}">${textHtml}</mark>`;
  }
  for (const passage of run.ending) {
    if (!passage.note) continue;
    if (model.options.notes === 'inline')
      out += ` <span class="inline-note">${escapeHtml(passage.note)}</span>`;
    else {
      const n = footnotes.size + 1;
      footnotes.set(passage.highlightId, { n, passage });
      out += `<sup class="fn">[${n}]</sup>`;
    }
  }
  return out;
}

/**
 * As the reader draws it: the outermost highlight's colour as the tint behind the text, and for each
 * highlight nested inside it an underline in that highlight's own colour, stacked downwards, so an
 * inner code stays visible in the text and not only in its footnote.
 */
export function markStyle(colors: readonly string[]): string {
  const [outer, ...inner] = colors.map((color) => safeColor(color));
  const background = `background:${tint(outer!, HIGHLIGHT_TINT)}`;
  if (inner.length === 0) return background;
  const lines = inner.map((color, i) => `inset 0 -${2 * (i + 1)}px 0 ${tint(color, 0.95)}`);
  return `${background};box-shadow:${lines.join(',')}`;
}

function articleHtml(article: ReportArticle, model: ReportModel): string {
  const footnotes = new Map<number, NoteRef>();
  const meta = [article.source, reportDate(article.date), article.docNumber, article.places.join('、'), article.fileName].filter(
    Boolean,
  );
  const levels = headingLevels(article);
  const bodyHtml = paragraphRuns(article.cleanText, article.passages)
    .map((runs, index) => {
      // A section heading: <h3> for level 1, one under the article's <h2> title.
      const tag = levels[index] ? `h${Math.min(levels[index] + 2, 6)}` : 'p';
      return `<${tag}>${runs.map((run) => runHtml(run, model, footnotes)).join('')}</${tag}>`;
    })
    .join('\n');
  const notesHtml = footnotes.size
    ? `<ol class="notes">${[...footnotes.values()]
        .map(({ passage }) => {
          const codesHtml = escapeHtml(codePathsOf(model, passage).join('；'));
          return `<li>${escapeHtml(passage.note)}${codesHtml ? ` <span class="codes">（${codesHtml}）</span>` : ''}</li>`;
        })
        .join('')}</ol>`
    : '';
  const articleNoteHtml = article.note
    ? `<h3>文献笔记</h3><div class="article-note">${escapeHtml(article.note)}</div>`
    : '';
  return `<section class="article"><h2>${escapeHtml(article.title)}</h2>
<div class="meta">${meta.map((m) => escapeHtml(m!)).join(' · ')}</div>
${tagsHtml(article.tags)}${bodyHtml}
${notesHtml}${articleNoteHtml}</section>`;
}

/** The article's tags under its title, or '' when it has none. */
function tagsHtml(tags: readonly string[]): string {
  if (tags.length === 0) return '';
  return `<div class="tags">标签：${tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join('')}</div>\n`;
}

function passageHtml(article: ReportArticle, passage: ReportPassage, color: string): string {
  const noteHtml = passage.note ? `<div class="inline-note">${escapeHtml(passage.note)}</div>` : '';
  const orphanHtml = passage.orphaned ? ' <span class="codes">（原文已改变，未能重新定位）</span>' : '';
  return `<blockquote style="--code:${safeColor(color)}"><div><mark style="${markStyle([color])}">${escapeHtml(passage.exact)}</mark></div>
<div class="citation">${escapeHtml(citationOf(article))}${orphanHtml}</div>${noteHtml}</blockquote>`;
}

function byCodeHtml(model: ReportModel): string {
  return model.reportedCodeIds
    .map((codeId) => {
      const code = model.codeById.get(codeId)!;
      const items = passagesOfCode(model, codeId);
      const listHtml = items.length
        ? items.map(({ article, passage }) => passageHtml(article, passage, code.color)).join('\n')
        : '<p class="empty">（无编码段落）</p>';
      const tag = code.depth === 0 ? 'h2' : 'h3';
      return `<section class="code"><${tag}><span class="swatch" style="background:${safeColor(code.color)}"></span>${escapeHtml(code.path)} <span class="codes">${items.length} 段</span></${tag}>\n${listHtml}</section>`;
    })
    .join('\n');
}

function memosHtml(model: ReportModel): string {
  if (!model.options.includeMemos || model.memos.length === 0) return '';
  return `<section class="memos"><h2>项目备忘</h2>${model.memos
    .map(
      (memo) =>
        `<h3>${escapeHtml(memo.title || '备忘')}</h3><div class="memo">${escapeHtml(memo.body)}</div>`,
    )
    .join('\n')}</section>`;
}

export function writeHtml(model: ReportModel): string {
  const titleHtml = escapeHtml(reportTitle(model));
  const byline = [model.options.author, model.generatedAt.slice(0, 10)].filter(Boolean);
  const counts = reportCounts(model);
  const summary = `${counts.articles} 篇文献 · ${counts.passages} 段编码段落`;
  const bodyHtml =
    model.options.organise === 'code'
      ? byCodeHtml(model)
      : model.articles.map((article) => articleHtml(article, model)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titleHtml}</title>
<style>${pageCss(model.options.paper)}${CSS}</style>
</head>
<body>
<header><h1>${titleHtml}</h1><div class="byline">${escapeHtml(byline.join(' · '))} · ${escapeHtml(summary)}</div></header>
${bodyHtml || '<p class="empty">（报告范围内没有文献）</p>'}
${memosHtml(model)}
</body>
</html>
`;
}

export const htmlExporter = defineExporter('html', (model, out) => out.file(writeHtml(model)));
