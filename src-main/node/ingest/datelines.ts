// The dateline that opens a news story: "中新网衢州12月29日电(记者 张斌)", "浙江在线09月18日讯": it
// names the outlet, often the place, and a month and day without a year.

import { DATELINE } from './line-shapes';
import { monthDayDate, type ParsedDate } from './parse-date';
import { parseNameList } from './person-names';

export interface Dateline {
  date: ParsedDate;
  agency: string | null;
  place: string | null;
  credit: string | null;
}

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

export function readDateline(text: string | null): Dateline | null {
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
