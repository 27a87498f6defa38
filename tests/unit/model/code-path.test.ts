// A typed code path ("政策/营商环境") is read the same by the CLI and the new-code dialog: names
// trimmed, empty parts dropped, codes already on the path reused, the last name always created.
import { describe, expect, it } from 'vitest';
import { resolveCodePath, splitCodePath } from '../../../src-main/common/model/code-path';

const CODES = [
  { id: 1, parentId: null, name: '政策' },
  { id: 2, parentId: 1, name: '营商环境' },
  { id: 3, parentId: null, name: '产业' },
];

describe('code paths', () => {
  it('splits on slashes, trims each name and drops empty parts', () => {
    expect(splitCodePath(' 政策 / 营商环境 ')).toEqual(['政策', '营商环境']);
    expect(splitCodePath('政策//营商环境/')).toEqual(['政策', '营商环境']);
    expect(splitCodePath('营商环境')).toEqual(['营商环境']);
    expect(splitCodePath(' / ')).toEqual([]);
  });

  it('reuses the codes already on the path and leaves the rest to create', () => {
    expect(resolveCodePath(CODES, null, ['政策', '人才', '落户'])).toEqual({
      parentId: 1,
      missing: ['人才', '落户'],
    });
    expect(resolveCodePath(CODES, null, ['新能源', '锂电'])).toEqual({
      parentId: null,
      missing: ['新能源', '锂电'],
    });
    expect(resolveCodePath(CODES, 1, ['营商环境', '审批'])).toEqual({ parentId: 2, missing: ['审批'] });
  });

  it('always leaves the last name to create, so an existing code is refused as a duplicate', () => {
    expect(resolveCodePath(CODES, null, ['政策', '营商环境'])).toEqual({
      parentId: 1,
      missing: ['营商环境'],
    });
  });

  it('matches names under the right parent only', () => {
    expect(resolveCodePath(CODES, 3, ['政策', 'x'])).toEqual({ parentId: 3, missing: ['政策', 'x'] });
  });
});
