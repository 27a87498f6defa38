// Scraped text can hold characters XML 1.0 cannot carry: a lone surrogate (a page cut in the middle
// of a character), a control character (a vertical tab from a word processor). One of them in one
// cell must not make Excel, Word or the other QDA tool refuse the whole file: every XML part of
// every zip format is well-formed UTF-8 XML, and the text around the bad character reads on.
import { unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ReportOptions } from '../../src-main/common/model/report';
import { writeQdpx } from '../../src-main/node/report/refi-qda/write-qdpx';
import type { ReportArticle, ReportModel } from '../../src-main/node/report/report-model';
import { writeDocx } from '../../src-main/node/report/write-docx';
import { writeXlsx } from '../../src-main/node/report/write-xlsx';
import { qdaFixture } from './fixtures/qda-project';

const LONE_SURROGATE = '\uD83D';
const QUOTE = `前文${LONE_SURROGATE}后文\u000B续`;
const TEXT = `开头一句。${QUOTE}结尾。`;
// XML 1.0 Char, negated; U+FFFD too: a lone surrogate must go, not turn into a replacement mark.
const NOT_XML_OR_REPLACEMENT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFC\u{10000}-\u{10FFFF}]/u;

function modelWithBadCharacters(): ReportModel {
  const start = TEXT.indexOf(QUOTE);
  const article: ReportArticle = {
    id: 1,
    title: `标题${LONE_SURROGATE}含坏字符`,
    date: '2024-01-01',
    source: '来源',
    author: null,
    docNumber: null,
    filePath: '/data/bad.txt',
    fileName: 'bad.txt',
    places: [],
    cleanText: TEXT,
    passages: [
      {
        highlightId: 1,
        articleId: 1,
        start,
        end: start + QUOTE.length,
        exact: QUOTE,
        note: `笔记${LONE_SURROGATE}\u0001`,
        codeIds: [1],
        color: '#ff9800',
        orphaned: false,
      },
    ],
    note: '',
    tags: [],
  };
  const code = { id: 1, parentId: null, name: '编码', color: '#ff9800', path: '编码', depth: 0 };
  const options: ReportOptions = {
    scope: { kind: 'all' },
    organise: 'code',
    notes: 'footnotes',
    includeMemos: false,
    title: '报告',
    author: '',
  };
  return {
    options,
    projectKey: 'test-project',
    generatedAt: '2026-01-01T00:00:00.000Z',
    articles: [article],
    articleById: new Map([[1, article]]),
    codes: [code],
    codeById: new Map([[1, code]]),
    reportedCodeIds: [1],
    passageCount: 1,
    memos: [],
  };
}

/** Every XML part of the zip, decoded strictly: invalid UTF-8 throws. */
function xmlParts(zip: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(zip)))
    if (/\.(xml|rels|qde)$/.test(name)) parts[name] = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return parts;
}

function expectOnlyXmlCharacters(parts: Record<string, string>): void {
  expect(Object.keys(parts).length).toBeGreaterThan(0);
  for (const [name, xml] of Object.entries(parts)) {
    expect(NOT_XML_OR_REPLACEMENT.exec(xml)?.[0], name).toBeUndefined();
    expect(XMLValidator.validate(xml), name).toBe(true);
  }
}

describe('a lone surrogate and control characters in the article', () => {
  it('XLSX: every part is XML 1.0, and the cell reads 前文后文续', () => {
    const parts = xmlParts(writeXlsx(modelWithBadCharacters()));
    expectOnlyXmlCharacters(parts);
    expect(Object.values(parts).join('')).toContain('前文后文续');
  });

  it('DOCX: every part is XML 1.0, and the passage reads 前文后文续', async () => {
    const parts = xmlParts(await writeDocx(modelWithBadCharacters()));
    expectOnlyXmlCharacters(parts);
    expect(parts['word/document.xml']).toContain('前文后文续');
    expect(parts['word/footnotes.xml']).toContain('笔记');
  });

  it('QDPX: project.qde is XML 1.0 with the title and note, and the source text is valid UTF-8', () => {
    const project = qdaFixture();
    project.sources[0]!.title = `标题${LONE_SURROGATE}含坏字符\u000B`;
    project.selections[1]!.note = `笔记${LONE_SURROGATE}\u0001`;
    const zip = writeQdpx(project);
    const parts = xmlParts(zip);
    expectOnlyXmlCharacters(parts);
    expect(parts['project.qde']).toContain('标题含坏字符');
    for (const [name, bytes] of Object.entries(unzipSync(zip)))
      if (name.endsWith('.txt'))
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
  });
});
