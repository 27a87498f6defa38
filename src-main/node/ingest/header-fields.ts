// What the lines around a headline say about the article, read as a reader reads them: labelled
// fields ("发布时间：…", "来源：…", a disclosure header's "发布机构：…", "文号：…"), a document number
// standing under the title, and bylines that put names before a date ("原创 张晓 衢州发布
// 2024-05-20 18:30 发表于浙江", "央视新闻 2024-05-13 06:16发布于北京").

import { DISCLOSURE_LABELS, DOC_NUMBER } from './boilerplate';

const FIELD_LABELS = [
  // Disclosure headers first: "成文日期" must not be read as "日期", "发布机构" before "发布".
  '索引号|发布机构|发文机关|成文日期|发文字号|文号|主题分类|公开方式|有效性|信息分类',
  '发布时间|发布日期|发表时间|發布時間|發佈時間|發布日期|發佈日期|最後更新|更新时间|时间|時間|日期',
  '来源|來源|文章来源|信息来源|稿件来源|作者|发布者|编辑|责任编辑|审核|点击率|点击数|浏览次数|阅读次数',
  '类别|栏目|本文转自|转自|原标题',
].join('|');
// A value runs to the next label, a wide space or two spaces, or the end of the line.
const LABELLED_FIELD = new RegExp(
  `(${FIELD_LABELS})\\s*[:：]\\s*(.*?)(?=\\s*(?:${FIELD_LABELS})\\s*[:：]|\\u3000|\\s{2,}|$)`,
  'g',
);

export type Fields = Map<string, string>;

// A disclosure table copied out without colons: "索引号 0026…/2023-11111 发布机构 龙游县人民政府办公室".
const BARE_DISCLOSURE_FIELD = new RegExp(
  `(?:^|\\s)(${DISCLOSURE_LABELS})\\s+(\\S+?)(?=\\s+(?:${DISCLOSURE_LABELS})(?:\\s|$)|\\s*$)`,
  'g',
);

export function labelledFields(lines: readonly string[]): Fields {
  const fields: Fields = new Map();
  for (const line of lines) {
    const pattern = /[:：]/.test(line) ? LABELLED_FIELD : BARE_DISCLOSURE_FIELD;
    for (const match of line.matchAll(pattern)) {
      const label = match[1] ?? '';
      const value = (match[2] ?? '').trim();
      if (value && !fields.has(label)) fields.set(label, value);
    }
  }
  return fields;
}

export function firstField(fields: Fields, ...labels: string[]): string | null {
  for (const label of labels) {
    const value = fields.get(label);
    if (value) return value;
  }
  return null;
}

/** The document number (文号) a disclosure header or a line under the title states, or null. */
export function docNumberOf(fields: Fields, headerLines: readonly string[]): string | null {
  const labelled = firstField(fields, '文号', '发文字号');
  if (labelled) return (DOC_NUMBER.exec(labelled)?.[0] ?? labelled).replace(/\s+/g, '');
  const line = headerLines.find((text) => new RegExp(`^${DOC_NUMBER.source}$`).test(text.trim()));
  return line ? line.trim().replace(/\s+/g, '') : null;
}

// A full date in a byline, and the words around it that are not names.
const BYLINE_DATE = /\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?/;
const NOT_A_NAME = /^(原创|转载|作者|首发|独家|置顶|来自|发布于|发表于)$/;
const NAME_TOKEN = /^[\u4e00-\u9fa5A-Za-z·]{2,16}$/;

export interface BylineNames {
  /** The name nearest the date: the account or outlet that published ("衢州发布", "央视新闻"). */
  publisher: string | null;
  /** A name before it: the writer ("原创 张晓 衢州发布 …"). */
  author: string | null;
}

/** Names standing before the date on an unlabelled byline line. */
export function bylineNames(headerLines: readonly string[]): BylineNames {
  for (const line of headerLines) {
    const date = BYLINE_DATE.exec(line);
    // A labelled line ("来源：…") is read by its labels, not as a byline.
    if (!date || /[:：]/.test(line.slice(0, date.index))) continue;
    const tokens = line
      .slice(0, date.index)
      .split(/[\s\u3000|｜]+/)
      .filter((token) => token !== '' && !NOT_A_NAME.test(token));
    if (tokens.length === 0 || tokens.length > 3 || !tokens.every((token) => NAME_TOKEN.test(token)))
      continue;
    return { publisher: tokens.at(-1) ?? null, author: tokens.length >= 2 ? (tokens.at(-2) ?? null) : null };
  }
  return { publisher: null, author: null };
}

// "中央社記者陳怡君新北15日電", "新京报记者 王五": the outlet a reporter writes for.
// A name glued to 记者, or a newspaper's name a space before it ("聯合報 記者王大明").
const REPORTER_OUTLET =
  /(?:^|[\s（(〔])([\u4e00-\u9fa5]{2,6}?|[\u4e00-\u9fa5]{1,6}(?:报|報|社|网|網|台|新闻|新聞))\s?(?:记者|記者)/;
const NOT_AN_OUTLET = /^(本报|本台|本刊|本网|特约|见习|實習|实习|首席|全媒体|融媒)/;

/** The outlet named before "记者" in a byline or an opening credit, or null. */
export function reporterOutlet(lines: readonly (string | null)[]): string | null {
  for (const line of lines) {
    const outlet = line ? REPORTER_OUTLET.exec(line)?.[1] : undefined;
    if (outlet && !NOT_AN_OUTLET.test(outlet)) return outlet;
  }
  return null;
}
