// The demo corpus is what a new user sees first: every file must import with the right metadata
// and without page furniture, and the reprint pair must stay recognisably the same story.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_CORPUS_DIR, ingestArticle, noiseIn } from './fixture-files';

const EXPECTED: Record<
  string,
  {
    layout: string;
    encoding?: string;
    title: string;
    date: string | null;
    source: string | null;
    author: string | null;
  }
> = {
  '01-quzhou-new-materials-park.md': {
    layout: 'front-matter-html',
    title: '衢州高新区“新材料产业园”二期开园 首批12个项目集中入驻',
    date: '2023-03-13', // as written (17:30 GMT on the 13th), not shifted to Beijing time
    source: '产业观察',
    author: '方晓婷 郑立群',
  },
  '02-hefei-nev-portal.txt': {
    layout: 'portal',
    title: '合肥新能源汽车产业链再添“硬核”配套 三个零部件项目同日签约',
    date: '--03-21',
    source: '江淮在线',
    author: '李朝阳',
  },
  '03-yibin-lithium-aggregator.txt': {
    layout: 'aggregator',
    title: '宜宾动力电池产业跑出“加速度” 全年产值有望突破千亿元',
    date: '2023-11-25',
    source: '蜀南经济报',
    author: '杨晓川',
  },
  '04-yibin-lithium-reprint.md': {
    layout: 'front-matter-html',
    title: '千亿级产业集群呼之欲出：宜宾动力电池产业加速崛起',
    date: '2023-11-27',
    source: '蜀南经济报',
    author: '杨晓川',
  },
  '05-chengdu-electronics-company.txt': {
    layout: 'company',
    title: '芯联微电子成都基地二期封测产线投产 助力成都打造电子信息万亿级产业集群',
    date: '2021-09-08',
    source: '芯联微电子',
    author: null,
  },
  '06-ganzhou-rare-earth-newspaper.txt': {
    layout: 'newspaper',
    title: '赣州：稀土产业向“新”向“高”攀登',
    date: null,
    source: null,
    author: '刘振东 钟雅琴 谢文博',
  },
  '07-suzhou-biomedicine.html': {
    layout: 'html-page',
    title: '苏州工业园区生物医药产业年产值突破千亿元',
    date: '2024-05-22',
    source: '姑苏日报',
    author: '顾晨曦',
  },
  '08-dongguan-manufacturing-gbk.txt': {
    layout: 'plain',
    encoding: 'gb18030',
    title: '东莞“智造”转型观察：老工厂里长出新产线',
    date: '2022-08-16',
    source: '南粤制造周刊',
    author: '黎嘉敏',
  },
  '09-shaoxing-ic-portal.txt': {
    layout: 'portal',
    title: '绍兴集成电路产业园迎来第二批“链上”企业 设计封测材料协同落子',
    date: '--06-09',
    source: '越州在线',
    author: '沈亦舟',
  },
  '10-changzhou-photovoltaic-plain.txt': {
    layout: 'plain',
    title: '常州光伏产业加快向储能延伸 “光储一体”项目密集落地',
    date: '2024-04-12',
    source: '龙城科技报',
    author: '吴思远 钱立新',
  },
};

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s/g, ''));
  return new Set(chars.slice(1).map((ch, i) => `${chars[i]}${ch}`));
}

/** Jaccard overlap of character bigrams: near 1 for the same story with small edits. */
function bigramOverlap(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  const common = [...left].filter((gram) => right.has(gram)).length;
  return common / (left.size + right.size - common);
}

describe('demo corpus', () => {
  it('has exactly the files described here (and a README)', () => {
    const files = readdirSync(DEMO_CORPUS_DIR)
      .filter((name) => name !== 'README.md')
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s imports with its title, date, source and author',
    (name, expected) => {
      const article = ingestArticle(DEMO_CORPUS_DIR, name);
      expect(article).toMatchObject({ ...expected, encoding: expected.encoding ?? 'utf-8' });
      expect(article.cleanText.split('\n').length).toBeGreaterThanOrEqual(4);
      expect(noiseIn(article.cleanText)).toEqual([]);
      expect(article.cleanText).not.toContain(article.title);
    },
  );

  it('the newspaper article keeps its section heads and joins its page breaks', () => {
    const lines = ingestArticle(DEMO_CORPUS_DIR, '06-ganzhou-rare-earth-newspaper.txt').cleanText.split('\n');
    // Section heads are paragraphs of their own, stored without the "## " marker.
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([]);
    expect(lines).toContain('延链补链 从“一块矿”到“一台电机”');
    expect(lines.some((line) => line.includes('做成电机后的价值是做成氧化物时的数十倍。'))).toBe(true);
    expect(lines.some((line) => line.includes('实现了生态效益和经济效益的双赢。'))).toBe(true);
    expect(lines).not.toContain('治理后的废弃稀土矿区');
  });

  it('the reprint shares most paragraphs with its original but is not byte-identical', () => {
    const original = ingestArticle(DEMO_CORPUS_DIR, '03-yibin-lithium-aggregator.txt');
    const reprint = ingestArticle(DEMO_CORPUS_DIR, '04-yibin-lithium-reprint.md');
    const originalLines = new Set(original.cleanText.split('\n'));
    const shared = reprint.cleanText.split('\n').filter((line) => originalLines.has(line));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(bigramOverlap(original.cleanText, reprint.cleanText)).toBeGreaterThan(0.75);
    expect(reprint.contentHash).not.toBe(original.contentHash);
  });
});
