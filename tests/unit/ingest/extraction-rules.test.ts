// The extraction rules tuned on the generated corpus (npm run bench:ingest), each on a small page
// that shows the case the rule exists for.
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../src-main/node/ingest/detect-layout';
import { frontMatterList } from '../../../src-main/node/ingest/front-matter';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { endsSentence, looksLikeParagraph, stripHeading } from '../../../src-main/node/ingest/line-shapes';
import { FIXTURES_DIR, fixtureBytes, ingestArticle, noiseIn } from './fixture-files';

const article = (name: string) => ingestArticle(FIXTURES_DIR, name);

describe('line shapes', () => {
  it('a headline ending in a quote and a bracket is not a finished sentence', () => {
    const headline = '（年终特稿）浙江湖州聚焦光伏 竞逐“创新高地”（转载）';
    expect(endsSentence(headline)).toBe(false);
    expect(looksLikeParagraph(headline)).toBe(false);
    expect(endsSentence('他说：“项目明年投产。”（吴新波）')).toBe(true);
  });

  it('strips the internal heading marker and nothing else', () => {
    expect(stripHeading('## 做强储能 千亿产业链')).toBe('做强储能 千亿产业链');
    expect(stripHeading('#衢州 话题')).toBe('#衢州 话题');
  });
});

describe('extraction on the generated layouts', () => {
  it('portal reprint: the headline is the title, the dateline and credit become metadata', () => {
    const a = article('portal-reprint.txt');
    expect(a).toMatchObject({
      layout: 'portal',
      title: '（年终特稿）浙江湖州聚焦光伏 竞逐“创新高地”（转载）',
      date: '--03-06',
      datePrecision: 'month-day',
      source: '趣头条', // an outlet not in the agency list, named by a "讯" dateline
      author: '李晓', // the bare credit on a line of its own
    });
    expect(a.cleanText.split('\n')).toEqual([
      '湖州光伏产业园昨日迎来第二批入驻企业,总投资超过30亿元。',
      '园区负责人表示,新项目将补齐组件和储能环节,形成完整的光伏产业链。',
    ]);
  });

  it('company site: drops long captions without clauses, keeps paragraphs that stop mid-sentence', () => {
    const a = article('company-long-lines.txt');
    expect(a).toMatchObject({ layout: 'company', date: '2020-10-26', source: '示例新能源', author: null });
    const lines = a.cleanText.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/打造$/);
    expect(lines[2]).toMatch(/^十堰广电讯/); // a reused story's dateline is text here
    expect(noiseIn(a.cleanText)).toEqual([]);
  });

  it('newspaper: detected by its headline even when a story opens with a "讯" dateline', () => {
    const text = new TextDecoder().decode(fixtureBytes('newspaper-dateline.txt'));
    expect(detectLayout(text, 'paper.txt')).toBe('newspaper');
    const a = article('newspaper-dateline.txt');
    expect(a).toMatchObject({
      title: '金华推进储能产业集群',
      date: null,
      source: null,
      author: '吴新波 张斌',
    });
    expect(a.cleanText.split('\n')).toEqual([
      '在金华,以华友钴业、巨化集团、时代锂电等为代表的锂电新材料产业集群正在当地迅速成长,今年前十个月新能源产业总产值同比增长九成以上。',
      '浙江在线09月18日讯 昨日,金华市有关部门负责人赴京,与央企进行对接,深入探讨新材料领域的交流与合作。',
      '做强储能 千亿产业链',
      '储能项目集中开工,全市储能产业规模有望在两年内突破百亿元大关。',
    ]);
  });

  it('front matter: a platform listed in the categories is the source; the stated date is final', () => {
    const a = article('front-matter-categories.md');
    expect(a).toMatchObject({
      layout: 'front-matter-html',
      date: '2020-03-20', // as written; the story's "03月18日讯" does not move it
      source: '四川日报',
      author: '王继红',
    });
    expect(a.cleanText).not.toContain('作者');
  });

  it('reads front matter lists and single values alike', () => {
    expect(
      frontMatterList({ categories: ['新媒体', ' 四川日报 '], tags: '产业' }, 'categories', 'tags'),
    ).toEqual(['新媒体', '四川日报', '产业']);
    expect(frontMatterList({}, 'categories')).toEqual([]);
  });
});

describe('what is left of broken files is skipped', () => {
  it('a few characters under broken front matter are not an article', () => {
    const outcome = ingestFile(fixtureBytes('front-matter-stub.md'), 'front-matter-stub.md');
    expect(outcome.articles).toEqual([]);
    expect(outcome.skipped.map((problem) => problem.code)).toEqual(['no-article-text']);
  });

  it('one enormous line without punctuation is a scraper glitch, not text', () => {
    const outcome = ingestFile(new TextEncoder().encode('衢州'.repeat(5000)), 'one-long-line.txt');
    expect(outcome.articles).toEqual([]);
    expect(outcome.skipped.map((problem) => problem.code)).toEqual(['no-article-text']);
  });
});

describe('portal page furniture after the article', () => {
  it('ends the article at closing notices and drops buttons after the source name', () => {
    const page = [
      '衢州智造新城新签约项目40个',
      '2023-12-29 10:00:00 来源：中国新闻网 举报',
      '衢州智造新城今年新签约项目40个，总投资超过300亿元，其中百亿级项目3个。',
      '园区负责人表示，明年将继续围绕新材料和新能源两条主线开展招商。',
      '特别声明：以上内容仅代表作者本人观点，不代表本站观点。',
      '延伸 · 推荐',
      '衢州另一条新闻标题',
    ].join('\n\n');
    const outcome = ingestFile(new TextEncoder().encode(page), '/crawl/portal.txt');
    const [article] = outcome.articles;
    expect(article?.source).toBe('中国新闻网');
    expect(article?.cleanText.split('\n')).toEqual([
      '衢州智造新城今年新签约项目40个，总投资超过300亿元，其中百亿级项目3个。',
      '园区负责人表示，明年将继续围绕新材料和新能源两条主线开展招商。',
    ]);
  });
});
