// Titles as a reader takes them from a page: without the site's name around them ("…-新华网",
// "…_中国政府网", "… | 人民网", "…—中国科普网") and without the buttons that templates put next to the
// headline ("播报文章", "字号：大 中 小"). Site names are recognised by what the page says about
// itself (og:site_name, SiteName), never by a list of sites.

import { compactText } from './line-shapes';

// Separators between a title and the site's or channel's name. "——" (a subtitle dash) is not one.
const SEPARATOR = /\s*(?:_|\||｜|(?<!—)—(?!—)|--|－{1,2}|\s-\s|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*/;
const MIN_TITLE_CHARS = 4;

// Button and tool text templates place right after a headline.
const STUCK_BUTTONS =
  /(?:\s*[【[]?\s*(?:播报文章|语音播报|字号\s*[:：]?\s*大\s*中\s*小|字体\s*[:：]?\s*大\s*中\s*小|打印本页|打印|关闭窗口|分享到|收藏本文)\s*[】\]]?)+\s*$/;

/** The title without button text stuck to its end. */
export function withoutButtons(title: string): string {
  const cleaned = title.replace(STUCK_BUTTONS, '').trim();
  return cleaned.length >= MIN_TITLE_CHARS ? cleaned : title.trim();
}

/** The parts of a <title> between separators. */
export function titleParts(documentTitle: string): string[] {
  return documentTitle
    .split(SEPARATOR)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
}

/**
 * The site's name as the <title> gives it around the headline: "衢州新闻网 | 标题" or "标题--浙江频道--
 * 人民网" name the site at the far end from the headline. Null when the title does not hold it.
 */
export function siteNameAround(documentTitle: string | null, headline: string | null): string | null {
  if (!documentTitle || !headline) return null;
  const parts = titleParts(documentTitle);
  const key = compactText(headline);
  const at = parts.findIndex((part) => compactText(part) === key);
  if (at === -1 || parts.length < 2) return null;
  const site = at === 0 ? parts.at(-1) : parts[0];
  return site && site.length >= 2 && site.length <= 20 ? site : null;
}

function isSiteName(segment: string, siteNames: readonly string[]): boolean {
  const key = compactText(segment);
  return siteNames.some((name) => {
    const site = compactText(name);
    // "新华网", "新华网浙江频道": the name itself, or the name with a channel after it.
    return site.length > 0 && (site.includes(key) || (key.includes(site) && key.length <= site.length + 6));
  });
}

/**
 * The article's part of a <title> such as "衢州新材料产业园开园_苏州日报" or "新华网 | 标题": the
 * parts naming the site (as the page names itself) are dropped, and of the rest the first that is
 * long enough to be a headline is kept. A title without separators is returned whole.
 */
export function titleFromDocumentTitle(
  documentTitle: string | null,
  siteNames: readonly (string | null)[] = [],
): string | null {
  if (!documentTitle) return null;
  const names = siteNames.filter((name): name is string => Boolean(name && name.trim()));
  const own = titleParts(documentTitle).filter((segment) => !isSiteName(segment, names));
  const first = own.find((segment) => segment.length >= MIN_TITLE_CHARS);
  return first ?? documentTitle.trim();
}
