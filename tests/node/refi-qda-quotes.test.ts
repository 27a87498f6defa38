// The quotes (selection names) of a .qdpx are cut from the source by UTF-16 offsets without spreading
// the text into characters: the same quote as before for every offset, including one that falls
// inside a surrogate pair (moved to the character's start, as the code-point positions are).
import { describe, expect, it } from 'vitest';
import type { QdaProject } from '../../src-main/common/model/refi-qda';
import { writeProjectQde } from '../../src-main/node/report/refi-qda/write-project-qde';
import { qdaFixture } from './fixtures/qda-project';
import { parseQdeTree, walk } from './support/qde-structure';

function selectionsOf(project: QdaProject) {
  return [...walk(parseQdeTree(writeProjectQde(project).xml))]
    .filter((e) => e.name === 'PlainTextSelection')
    .map((e) => [e.attributes.name, e.attributes.startPosition, e.attributes.endPosition]);
}

describe('.qdpx selection quotes', () => {
  it('cuts each quote at the code points the selection says, also across and inside astral characters', () => {
    const base = qdaFixture();
    const text = '前𠮷祥路𠮷改造';
    const project: QdaProject = {
      ...base,
      sources: [{ ...base.sources[0]!, text }],
      selections: [
        // Whole characters: 𠮷祥路 is UTF-16 [1, 5), code points [1, 4).
        { ...base.selections[0]!, highlightId: 1, start: 1, end: 5 },
        // Start inside the first 𠮷 (between its two units) and end inside the second.
        { ...base.selections[0]!, highlightId: 2, start: 2, end: 6 },
        // Past the end of the text: clamped.
        { ...base.selections[0]!, highlightId: 3, start: 5, end: 99 },
      ].map((s) => ({ ...s, articleId: base.sources[0]!.articleId })),
    };
    expect(selectionsOf(project)).toEqual([
      ['𠮷祥路', '1', '4'],
      ['𠮷祥路', '1', '4'],
      ['𠮷改造', '4', '7'],
    ]);
  });
});
