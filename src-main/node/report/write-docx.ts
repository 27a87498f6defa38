// The report as a Word document (the `docx` package): a table of contents, headings, highlighted
// runs shaded in their code's colour, notes as real footnotes (or inline after the passage).
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  TableOfContents,
  TextRun,
  type IRunOptions,
} from 'docx';
import { safeColor, stripInvalidXmlChars } from './escape';
import {
  citationOf,
  reportDate,
  codePathsOf,
  headingLevels,
  passagesOfCode,
  reportTitle,
  type ReportArticle,
  type ReportModel,
  type ReportPassage,
} from './report-model';
import { paragraphRuns } from './text-runs';
import { defineExporter } from './exporter';

type Footnotes = Record<number, { children: Paragraph[] }>;

/**
 * Every run of text: `docx` escapes markup itself but keeps the characters XML cannot hold (a lone
 * surrogate, a control character), which make Word refuse the file; the one escaper drops them.
 */
function textRun(options: string | IRunOptions): TextRun {
  if (typeof options === 'string') return new TextRun(stripInvalidXmlChars(options));
  return new TextRun(
    options.text === undefined ? options : { ...options, text: stripInvalidXmlChars(options.text) },
  );
}

/** Word wants the fill as RRGGBB without '#'. */
const fillOf = (color: string) => safeColor(color).slice(1).toUpperCase();

const shaded = (text: string, color: string, extra: IRunOptions = {}) =>
  textRun({ ...extra, text, shading: { type: ShadingType.CLEAR, color: 'auto', fill: fillOf(color) } });

const grey = (text: string) => textRun({ text, color: '57606A', size: 18 });

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

/** Either a footnote reference (footnotes) or the note in brackets (inline). */
function noteRuns(model: ReportModel, passage: ReportPassage, footnotes: Footnotes): TextRun[] {
  if (!passage.note) return [];
  const codes = codePathsOf(model, passage).join('；');
  if (model.options.notes === 'inline')
    return [textRun({ text: `（注：${passage.note}）`, italics: true, color: '6E4B00' })];
  const id = Object.keys(footnotes).length + 1;
  footnotes[id] = {
    children: [
      new Paragraph({ children: [textRun(passage.note), ...(codes ? [grey(`（${codes}）`)] : [])] }),
    ],
  };
  return [new FootnoteReferenceRun(id)];
}

function articleParagraphs(article: ReportArticle, model: ReportModel, footnotes: Footnotes): Paragraph[] {
  const meta = [article.source, reportDate(article.date), article.docNumber, article.places.join('、'), article.fileName].filter(
    Boolean,
  ) as string[];
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(article.title)] }),
    new Paragraph({ children: [grey(meta.join(' · '))] }),
  ];
  const levels = headingLevels(article);
  for (const [index, runs] of paragraphRuns(article.cleanText, article.passages).entries()) {
    const children: (TextRun | FootnoteReferenceRun)[] = [];
    for (const run of runs) {
      if (run.text) {
        const top = run.passages[run.passages.length - 1];
        children.push(
          top
            ? shaded(run.text, top.color, run.passages.length > 1 ? { underline: {} } : {})
            : textRun(run.text),
        );
      }
      for (const passage of run.ending) children.push(...noteRuns(model, passage, footnotes));
    }
    // A section heading is a Word heading one level under the article's title (Heading 1).
    const level = levels[index];
    out.push(
      level
        ? new Paragraph({ heading: HEADINGS[Math.min(level, HEADINGS.length - 1)], children })
        : new Paragraph({ children, spacing: { after: 120 } }),
    );
  }
  if (article.note) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [textRun('文献笔记')] }));
    for (const line of article.note.split('\n')) out.push(new Paragraph({ children: [textRun(line)] }));
  }
  return out;
}

function byCodeParagraphs(model: ReportModel, footnotes: Footnotes): Paragraph[] {
  const out: Paragraph[] = [];
  for (const codeId of model.reportedCodeIds) {
    const code = model.codeById.get(codeId)!;
    const items = passagesOfCode(model, codeId);
    out.push(
      new Paragraph({
        heading: HEADINGS[Math.min(code.depth, HEADINGS.length - 1)],
        children: [shaded('  ', code.color), textRun(` ${code.path}（${items.length} 段）`)],
      }),
    );
    for (const { article, passage } of items) {
      out.push(
        new Paragraph({
          indent: { left: 360 },
          spacing: { before: 120 },
          children: [shaded(passage.exact, code.color), ...noteRuns(model, passage, footnotes)],
        }),
        new Paragraph({ indent: { left: 360 }, children: [grey(`—— ${citationOf(article)}`)] }),
      );
    }
  }
  return out;
}

export async function writeDocx(model: ReportModel): Promise<Uint8Array> {
  const footnotes: Footnotes = {};
  const title = reportTitle(model);
  const byline = [model.options.author, model.generatedAt.slice(0, 10)].filter(Boolean).join(' · ');
  const body =
    model.options.organise === 'code'
      ? byCodeParagraphs(model, footnotes)
      : model.articles.flatMap((article) => articleParagraphs(article, model, footnotes));
  const memos: Paragraph[] = [];
  if (model.options.includeMemos && model.memos.length) {
    memos.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun('项目备忘')] }));
    for (const memo of model.memos) {
      memos.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun(memo.title || '备忘')] }),
      );
      for (const line of memo.body.split('\n')) memos.push(new Paragraph({ children: [textRun(line)] }));
    }
  }
  const doc = new Document({
    title: stripInvalidXmlChars(title),
    creator: stripInvalidXmlChars(model.options.author || '智研'),
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '宋体' }, size: 22 } },
      },
    },
    footnotes,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [textRun(title)] }),
          new Paragraph({
            children: [
              grey(
                `${byline}${byline ? ' · ' : ''}${model.articles.length} 篇文献 · ${model.passageCount} 段编码段落`,
              ),
            ],
          }),
          new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-3' }),
          ...body,
          ...memos,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const docxExporter = defineExporter('docx', async (model, out) => out.file(await writeDocx(model)));
