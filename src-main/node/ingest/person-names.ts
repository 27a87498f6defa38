// Reporter and author names as Chinese pages write them: "记者 张斌", "徐颖之 章卫平 王继红",
// "（作者 尹梦琪 饶迅）", "(吴新波)". Only lists made entirely of plausible names are accepted, so a
// bracketed remark such as "(年终特稿)" is never taken for an author.

// Role words before names. Multi-character roles may be glued to the name ("记者张斌"); the
// one-character ones (文, 图, 摄) only count as separate tokens, since they also occur inside names.
const GLUED_ROLE =
  /^(全媒体记者|本报记者|特约记者|见习记者|首席记者|实习生|通讯员|记者|作者|撰文|摄影|编辑|责编)/;
const ROLE_TOKEN = /^(文|图|摄|文\/图|报道)$/;

// 2-4 ideographs, or a transliterated name with a middle dot (阿卜杜·热合曼).
const PERSON_NAME = /^([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,6})$/;

/** Names separated by single spaces, or null when the text is not a list of names. */
export function parseNameList(text: string, maxNames = 8): string | null {
  const names = text
    .split(/[\s\u3000、,，:：/／]+/)
    .map((token) => token.replace(GLUED_ROLE, ''))
    .filter((token) => token.length > 0 && !ROLE_TOKEN.test(token));
  if (names.length === 0 || names.length > maxNames) return null;
  return names.every((name) => PERSON_NAME.test(name)) ? names.join(' ') : null;
}

/** "徐颖之 章卫平 王继红 周毅辉" or "本报记者 张三": a reporters' line under a newspaper headline. */
export function parseBylineLine(line: string): string | null {
  const hasRole = /^(全媒体记者|本报记者|特约记者|记者|通讯员|作者|文)[\s:：]/.test(line);
  const names = parseNameList(line);
  if (!names) return null;
  // One bare name could be a short caption ("华友园区"); several names or a role word could not.
  return hasRole || names.includes(' ') ? names : null;
}

const TRAILING_CREDIT = /[（(]\s*([^（()）]{2,40})\s*[)）]\s*$/;
const CREDIT_SOURCE = /(?:来源|稿源)\s*[:：]\s*([^\s\u3000]+)/;

export interface Credit {
  names: string | null;
  source: string | null;
}

/** The credit in brackets at the end of an article's last paragraph: "(吴新波)", "（来源：某报 记者 某某）". */
export function trailingCredit(line: string): Credit {
  const inner = TRAILING_CREDIT.exec(line)?.[1];
  if (!inner) return { names: null, source: null };
  const source = CREDIT_SOURCE.exec(inner)?.[1] ?? null;
  const rest = source === null ? inner : inner.replace(CREDIT_SOURCE, ' ');
  return { names: parseNameList(rest), source };
}
