import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { FIXTURES_DIR, fixtureBytes, ingestArticle, noiseIn } from './fixture-files';

const article = (name: string) => ingestArticle(FIXTURES_DIR, name);

describe('ingestFile on each layout', () => {
  it('front matter over HTML: fields, restored title quotes, the written date, writers from the text', () => {
    const a = article('front-matter.md');
    expect(a).toMatchObject({
      layout: 'front-matter-html',
      title: '“产业链大会”在嘉兴召开',
      date: '2023-09-02', // the day written (18:20 GMT on the 2nd), not converted to Beijing time
      datePrecision: 'day',
      author: '许若楠 陶以恒',
      source: '测试平台',
    });
    expect(a.cleanText.split('\n')).toHaveLength(3);
    expect(a.cleanText).toContain('“合作清单”将每季度更新一次');
    expect(noiseIn(a.cleanText)).toEqual([]);
  });

  it('broken front matter: the fields still become metadata, not text', () => {
    const a = article('broken-front-matter.md');
    expect(a).toMatchObject({ title: '湖州绿色智造产业园通过验收', date: '2022-07-08', author: '湖州发布' });
    expect(a.cleanText).not.toMatch(/title:|date:|author:/);
    expect(a.cleanText.split('\n')).toHaveLength(2);
    const outcome = ingestFile(fixtureBytes('broken-front-matter.md'), 'broken-front-matter.md');
    expect(outcome.warnings.map((w) => w.code)).toEqual(['broken-front-matter']);
  });

  it('portal: no server noise, weather, nav or link tail; dateline without a year', () => {
    const a = article('portal.txt');
    expect(a).toMatchObject({
      layout: 'portal',
      title: '嘉兴港区引进化工新材料龙头项目',
      date: '--09-18',
      datePrecision: 'month-day',
      source: '浙江在线',
      author: '周海平',
    });
    expect(a.cleanText.split('\n')).toHaveLength(2);
    // The portal's own dateline is metadata (date, source), not article text.
    expect(a.cleanText.startsWith('昨日')).toBe(true);
    expect(a.cleanText).not.toContain('街拍');
    expect(noiseIn(a.cleanText)).toEqual([]);
  });

  it('aggregator: the original source and story date, without repeats, captions or the crawler tail', () => {
    const a = article('aggregator.txt');
    expect(a).toMatchObject({
      layout: 'aggregator',
      title: '(年终观察)台州汽配产业“换道”新能源',
      date: '2023-12-29',
      source: '测试新闻网',
      author: '林可为',
      places: ['台州市', '浙江省'], // resolved against the gazetteer (places/)
    });
    expect(a.cleanText.split('\n')).toHaveLength(3);
    expect(a.cleanText).not.toContain('(年终观察)');
    expect(a.cleanText).not.toContain('博览会');
    expect(noiseIn(a.cleanText)).toEqual([]);
  });

  it('company site: no language switch, hit counter, image file names or photo captions', () => {
    const a = article('company.txt');
    expect(a).toMatchObject({
      layout: 'company',
      title: '示例科技与绵阳高新区签约共建显示模组产线',
      date: '2019-04-02',
      source: '示例科技',
    });
    expect(a.cleanText).not.toContain('签约仪式现场');
    expect(a.cleanText).not.toContain('项目选址参观');
    expect(a.cleanText.split('\n').slice(-2)).toEqual(['共建新型显示产业生态;', '共享西部市场发展机遇。']);
    expect(noiseIn(a.cleanText)).toEqual([]);
  });

  it('newspaper: reporters become the author, section heads stay as paragraphs, page breaks are joined', () => {
    const a = article('newspaper.txt');
    expect(a).toMatchObject({
      layout: 'newspaper',
      title: '金华：五金产业加快数字化转型',
      author: '楼晓峰 吕佳音',
      date: null,
      datePrecision: 'none',
    });
    const lines = a.cleanText.split('\n');
    expect(lines).toContain('改造车间 效率提升');
    expect(lines).toContain('平台赋能 服务中小企业');
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([]);
    expect(a.cleanText).toContain('不良率下降到千分之三以下,产品也打入了欧洲高端市场。');
    expect(a.cleanText).toContain('平台年交易额超过百亿元。');
    expect(a.cleanText).not.toContain('永康五金城一角');
    expect(a.cleanText).not.toContain('数字化车间\n');
    expect(lines[lines.length - 1]).toMatch(/百亿元。$/);
  });

  it('html page: only the article, with its h1 title, labelled source, author and date', () => {
    const a = article('page.html');
    expect(a).toMatchObject({
      layout: 'html-page',
      title: '温州民营经济新政出台',
      source: '示例日报',
      author: '潘一航',
      date: '2024-01-15',
    });
    expect(a.cleanText.split('\n')).toEqual([
      '1月14日,温州发布支持民营经济高质量发展的若干措施,涉及融资、用地和人才等\u00A020条内容。',
      '措施提出,对首次“小升规”的企业给予奖励,并设立个体工商户服务专窗。',
      '融资支持',
      '温州将扩大政府性融资担保规模,力争担保费率降至1%以下。',
    ]);
  });

  it('GBK, Big5 and UTF-16 files give the same kind of article', () => {
    for (const [name, encoding] of [
      ['gbk.txt', 'gb18030'],
      ['utf16le-bom.txt', 'utf-16le'],
      ['utf16be-no-bom.txt', 'utf-16be'],
    ] as const) {
      expect(article(name)).toMatchObject({
        encoding,
        title: '丽水生态工业园区招商推介会举行',
        date: '2021-11-05',
        source: '示例丽水报',
      });
    }
    expect(article('big5.txt')).toMatchObject({
      encoding: 'big5',
      title: '臺南科學園區擴建計畫通過審查',
      date: '2022-03-10',
      source: '示例臺南報',
    });
  });

  it('keeps the decoded original and hashes the clean text', () => {
    const a = article('gbk.txt');
    expect(a.originalText).toContain('来源：示例丽水报');
    expect(a.contentHash).toBe(createHash('sha256').update(a.cleanText).digest('hex'));
  });

  it('skips empty, binary, blank and furniture-only files, saying why', () => {
    const skippedAs = (bytes: Uint8Array, name: string) => {
      const outcome = ingestFile(bytes, name);
      expect(outcome.articles).toEqual([]);
      return outcome.skipped.map((p) => p.code);
    };
    expect(skippedAs(fixtureBytes('empty.txt'), 'empty.txt')).toEqual(['empty']);
    expect(skippedAs(fixtureBytes('binary.txt'), 'binary.txt')).toEqual(['binary']);
    expect(skippedAs(new TextEncoder().encode(' \n\t\n'), 'blank.txt')).toEqual(['whitespace-only']);
    const onlyNoise = '404 Not Found\n\nnginx/1.20.1\n首页 | 原创 | 图片 | 专题\n';
    expect(skippedAs(new TextEncoder().encode(onlyNoise), 'noise.txt')).toEqual(['no-article-text']);
  });

  it('never lets markup through: an html page with a script-only body is skipped', () => {
    const page = '<html><body><script>alert(1)</script><nav>首页</nav></body></html>';
    expect(ingestFile(new TextEncoder().encode(page), 'x.html').articles).toEqual([]);
  });
});
