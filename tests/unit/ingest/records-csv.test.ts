import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src-main/node/ingest/ingest-file';
import { detectDelimiter, parseCsv } from '../../../src-main/node/ingest/records/parse-csv';
import { ingestRecordDump } from '../../../src-main/node/ingest/records/ingest-record-dump';
import { fixtureBytes } from './fixture-files';

const dump = (name: string) => ingestFile(fixtureBytes(`records/${name}`), `/corpus/records/${name}`);

describe('CSV record dumps', () => {
  it('UTF-8 with a BOM, CRLF, quoted fields holding line breaks and doubled quotes', () => {
    const outcome = dump('quoted-bom.csv');
    expect(outcome.articles).toHaveLength(2);
    const [shaoxing, wenzhou] = outcome.articles;
    expect(shaoxing).toMatchObject({
      title: '绍兴柯桥纺织业转型',
      cleanText: '第一段，提到绍兴柯桥。\n第二段，引号"轻纺城"。',
      date: '2022-03-01',
      source: '绍兴日报',
      encoding: 'utf-8-bom',
      layout: 'record-dump',
    });
    expect(shaoxing!.places).toEqual(['柯桥区', '绍兴市', '浙江省']);
    // The row as it stands in the file, under its header, for the side-by-side view.
    expect(shaoxing!.originalText).toBe(
      '标题,正文,发布时间,来源\n"绍兴柯桥纺织业转型","第一段，提到绍兴柯桥。\n第二段，引号""轻纺城""。",2022-03-01,绍兴日报',
    );
    expect(wenzhou).toMatchObject({ title: '温州民营经济', date: '2022-03-02', source: '温州网' });
    expect(outcome.skipped).toEqual([{ code: 'record-without-text', record: 3 }]);
  });

  it('GB18030 bytes, as Excel writes them in a Chinese locale', () => {
    const outcome = dump('gb18030.csv');
    expect(outcome.articles).toHaveLength(1);
    expect(outcome.articles[0]).toMatchObject({
      title: '嘉兴港区化工新材料项目开工',
      cleanText: '嘉兴港区一个化工新材料项目今天开工。',
      date: '2021-09-18',
      encoding: 'gb18030',
    });
    expect(outcome.articles[0]!.places).toEqual(['嘉兴市', '浙江省']);
  });

  it('tab- and semicolon-separated files', () => {
    const outcome = dump('tabs.csv');
    expect(outcome.articles[0]).toMatchObject({
      title: '丽水生态产品价值实现机制试点',
      url: 'https://example.cn/4',
    });
    expect(detectDelimiter('标题;正文;"a,b"\n1;2;3')).toBe(';');
    expect(detectDelimiter('title,body\tx\n')).toBe(',');
  });

  it('a header without a text column, and an unclosed quote, are malformed-records', () => {
    const noText = ingestRecordDump(new TextEncoder().encode('编号,名称\n1,衢州\n'), 'ids.csv');
    expect(noText.skipped).toEqual([
      { code: 'malformed-records', detail: expect.stringContaining('编号, 名称') },
    ]);
    const unclosed = ingestRecordDump(new TextEncoder().encode('title,content\n标题,"没有结束\n'), 'cut.csv');
    expect(unclosed.skipped).toEqual([
      { code: 'malformed-records', detail: expect.stringMatching(/unclosed/) },
    ]);
  });

  it('parseCsv keeps short rows, empty fields and a last row without a line break', () => {
    const parsed = parseCsv('a,b,c\n1,,3\n4\n"5",6,"7"');
    expect(parsed).toMatchObject({
      ok: true,
      header: ['a', 'b', 'c'],
      rows: [
        { number: 1, fields: ['1', '', '3'] },
        { number: 2, fields: ['4'] },
        { number: 3, fields: ['5', '6', '7'], raw: '"5",6,"7"' },
      ],
    });
  });
});
