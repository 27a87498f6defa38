import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { ingestRecordDump } from '../../../src-main/node/ingest/records/ingest-record-dump';
import { fixtureBytes } from './fixture-files';

const dump = (name: string) => ingestFile(fixtureBytes(`records/${name}`), `/corpus/records/${name}`);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('JSON record dumps', () => {
  it('an array of records with Chinese field names: one article per record, HTML read as text', () => {
    const outcome = dump('articles.json');
    expect(outcome.articles).toHaveLength(2);
    const [first, third] = outcome.articles;
    expect(first).toMatchObject({
      title: '衢州市新材料产业园签约三个项目',
      url: 'https://example.cn/news/1.html',
      date: '2023-12-29',
      datePrecision: 'day',
      source: '衢州日报',
      author: '记者 张斌',
      layout: 'record-dump',
      encoding: 'utf-8',
    });
    expect(first!.cleanText).toBe(
      '本报讯 12月29日，衢州市新材料产业园集中签约三个项目，总投资28亿元。\n项目落地后，龙游县将新增就业岗位1200个。',
    );
    expect(first!.cleanText).not.toContain('alert');
    expect(first!.places.slice(0, 3)).toEqual(['衢州市', '龙游县', '浙江省']);
    expect(first!.contentHash).toBe(createHash('sha256').update(first!.cleanText, 'utf8').digest('hex'));
    // The record's own text, not the whole file, is kept for the side-by-side view.
    expect(first!.originalText).toContain('"标题": "衢州市新材料产业园签约三个项目"');
    expect(first!.originalText).not.toContain('Ningbo');

    // English field names, a Unix timestamp (Beijing date) and a list of authors.
    expect(third).toMatchObject({
      title: 'Ningbo port handles record volume',
      date: '2023-12-29',
      author: '王晓 李明',
      source: '浙江在线',
    });
    expect(third!.cleanText.split('\n')).toHaveLength(2);
    expect(outcome.skipped).toEqual([{ code: 'record-without-text', record: 2 }]);
  });

  it('a nested videoList of {video_detail: {...}} elements, as the CCTV dumps are shaped', () => {
    const outcome = dump('video-list.json');
    expect(outcome.articles).toHaveLength(1);
    expect(outcome.articles[0]).toMatchObject({
      title: '[视频]湖北荆州：长江干堤加固工程全面完工',
      date: '2012-07-02',
      source: '央视网',
      url: 'http://news.cntv.cn/china/20120702/100001.shtml',
      // &nbsp; stays a no-break space inside the line (normalize.ts keeps it).
      cleanText: '湖北荆州长江干堤加固工程今天全面完工。\n工程总投资\u00A012亿元。',
    });
    expect(outcome.articles[0]!.places).toEqual(['荆州市', '湖北省']);
    expect(outcome.skipped).toEqual([{ code: 'record-without-text', record: 2 }]);
  });

  it('JSON Lines: a broken line is reported by its number and the others are imported', () => {
    const outcome = dump('dump.jsonl');
    expect(outcome.articles.map((a) => a.title)).toEqual([
      '合肥发布新能源汽车产业政策',
      '苏州工业园区引进芯片项目',
    ]);
    expect(outcome.articles[1]).toMatchObject({
      date: '2023-05-07',
      originalText: expect.stringMatching(/^\{"title":"苏州/),
    });
    expect(outcome.skipped).toHaveLength(1);
    expect(outcome.skipped[0]).toMatchObject({ code: 'malformed-records', record: 2 });
    expect(outcome.skipped[0]!.detail).toBeTruthy();
  });

  it('a JSON object without records, and a file that does not parse, are malformed-records', () => {
    const empty = dump('no-records.json');
    expect(empty.articles).toEqual([]);
    expect(empty.skipped).toEqual([
      { code: 'malformed-records', detail: expect.stringContaining('status, message, meta') },
    ]);
    const broken = dump('broken.json');
    expect(broken.articles).toEqual([]);
    expect(broken.skipped).toEqual([{ code: 'malformed-records', detail: expect.stringMatching(/JSON/) }]);
  });

  it('a lone record object, {data: {list: [...]}}, and JSON Lines saved as .json', () => {
    const lone = ingestRecordDump(utf8('{"title":"单条","content":"杭州发布数字经济政策。"}'), 'one.json');
    expect(lone.articles.map((a) => a.places)).toEqual([['杭州市', '浙江省']]);
    const deep = ingestRecordDump(
      utf8('{"code":0,"data":{"total":1,"list":[{"text":"正文一"}]}}'),
      'api.json',
    );
    expect(deep.articles.map((a) => a.title)).toEqual(['正文一']);
    const lines = ingestRecordDump(utf8('{"body":"第一条"}\n{"body":"第二条"}\n'), 'lines.json');
    expect(lines.articles.map((a) => a.cleanText)).toEqual(['第一条', '第二条']);
  });

  it('a record that is not an object, or an empty file, is skipped with a reason', () => {
    const outcome = ingestRecordDump(utf8('["一段文字", {"content": "有正文"}]'), 'mixed.json');
    expect(outcome.articles).toHaveLength(1);
    expect(outcome.skipped).toEqual([{ code: 'record-without-text', record: 1 }]);
    expect(ingestRecordDump(utf8('  \n'), 'blank.jsonl').skipped).toEqual([{ code: 'whitespace-only' }]);
    expect(ingestRecordDump(new Uint8Array(), 'none.json').skipped).toEqual([{ code: 'empty' }]);
  });
});

describe('huge dumps', () => {
  it('skips one enormous record with a reason and keeps the others', () => {
    const huge = '衢州'.repeat(2_600_000);
    const text = JSON.stringify([{ content: '第一条正文。' }, { content: huge }, { content: '第三条正文。' }]);
    const outcome = ingestRecordDump(utf8(text), 'huge.json');
    expect(outcome.articles.map((a) => a.cleanText)).toEqual(['第一条正文。', '第三条正文。']);
    expect(outcome.skipped).toEqual([{ code: 'too-large', record: 2, detail: '5200000 characters' }]);
  });
});
