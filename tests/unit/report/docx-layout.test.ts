// The Word report's page estimate (docx-layout.ts): exact for CJK text, by construction.
import { describe, expect, it } from 'vitest';
import {
  GEOMETRY,
  lineCount,
  PageFlow,
  pageGeometry,
  widthEm,
} from '../../../src-main/node/report/docx-layout';

describe('the Word page estimate', () => {
  const a4 = pageGeometry('a4');

  it('knows A4 and Letter in twentieths of a point', () => {
    expect([a4.widthTw, a4.heightTw]).toEqual([11906, 16838]);
    const letter = pageGeometry('letter');
    expect([letter.widthTw, letter.heightTw]).toEqual([12240, 15840]);
  });

  it('counts CJK characters and full-width punctuation as 1 em, Latin by Times New Roman widths', () => {
    expect(widthEm('锂电，《项目》')).toBe(7);
    expect(widthEm('2024')).toBe(2);
    expect(widthEm('GDP')).toBeCloseTo(0.722 + 0.722 + 0.556);
    expect(widthEm('𠀀')).toBe(1);
  });

  it('breaks Latin text between words only, and lets a closing mark hang at the line end', () => {
    // 40 characters and a word of 4 em: the word goes whole to the next line.
    expect(lineCount(`${'字'.repeat(40)} GDP growth`, 11, a4.textWidth)).toBe(2);
    // 41 characters and a full stop: the stop hangs in the margin.
    expect(lineCount(`${'字'.repeat(41)}。`, 11, a4.textWidth)).toBe(1);
    expect(lineCount(`${'字'.repeat(42)}`, 11, a4.textWidth)).toBe(2);
  });

  it('fits 41 Chinese characters of 11 pt on an A4 line with 1 inch margins', () => {
    expect(lineCount('字'.repeat(41), 11, a4.textWidth)).toBe(1);
    expect(lineCount('字'.repeat(42), 11, a4.textWidth)).toBe(2);
    expect(lineCount('甲\n乙', 11, a4.textWidth)).toBe(2);
  });

  it('breaks pages where the lines run out, and starts each top-level heading on a new page', () => {
    const flow = new PageFlow(a4.textWidth, a4.textHeight);
    const linesPerPage = Math.floor(a4.textHeight / GEOMETRY.body.line);
    expect(linesPerPage).toBe(34);
    expect(flow.add(GEOMETRY.title, '报告')).toBe(1);
    expect(flow.add(GEOMETRY.headings[0], '第一篇')).toBe(2);
    // 80 lines of body text: the rest of page 2, all of page 3, part of page 4.
    expect(flow.add(GEOMETRY.body, '字'.repeat(41 * 80))).toBe(2);
    expect(flow.page).toBe(4);
    expect(flow.add(GEOMETRY.headings[1], '小节')).toBe(4);
    expect(flow.add(GEOMETRY.headings[0], '第二篇')).toBe(5);
  });

  it('keeps a heading with the line after it', () => {
    const flow = new PageFlow(a4.textWidth, a4.textHeight);
    flow.add(GEOMETRY.body, '字'.repeat(41 * 33));
    // One line's room is left: the heading goes to the next page with its paragraph.
    expect(flow.add(GEOMETRY.headings[2], '小节')).toBe(2);
  });
});
