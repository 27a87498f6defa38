// Date, source, author and places from what the page says about itself. Order of trust:
// what the file format states (front matter, <meta>), then labelled header lines ("发布时间:",
// "本文转自:", "来源:"), then the dateline that opens the story ("中新网衢州12月29日电(记者 张斌)"),
// then credits at the end ("(吴新波)"). Nothing is guessed from the article's prose.

import { DATELINE } from './line-shapes';
import { anchorMonthDay, monthDayDate, parseDate, parseFullDate, type ParsedDate } from './parse-date';
import { parseNameList, trailingCredit } from './person-names';
import type { ArticleMetadata, ArticleParts, MetadataHints } from './ingest-types';

export type { ArticleMetadata } from './ingest-types';

// Portals put buttons right after the source name ("来源：中国新闻网 举报"), and page text keeps them.
function withoutPageButtons(source: string | null | undefined): string | null {
  const cleaned = source?.replace(/(\s*(举报|分享|收藏|打印|纠错|字号|关闭))+\s*$/, '').trim();
  return cleaned ? cleaned : null;
}

const FIELD_LABELS =
  '发布时间|发布日期|发表时间|發布時間|發佈時間|时间|時間|日期|来源|來源|文章来源|信息来源|作者|发布者|编辑|责任编辑|点击率|点击数|浏览次数|阅读次数|类别|栏目|本文转自|转自|原标题';
// A value runs to the next label, a wide space or two spaces, or the end of the line.
const LABELLED_FIELD = new RegExp(
  `(${FIELD_LABELS})\\s*[:：]\\s*(.*?)(?=\\s*(?:${FIELD_LABELS})\\s*[:：]|\\u3000|\\s{2,}|$)`,
  'g',
);

// News agencies and portals that open datelines; what follows the name is the place ("中新网衢州").
const AGENCIES = [
  '新华社',
  '新华网',
  '中新社',
  '中新网',
  '人民网',
  '央视网',
  '央广网',
  '国际在线',
  '中国日报网',
  '光明网',
  '澎湃新闻',
  '浙江在线',
  '中安在线',
  '大江网',
  '川观新闻',
  '南方网',
  '东方网',
  '红网',
  '华龙网',
  '大众网',
];

function labelledFields(lines: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of lines) {
    for (const match of line.matchAll(LABELLED_FIELD)) {
      const label = match[1] ?? '';
      const value = (match[2] ?? '').trim();
      if (value && !fields.has(label)) fields.set(label, value);
    }
  }
  return fields;
}

function firstField(fields: Map<string, string>, ...labels: string[]): string | null {
  for (const label of labels) {
    const value = fields.get(label);
    if (value) return value;
  }
  return null;
}

interface Dateline {
  date: ParsedDate;
  agency: string | null;
  place: string | null;
  credit: string | null;
}

function readDateline(text: string | null): Dateline | null {
  if (!text) return null;
  const match = DATELINE.exec(text);
  const date = match ? monthDayDate(Number(match[2]), Number(match[3])) : null;
  if (!match || !date) return null;
  const prefix = (match[1] ?? '').trim();
  const known = AGENCIES.find((name) => prefix.startsWith(name));
  // Unlisted outlets are recognised by their ending: "蜀南经济报宜宾" -> "蜀南经济报" + "宜宾".
  const shaped = known
    ? null
    : /^([\u4e00-\u9fa5]{1,8}?(?:网|在线|社|报))([\u4e00-\u9fa5]{2,4})?$/.exec(prefix);
  // A "讯" dateline names the outlet alone ("趣头条09月11日讯"); "电" adds a place we cannot split off.
  const wholeOutlet =
    !known && !shaped && match[4] === '讯' && /^[\u4e00-\u9fa5A-Za-z]{2,12}$/.test(prefix) ? prefix : null;
  const agency = known ?? shaped?.[1] ?? wholeOutlet;
  const remainder = known ? prefix.slice(known.length) : (shaped?.[2] ?? '');
  const place = /^[\u4e00-\u9fa5]{2,4}$/.test(remainder) ? remainder : null;
  const credit = match[5];
  return { date, agency, place, credit: credit ? parseNameList(credit) : null };
}

function headerDate(fields: Map<string, string>, headerLines: readonly string[]): ParsedDate | null {
  const labelled = firstField(
    fields,
    '发布时间',
    '发布日期',
    '发表时间',
    '發布時間',
    '發佈時間',
    '日期',
    '时间',
    '時間',
  );
  const fromLabel = labelled ? parseDate(labelled) : null;
  if (fromLabel) return fromLabel;
  for (const line of headerLines) {
    const parsed = parseFullDate(line);
    if (parsed) return parsed;
  }
  return null;
}

function chooseDate(stated: ParsedDate | null, dateline: Dateline | null): ParsedDate | null {
  if (!dateline) return stated;
  if (!stated) return dateline.date;
  if (stated.precision !== 'day') return dateline.date;
  // A reprint page dated the 30th carrying a story filed on the 29th: the story's date is the 29th.
  return anchorMonthDay(dateline.date, stated) ?? stated;
}

export function extractMetadata(parts: ArticleParts, hints: MetadataHints): ArticleMetadata {
  const fields = labelledFields(parts.headerLines);
  const dateline = readDateline(parts.dateline);
  // A date the format states (front matter, <meta>) is the page's own and final; a date in a header
  // line may belong to a reprint page, and the story's dateline refines it.
  const formatDate = hints.dateText ? parseFullDate(hints.dateText) : null;
  const date = formatDate ?? chooseDate(headerDate(fields, parts.headerLines), dateline);

  const lastLine = parts.bodyLines[parts.bodyLines.length - 1] ?? '';
  const credit = trailingCredit(parts.creditLine ?? lastLine);
  const creditInText =
    parts.byline ?? dateline?.credit ?? credit.names ?? parseNameList(firstField(fields, '作者') ?? '');
  // Blog-style front matter puts the platform the page came from in "author" ("趣头条"); when the
  // text names its own writers, or the same name is one of the post's categories, it is the source.
  const hintAuthorIsPlatform =
    hints.author !== null && (creditInText !== null || (hints.categories ?? []).includes(hints.author));
  const author = creditInText ?? (hintAuthorIsPlatform ? null : hints.author) ?? firstField(fields, '作者');

  const source = withoutPageButtons(
    hints.source ??
      firstField(fields, '本文转自', '转自', '来源', '來源', '文章来源', '信息来源', '发布者') ??
      dateline?.agency ??
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
  };
}
