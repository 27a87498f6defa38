// Date, source, author, document number and places from what the page says about itself. Order
// of trust: what the file format states (front matter, <meta>, JSON-LD), then labelled header
// lines ("发布时间:", "发布机构:", "本文转自:", "来源:") and bylines near the title, then the
// dateline that opens the story ("中新网衢州12月29日电(记者 张斌)"), then lines and credits after
// the text ("来源：衢州日报", "(吴新波)"). Nothing is guessed from the article's prose.

import { readDateline, type Dateline } from './datelines';
import {
  bylineNames,
  docNumberOf,
  firstField,
  labelledFields,
  reporterOutlet,
  type Fields,
} from './header-fields';
import type { ArticleMetadata, ArticleParts, MetadataHints } from './ingest-types';
import { stripHeading } from './line-shapes';
import { anchorMonthDay, parseDate, parseFullDate, parseStatedDate, type ParsedDate } from './parse-date';
import { parseNameList, trailingCredit } from './person-names';

export type { ArticleMetadata } from './ingest-types';

// Portals put buttons right after the source name ("来源：中国新闻网 举报"), and page text keeps them.
function withoutPageButtons(source: string | null | undefined): string | null {
  const cleaned = source?.replace(/(\s*(举报|分享|收藏|打印|纠错|字号|关闭))+\s*$/, '').trim();
  return cleaned ? cleaned : null;
}

// Labels of the publication date, strongest first: a disclosure header's 成文日期 (when the
// document was signed) only when the page gives no publication date.
const DATE_LABELS = [
  '发布时间',
  '发布日期',
  '发表时间',
  '發布時間',
  '發佈時間',
  '發布日期',
  '發佈日期',
  '日期',
  '时间',
  '時間',
  '成文日期',
];
const SOURCE_LABELS = [
  '发布机构',
  '发文机关',
  '本文转自',
  '转自',
  '来源',
  '來源',
  '文章来源',
  '信息来源',
  '发布者',
];

function headerDate(fields: Fields, headerLines: readonly string[]): ParsedDate | null {
  const labelled = firstField(fields, ...DATE_LABELS);
  const fromLabel = labelled ? parseDate(labelled) : null;
  if (fromLabel) return fromLabel;
  for (const line of headerLines) {
    const parsed = parseFullDate(line);
    if (parsed) return parsed;
  }
  return null;
}

/**
 * The page's own date beats the day in its story's dateline ("新华社上海11月30日电" on a page of
 * 2023-12-01), except on a reprint (an aggregator's "本文转自"): there the header date is when the
 * copy was made, and the dateline's day, given its year by that date, is the story's.
 */
function chooseDate(
  stated: ParsedDate | null,
  dateline: Dateline | null,
  reprint: boolean,
): ParsedDate | null {
  if (!dateline) return stated;
  if (!stated) return dateline.date;
  if (stated.precision !== 'day') return dateline.date;
  return reprint ? (anchorMonthDay(dateline.date, stated) ?? stated) : stated;
}

function isReprint(fields: Fields, headerLines: readonly string[]): boolean {
  return firstField(fields, '本文转自', '转自') !== null || headerLines.some((line) => /快照/.test(line));
}

export function extractMetadata(parts: ArticleParts, hints: MetadataHints): ArticleMetadata {
  const fields = labelledFields(parts.headerLines);
  const footer = labelledFields(parts.footerLines);
  const dateline = readDateline(parts.dateline);
  const byline = bylineNames(parts.headerLines);
  // A date the format states (front matter, <meta>) is the page's own and final.
  const formatDate = hints.dateText ? parseStatedDate(hints.dateText) : null;
  // A labelled date after the text ("发布时间：…" under some government pages) comes last; a bare
  // date there belongs to a related link and is never read.
  const date =
    formatDate ??
    chooseDate(headerDate(fields, parts.headerLines), dateline, isReprint(fields, parts.headerLines)) ??
    headerDate(footer, []);

  const lastLine = stripHeading(parts.bodyLines[parts.bodyLines.length - 1] ?? '');
  const credit = trailingCredit(parts.creditLine ?? lastLine);
  const creditInText =
    parts.byline ?? dateline?.credit ?? credit.names ?? parseNameList(firstField(fields, '作者') ?? '');
  // Blog-style front matter puts the platform the page came from in "author" ("趣头条"); when the
  // text names its own writers, or the same name is one of the post's categories, it is the source.
  const hintAuthorIsPlatform =
    hints.author !== null && (creditInText !== null || (hints.categories ?? []).includes(hints.author));
  const author =
    creditInText ??
    (hintAuthorIsPlatform ? null : hints.author) ??
    firstField(fields, '作者') ??
    byline.author;

  const source = withoutPageButtons(
    firstField(fields, '发布机构', '发文机关') ??
      hints.source ??
      firstField(fields, ...SOURCE_LABELS) ??
      firstField(footer, '来源', '來源', '稿件来源', '文章来源', '信息来源') ??
      dateline?.agency ??
      reporterOutlet([...parts.headerLines, parts.dateline]) ??
      byline.publisher ??
      credit.source ??
      (hintAuthorIsPlatform ? hints.author : null) ??
      hints.siteName,
  );

  return {
    date: date?.date ?? null,
    datePrecision: date?.precision ?? 'none',
    source: source ?? null,
    author: author ?? null,
    places: dateline?.place ? [dateline.place] : [],
    url: hints.url,
    docNumber: docNumberOf(fields, parts.headerLines),
  };
}
