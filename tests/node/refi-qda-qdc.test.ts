import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-main/common/api/errors';
import type { CodeTreeNode } from '../../src-main/node/services/annotations/codebook';
import { parseQdc } from '../../src-main/node/services/annotations/parse-qdc';
import { writeProjectQde } from '../../src-main/node/report/refi-qda/write-project-qde';
import { writeQdc } from '../../src-main/node/report/refi-qda/write-qdc';
import { escapeXmlAttribute, escapeXmlText } from '../../src-main/node/report/escape';
import { qdaFixture } from './fixtures/qda-project';
import { parseQdeTree } from './support/qde-structure';

function failureOf(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

// In the style of another tool: a namespace prefix, attributes in another order, GUIDs in braces
// and upper case, no colours on most codes, a #RGB colour, a comment, an empty Description, Sets.
const FOREIGN_QDC = `\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- Codebook exported by another QDA program -->
<qdc:CodeBook xmlns:qdc="urn:QDA-XML:codebook:1.0" origin="Other QDA 2024">
  <qdc:Codes>
    <qdc:Code isCodable="true" name="营商环境" guid="{8B1E3F0A-1C2D-4E5F-8A9B-0C1D2E3F4A5B}">
      <qdc:Description>政府服务&#xD;&#xA;与审批效率</qdc:Description>
      <qdc:Code guid="8B1E3F0A-1C2D-4E5F-8A9B-0C1D2E3F4A5C" color="#0a0" name="审批 &amp; 许可" isCodable="true"/>
      <qdc:Code name="  一网通办  " guid="8B1E3F0A-1C2D-4E5F-8A9B-0C1D2E3F4A5D" isCodable="true">
        <qdc:Description/>
      </qdc:Code>
    </qdc:Code>
    <qdc:Code name="招商引资" isCodable="false" guid="8B1E3F0A-1C2D-4E5F-8A9B-0C1D2E3F4A5E" color="red"></qdc:Code>
  </qdc:Codes>
  <qdc:Sets>
    <qdc:Set guid="8B1E3F0A-1C2D-4E5F-8A9B-0C1D2E3F4A5F" name="一组">
      <qdc:MemberCode guid="8B1E3F0A-1C2D-4E5F-8A9B-0C1D2E3F4A5E"/>
    </qdc:Set>
  </qdc:Sets>
</qdc:CodeBook>`;

describe('REFI-QDA codebook (.qdc)', () => {
  it('round-trips the codebook: names, colours, descriptions and nesting come back', () => {
    const xml = writeQdc(qdaFixture());
    const root = parseQdeTree(xml);
    expect(root.name).toBe('CodeBook');
    expect(root.attributes).toMatchObject({ xmlns: 'urn:QDA-XML:codebook:1.0', origin: 'Zhiyan 0.1.0' });
    expect(parseQdc(xml)).toEqual([
      {
        name: '产业政策',
        color: '#c0392b',
        description: '与产业扶持相关的政策表述',
        children: [
          {
            name: '新能源',
            color: '#27ae60',
            children: [{ name: '锂电', color: '#2e86c1', description: '锂电池材料、电池制造', children: [] }],
          },
          { name: '人才', color: '#8e44ad', children: [] },
        ],
      },
      {
        name: '城市更新 & "旧改"',
        color: '#f39c12',
        description: '旧改 & 拆迁 <试点>\n第二行',
        children: [],
      },
      { name: '待定', children: [] },
    ]);
  });

  it('gives a code the same GUID in the .qdc and in the .qdpx of the same project', () => {
    const guidsOf = (xml: string) => [...xml.matchAll(/<Code guid="([^"]+)"/g)].map((m) => m[1]);
    expect(guidsOf(writeQdc(qdaFixture()))).toEqual(guidsOf(writeProjectQde(qdaFixture()).xml));
  });

  it('reads a codebook written by another tool (prefix, attribute order, no colours, BOM)', () => {
    const expected = [
      {
        name: '营商环境',
        description: '政府服务\n与审批效率',
        children: [
          { name: '审批 & 许可', color: '#00aa00', children: [] },
          { name: '一网通办', children: [] },
        ],
      },
      { name: '招商引资', children: [] },
    ];
    // What parseQdc returns is what the codebook's importCodeTree takes.
    const nodes: CodeTreeNode[] = parseQdc(FOREIGN_QDC);
    expect(nodes).toEqual(expected);
    expect(parseQdc(new TextEncoder().encode(FOREIGN_QDC))).toEqual(expected);
  });

  it('reads a codebook without a namespace, and one saved as UTF-16', () => {
    const plain =
      '<CodeBook><Codes><Code name="人口流动" guid="x" isCodable="true"><Code name="返乡创业"/></Code></Codes></CodeBook>';
    const expected = [{ name: '人口流动', children: [{ name: '返乡创业', children: [] }] }];
    expect(parseQdc(plain)).toEqual(expected);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...plain].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(parseQdc(utf16)).toEqual(expected);
  });

  it('reads the codebook out of a REFI-QDA project document', () => {
    const codes = parseQdc(writeProjectQde(qdaFixture()).xml);
    expect(codes.map((c) => c.name)).toEqual(['产业政策', '城市更新 & "旧改"', '待定']);
    expect(codes[0]!.children[0]!.children[0]!.name).toBe('锂电');
  });

  it('refuses what is not a REFI-QDA codebook with CODEBOOK_INVALID and a clear message', () => {
    const cases: Array<[string, RegExp]> = [
      ['<CodeBook><Codes><Code name="未闭合"></Codes>', /not well-formed XML/],
      ['这不是XML文件', /not well-formed XML/],
      ['', /empty/],
      ['<html xmlns="http://www.w3.org/1999/xhtml"><body>网页</body></html>', /not a REFI-QDA codebook/],
      ['<CodeBook xmlns="urn:example:other"><Codes/></CodeBook>', /namespace is "urn:example:other"/],
      [
        '<Project xmlns="urn:QDA-XML:project:1.0" name="无代码"><Sources/></Project>',
        /project without a codebook/,
      ],
      [
        '<CodeBook><Codes><Code name="有名字"><Code guid="x" isCodable="true"/></Code></Codes></CodeBook>',
        /Code 1\.1 .*has no name/,
      ],
    ];
    for (const [xml, message] of cases) {
      const failure = failureOf(() => parseQdc(xml));
      expect(failure.code).toBe('CODEBOOK_INVALID');
      expect(failure.message).toMatch(message);
    }
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops characters XML 1.0 cannot carry', () => {
    expect(escapeXmlText('a<b>&c\r\n\u0000\u0008\uFFFE\uD800𠮷')).toBe('a&lt;b&gt;&amp;c&#13;\n𠮷');
    expect(escapeXmlAttribute('"引号"\'\t\n')).toBe('&quot;引号&quot;&apos;&#9;&#10;');
  });
});
