// Scoring helpers for the ingest-quality benchmark: how close an imported article is to the
// generator's truth. Kept apart from the runner so the rules of the score are easy to read.

export interface TruthRecord {
  file: string;
  layout: string;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  body: string;
  dupOf: string | null;
  bad: boolean;
}

/** Page furniture the generator (and the seeds) put around articles; none may survive cleaning. */
export const NOISE_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'http-error', pattern: /\d{3} Not Found|Forbidden|Bad Gateway/ },
  { name: 'server-signature', pattern: /^(ZJOL|nginx|Apache|openresty)\/[\d.]+/i },
  { name: 'weather', pattern: /-?\d+\s*[~～]\s*-?\d+\s*℃/ },
  { name: 'nav-bar', pattern: /首页\s*[|｜]|[|｜]\s*地方纵横|^\s*\S{1,6}(\s*[|｜]\s*\S{1,8}){3,}\s*$/ },
  { name: 'breadcrumb', pattern: /您当前的位置|当前位置\s*[:：]/ },
  { name: 'copy-title', pattern: /复制本文标题地址|发表评论|请您文明上网/ },
  { name: 'disclaimer', pattern: /免责声明|资讯信息快照|爬虫进行采集|快照生成时间|信息原文地址|disclaimer/i },
  { name: 'more-about', pattern: /更多关于.{0,12}的/ },
  { name: 'related-list', pattern: /^(相关新闻|相关链接|相关阅读|延伸阅读|推荐阅读)|^[·•]\s*\S|^\.\.\./ },
  { name: 'image-file', pattern: /^[\w.~-]+\.(png|jpe?g|gif|webp|bmp)$/i },
  { name: 'click-count', pattern: /点击率\s*[:：]|浏览次数\s*[:：]/ },
  { name: 'publisher-line', pattern: /^发布者\s*[:：]|^类别\s*[:：]|发布时间\s*[:：]/ },
  { name: 'reprinted-from', pattern: /^本文转自\s*[:：]/ },
  { name: 'language-switch', pattern: /^中文\s*[|｜]\s*EN/ },
  { name: 'subscription', pattern: /我的订阅|^关键词\s+范围/ },
  { name: 'footer', pattern: /版权所有|ICP备|Copyright/i },
  { name: 'script', pattern: /_hmt|document\.write|onerror=|<\/?[a-z]+[\s>]/i },
];

/** The first noise line of a clean text, with the rule that caught it. */
export function findNoise(text: string): { rule: string; line: string } | null {
  for (const line of text.split('\n')) {
    const hit = NOISE_PATTERNS.find(({ pattern }) => pattern.test(line.trim()));
    if (hit) return { rule: hit.name, line };
  }
  return null;
}

/** Character F1 on the multiset of non-space characters (order-insensitive, as the brief says). */
export function charF1(expected: string, got: string): number {
  const count = (text: string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const ch of text.replace(/\s/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    return counts;
  };
  const want = count(expected);
  const have = count(got);
  let common = 0;
  for (const [ch, n] of have) common += Math.min(n, want.get(ch) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const precision = total(have) === 0 ? 0 : common / total(have);
  const recall = total(want) === 0 ? 1 : common / total(want);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** The first line that differs between two texts, for a readable "expected / got" example. */
export function firstDifference(expected: string, got: string): string {
  const want = expected.split('\n');
  const have = got.split('\n');
  const extra = have.find((line) => !want.includes(line));
  const missing = want.find((line) => !have.includes(line));
  const clip = (s: string | undefined): string =>
    s === undefined ? '-' : s.length > 70 ? `${s.slice(0, 70)}…` : s;
  return `extra: ${clip(extra)} | missing: ${clip(missing)}`;
}

/** The story a file belongs to: its chain of dupOf links followed to the first original. */
export function storyRoot(file: string, byFile: Map<string, TruthRecord>): string {
  let current = file;
  for (let guard = 0; guard < 100; guard++) {
    const next = byFile.get(current)?.dupOf;
    if (!next) return current;
    current = next;
  }
  return current;
}

export interface Tally {
  n: number;
  title: number;
  date: number;
  source: number;
  author: number;
  f1Sum: number;
  noisy: number;
}

export const emptyTally = (): Tally => ({
  n: 0,
  title: 0,
  date: 0,
  source: 0,
  author: 0,
  f1Sum: 0,
  noisy: 0,
});

export const pct = (part: number, whole: number): string =>
  whole === 0 ? '  -  ' : `${((100 * part) / whole).toFixed(1)}%`;
