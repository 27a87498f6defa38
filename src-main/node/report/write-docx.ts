// The report as a Word document (the `docx` package): a table of contents with page numbers,
// headings, highlighted runs tinted as in the app, notes as footnotes, comments or inline text.
//
// Every paragraph is set by a Geometry (docx-layout.ts) and poured through a PageFlow as it is made,
// so the contents can carry each heading's page without Word updating its fields (docx-toc.ts).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  UnderlineType,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { tintOnWhite } from '../../common/model/highlight-tint';
import {
  GEOMETRY,
  LATIN_FONT,
  MARGIN_PT,
  PageFlow,
  pageGeometry,
  TOC_NUMBER_RESERVE,
  tocGeometry,
  type Geometry,
} from './docx-layout';
import { spliceToc, TOC_PLACEHOLDER, tocXml, type TocEntry } from './docx-toc';
import { safeColor, stripInvalidXmlChars } from './escape';
import { defineExporter } from './exporter';
import {
  citationOf,
  codePathsOf,
  headingLevels,
  passagesOfCode,
  reportCounts,
  reportDate,
  reportTitle,
  type ReportArticle,
  type ReportModel,
  type ReportPassage,
} from './report-model';
import { paragraphRuns } from './text-runs';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

/** Headings down to this level are listed in the contents. */
const TOC_LEVELS = 3;

type Footnotes = Record<number, { children: Paragraph[] }>;

/** A paragraph of the document with what the page flow measures of it. */
interface Block {
  /** null for what takes room without being a body paragraph: a footnote's text. */
  paragraph: Paragraph | null;
  geometry: Geometry;
  /** The text as laid out (what takes room on the line). */
  text: string;
  /** For a heading listed in the contents. */
  toc?: { level: number; bookmark: string; text: string };
}

/** What is being written: the model, and the notes gathered along the way. */
interface DocxBuild {
  model: ReportModel;
  footnotes: Footnotes;
  comments: ICommentOptions[];
  /** The body, in order. */
  blocks: Block[];
  nextBookmark: number;
}

/**
 * Every run of text: `docx` escapes markup itself but keeps the characters XML cannot hold (a lone
 * surrogate, a control character), which make Word refuse the file; the one escaper drops them.
 */
function textRun(options: IRunOptions & { text: string }): TextRun {
  return new TextRun({ ...options, text: stripInvalidXmlChars(options.text) });
}

/** Word wants colours as RRGGBB without '#'. */
const wordColor = (color: string) => safeColor(color).slice(1).toUpperCase();

/**
 * A run of highlighted text, as the app shows it: the outermost highlight's colour as the light tint
 * behind the text (the app's and the PDF's tint, laid over white); the innermost of any highlights
 * nested in it as a thick underline in its own colour; a third, between them, as a border in its
 * colour. Word has one shading, one underline and one border a run, so a fourth nested code shows
 * only in its note.
 */
export function highlightRunOptions(
  text: string,
  colors: readonly string[],
  size: number,
): IRunOptions & { text: string } {
  const [outer, ...inner] = colors;
  const options: { -readonly [K in keyof IRunOptions]: IRunOptions[K] } & { text: string } = {
    text,
    size: size * 2,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: wordColor(tintOnWhite(safeColor(outer ?? ''))) },
  };
  if (inner.length > 0)
    options.underline = { type: UnderlineType.THICK, color: wordColor(inner[inner.length - 1]!) };
  if (inner.length > 1)
    options.border = { style: BorderStyle.SINGLE, size: 8, space: 0, color: wordColor(inner[0]!) };
  return options;
}

const grey = (text: string, size: number) => textRun({ text, color: '57606A', size: size * 2 });
const plain = (text: string, size: number) => textRun({ text, size: size * 2 });

function paragraphOf(
  geometry: Geometry,
  children: ParagraphChild[],
  extra: { heading?: number } = {},
): Paragraph {
  return new Paragraph({
    children,
    spacing: {
      line: geometry.line * 20,
      lineRule: LineRuleType.EXACT,
      before: geometry.before * 20,
      after: geometry.after * 20,
    },
    indent: { left: geometry.indent * 20 },
    keepNext: geometry.keepNext ?? false,
    // No extra space between Chinese and Latin letters or digits: the page estimate counts none.
    autoSpaceEastAsianText: false,
    pageBreakBefore: geometry.pageBreakBefore ?? false,
    ...(extra.heading !== undefined ? { heading: HEADINGS[extra.heading - 1] } : {}),
  });
}

function push(build: DocxBuild, geometry: Geometry, text: string, children: ParagraphChild[]): void {
  build.blocks.push({ paragraph: paragraphOf(geometry, children), geometry, text });
}

/** A heading at `level` (1-4), bookmarked and listed in the contents down to TOC_LEVELS. */
function heading(build: DocxBuild, level: number, text: string, lead: ParagraphChild[] = []): void {
  const geometry = GEOMETRY.headings[Math.min(level, 4) - 1]!;
  const run = textRun({ text, bold: true, size: geometry.size * 2 });
  if (level > TOC_LEVELS) {
    build.blocks.push({
      paragraph: paragraphOf(geometry, [...lead, run], { heading: level }),
      geometry,
      text,
    });
    return;
  }
  const bookmark = `_Toc${String(++build.nextBookmark).padStart(6, '0')}`;
  build.blocks.push({
    paragraph: paragraphOf(geometry, [...lead, new Bookmark({ id: bookmark, children: [run] })], {
      heading: level,
    }),
    geometry,
    text,
    toc: { level, bookmark, text: text.trim() },
  });
}

/**
 * Where a passage's note goes, by the notes option: a footnote reference (its text measured where it
 * is referenced), a comment over the passage, or the note in brackets after it.
 */
function noteRuns(build: DocxBuild, passage: ReportPassage, size: number): ParagraphChild[] {
  const { model } = build;
  if (!passage.note) return [];
  const codes = codePathsOf(model, passage).join('；');
  switch (model.options.notes) {
    case 'inline':
      return [textRun({ text: `（注：${passage.note}）`, italics: true, color: '6E4B00', size: size * 2 })];
    case 'comments':
      return [
        new CommentRangeEnd(passage.highlightId),
        new TextRun({ children: [new CommentReference(passage.highlightId)] }),
      ];
    case 'footnotes': {
      const id = Object.keys(build.footnotes).length + 1;
      const footnote = GEOMETRY.footnote;
      build.footnotes[id] = {
        children: [
          paragraphOf(footnote, [
            plain(passage.note, footnote.size),
            ...(codes ? [grey(`（${codes}）`, footnote.size)] : []),
          ]),
        ],
      };
      return [new FootnoteReferenceRun(id)];
    }
  }
}

/** In comments mode, opens the comment on a passage with a note where the passage begins. */
function commentStart(build: DocxBuild, passage: ReportPassage): ParagraphChild[] {
  const { model } = build;
  if (model.options.notes !== 'comments' || !passage.note) return [];
  const codes = codePathsOf(model, passage).join('；');
  build.comments.push({
    id: passage.highlightId,
    author: stripInvalidXmlChars(model.options.author || '智研'),
    initials: '智研',
    date: new Date(model.generatedAt),
    children: [
      new Paragraph({
        children: [textRun({ text: passage.note }), ...(codes ? [grey(`（${codes}）`, 9)] : [])],
      }),
    ],
  });
  return [new CommentRangeStart(passage.highlightId)];
}

/** The footnotes a paragraph referenced, as the page flow measures them (on the paragraph's page). */
function footnoteText(build: DocxBuild, passages: readonly ReportPassage[]): string[] {
  if (build.model.options.notes !== 'footnotes') return [];
  return passages.filter((p) => p.note).map((p) => `${p.note}（${codePathsOf(build.model, p).join('；')}）`);
}

function articleBlocks(build: DocxBuild, article: ReportArticle): void {
  const { model } = build;
  const meta = [
    article.source,
    reportDate(article.date),
    article.docNumber,
    article.places.join('、'),
    article.fileName,
  ]
    .filter(Boolean)
    .join(' · ');
  heading(build, 1, article.title);
  push(build, GEOMETRY.meta, meta, [grey(meta, GEOMETRY.meta.size)]);
  const body = GEOMETRY.body;
  const started = new Set<number>();
  const levels = headingLevels(article);
  for (const [index, runs] of paragraphRuns(article.cleanText, article.passages).entries()) {
    const children: ParagraphChild[] = [];
    let text = '';
    const noted: ReportPassage[] = [];
    for (const run of runs) {
      for (const passage of run.passages)
        if (!started.has(passage.highlightId)) {
          started.add(passage.highlightId);
          children.push(...commentStart(build, passage));
        }
      if (run.text) {
        children.push(
          run.passages.length > 0
            ? textRun(
                highlightRunOptions(
                  run.text,
                  run.passages.map((p) => p.color),
                  body.size,
                ),
              )
            : plain(run.text, body.size),
        );
        text += run.text;
      }
      for (const passage of run.ending) {
        children.push(...noteRuns(build, passage, body.size));
        if (passage.note && model.options.notes === 'inline') text += `（注：${passage.note}）`;
        noted.push(passage);
      }
    }
    // A section heading is a Word heading one level under the article's title (Heading 1); it is
    // not listed in the contents, which names the articles (or codes) a reader looks for.
    const level = levels[index];
    if (level) {
      const headingLevel = Math.min(level + 1, HEADINGS.length);
      const geometry = GEOMETRY.headings[headingLevel - 1]!;
      build.blocks.push({ paragraph: paragraphOf(geometry, children, { heading: headingLevel }), geometry, text });
    } else push(build, body, text, children);
    for (const note of footnoteText(build, noted))
      build.blocks.push({ paragraph: null, geometry: GEOMETRY.footnote, text: note });
  }
  if (article.note) {
    heading(build, 4, '文献笔记');
    for (const line of article.note.split('\n')) push(build, body, line, [plain(line, body.size)]);
  }
}

function byCodeBlocks(build: DocxBuild): void {
  const { model } = build;
  for (const codeId of model.reportedCodeIds) {
    const code = model.codeById.get(codeId)!;
    const items = passagesOfCode(model, codeId);
    const swatch = textRun({
      text: '\u3000',
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: wordColor(code.color) },
    });
    heading(
      build,
      Math.min(code.depth + 1, 4),
      `${code.path}（${items.length} 段）`,
      [swatch, textRun({ text: ' ' })],
    );
    for (const { article, passage } of items) {
      const quote = GEOMETRY.quote;
      // A passage across paragraphs is quoted as one: Word shows a line break in a run as a space.
      const exact = passage.exact.replace(/\s*\n\s*/g, ' ');
      const children: ParagraphChild[] = [
        ...commentStart(build, passage),
        textRun(highlightRunOptions(exact, [code.color], quote.size)),
        ...noteRuns(build, passage, quote.size),
      ];
      const inline = passage.note && model.options.notes === 'inline' ? `（注：${passage.note}）` : '';
      push(build, quote, exact + inline, children);
      for (const note of footnoteText(build, [passage]))
        build.blocks.push({ paragraph: null, geometry: GEOMETRY.footnote, text: note });
      const citation = `—— ${citationOf(article)}`;
      push(build, GEOMETRY.citation, citation, [grey(citation, GEOMETRY.citation.size)]);
    }
  }
}

function memoBlocks(build: DocxBuild): void {
  const { model } = build;
  if (!model.options.includeMemos || model.memos.length === 0) return;
  heading(build, 1, '项目备忘');
  for (const memo of model.memos) {
    heading(build, 2, memo.title || '备忘');
    for (const line of memo.body.split('\n'))
      push(build, GEOMETRY.body, line, [plain(line, GEOMETRY.body.size)]);
  }
}

export async function writeDocx(model: ReportModel): Promise<Uint8Array> {
  const build: DocxBuild = { model, footnotes: {}, comments: [], blocks: [], nextBookmark: 0 };
  if (model.options.organise === 'code') byCodeBlocks(build);
  else for (const article of model.articles) articleBlocks(build, article);
  memoBlocks(build);

  const title = reportTitle(model);
  const counts = reportCounts(model);
  const byline = [
    model.options.author,
    model.generatedAt.slice(0, 10),
    `${counts.articles} 篇文献 · ${counts.passages} 段编码段落`,
  ]
    .filter(Boolean)
    .join(' · ');
  const paper = pageGeometry(model.options.paper ?? 'a4');

  // The pages: the front matter first (title, byline, the contents without their numbers, which take
  // a fixed room at the right), then the body, each heading's page noted for the contents.
  const flow = new PageFlow(paper.textWidth, paper.textHeight);
  flow.add(GEOMETRY.title, title);
  flow.add(GEOMETRY.byline, byline);
  flow.add(GEOMETRY.tocHeading, '目录');
  const headings = build.blocks.filter((block) => block.toc);
  for (const block of headings) flow.add(tocGeometry(block.toc!.level), block.toc!.text, TOC_NUMBER_RESERVE);
  const entries: TocEntry[] = [];
  for (const block of build.blocks) {
    if (block.paragraph === null) {
      flow.addFootnote(block.text);
      continue;
    }
    const page = flow.add(block.geometry, block.text);
    if (block.toc) entries.push({ ...block.toc, page });
  }

  const doc = new Document({
    title: stripInvalidXmlChars(title),
    creator: stripInvalidXmlChars(model.options.author || '智研'),
    styles: {
      default: {
        document: { run: { font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: '宋体' }, size: 22 } },
      },
    },
    footnotes: build.footnotes,
    ...(build.comments.length > 0 ? { comments: { children: build.comments } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: paper.widthTw, height: paper.heightTw },
            margin: {
              top: MARGIN_PT * 20,
              bottom: MARGIN_PT * 20,
              left: MARGIN_PT * 20,
              right: MARGIN_PT * 20,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
        },
        children: [
          paragraphOf(GEOMETRY.title, [textRun({ text: title, bold: true, size: GEOMETRY.title.size * 2 })]),
          paragraphOf(GEOMETRY.byline, [grey(byline, GEOMETRY.byline.size)]),
          paragraphOf(GEOMETRY.tocHeading, [
            textRun({ text: '目录', bold: true, size: GEOMETRY.tocHeading.size * 2 }),
          ]),
          new Paragraph({ children: [new TextRun(TOC_PLACEHOLDER)] }),
          ...build.blocks.flatMap((block) => (block.paragraph ? [block.paragraph] : [])),
        ],
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const documentXml = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(
    spliceToc(documentXml, tocXml(entries, `1-${TOC_LEVELS}`, Math.round(paper.textWidth * 20))),
  );
  return zipSync(files);
}

export const docxExporter = defineExporter('docx', async (model, out) => out.file(await writeDocx(model)));
