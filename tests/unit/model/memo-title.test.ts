// A memo's title as lists and exports show it: its own title, else the heading that opens it.
import { describe, expect, it } from 'vitest';
import { memoTitle, openingHeading, titleIsOpeningHeading } from '../../../src-main/common/model/memo-title';

describe('memo titles', () => {
  it('takes the opening heading when the title box is empty', () => {
    expect(memoTitle({ title: '', body: '# 衢州锂电调研提纲\n\n先看政策文件。' })).toBe('衢州锂电调研提纲');
    expect(memoTitle({ title: '  ', body: '\n\n  ## 待办 ##\n- 访谈' })).toBe('待办');
    expect(titleIsOpeningHeading({ title: '', body: '# 提纲' })).toBe(true);
  });

  it('keeps a title the researcher typed, whatever the body says', () => {
    expect(memoTitle({ title: '假设', body: '# 别的标题' })).toBe('假设');
    expect(titleIsOpeningHeading({ title: '假设', body: '# 别的标题' })).toBe(false);
  });

  it('is empty when the body opens with something other than a heading', () => {
    expect(memoTitle({ title: '', body: '先看政策文件。\n# 后面的小节' })).toBe('');
    expect(memoTitle({ title: '', body: '#话题标签不是标题' })).toBe('');
    expect(memoTitle({ title: '', body: '    # 缩进四格是代码' })).toBe('');
    expect(memoTitle({ title: '', body: '' })).toBe('');
    expect(openingHeading('#\n正文')).toBe('');
  });
});
