// A memo titled only by its opening heading is exported under that title (HTML report, Markdown),
// as the memo list shows it, not as an untitled "备忘".
import { afterEach, describe, expect, it } from 'vitest';
import { annotationProject, type AnnotationProject } from './support/annotation-project';

let open: AnnotationProject[] = [];
afterEach(async () => {
  for (const p of open) await p.engine.shutdown();
  open = [];
});

describe('memo titles in reports', () => {
  it('takes a memo title from the heading that opens its body', async () => {
    const p = await annotationProject('memo-title-export');
    open.push(p);
    await p.call('saveMemo', { title: '', body: '# 衢州调研提纲\n\n先读政策文件。' });
    await p.call('saveMemo', { title: '研究假设', body: '# 不是标题\n正文' });
    await p.call('saveMemo', { title: '', body: '没有标题的备忘' });
    const preview = await p.call('previewReport', { report: { includeMemos: true } });
    expect(preview.html).toContain('<h3>衢州调研提纲</h3>');
    expect(preview.html).toContain('<h3>研究假设</h3>');
    expect(preview.html).not.toContain('<h3>不是标题</h3>');
    // Still untitled: the exporters' own word for it.
    expect(preview.html).toContain('<h3>备忘</h3>');
  });
});
