import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codebookFileOptions,
  exportPathOptions,
  importPathsOptions,
  withExportExtension,
  newProjectOptions,
  openProjectOptions,
  saveCopyOptions,
  withProjectExtension,
} from '../../../src-main/electron-main/dialog-options';

describe('dialog options', () => {
  it('adds .zhiyan only when missing', () => {
    expect(withProjectExtension('/home/u/衢州')).toBe('/home/u/衢州.zhiyan');
    expect(withProjectExtension('/home/u/衢州.zhiyan')).toBe('/home/u/衢州.zhiyan');
    expect(withProjectExtension('/home/u/A.ZHIYAN')).toBe('/home/u/A.ZHIYAN');
  });

  it('titles dialogs in the UI language', () => {
    expect(openProjectOptions('zh-CN').title).toBe('打开项目');
    expect(openProjectOptions('en').title).toBe('Open project');
    expect(newProjectOptions('en', '/docs').title).toBe('New project');
  });

  it('filters project dialogs to .zhiyan files', () => {
    expect(openProjectOptions('zh-CN')).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['zhiyan'] }],
    });
    expect(newProjectOptions('zh-CN', '/docs').defaultPath).toBe(path.join('/docs', '新项目.zhiyan'));
    expect(saveCopyOptions('en', '/docs', '衢州').defaultPath).toBe(path.join('/docs', '衢州.zhiyan'));
  });

  it('imports several folders, and files where the platform allows both', () => {
    const linux = importPathsOptions('zh-CN', 'linux');
    expect(linux.properties).toEqual(['openDirectory', 'multiSelections']);
    expect(importPathsOptions('en', 'darwin').properties).toEqual(
      expect.arrayContaining(['openDirectory', 'openFile', 'multiSelections']),
    );
    expect(linux.filters?.[0]?.extensions).toEqual(['txt', 'md', 'html', 'htm', 'json', 'jsonl', 'csv']);
  });

  it('suggests an export file with the extension of its format, filtered to that format', () => {
    const options = exportPathOptions('zh-CN', '/home/u/Documents', '锂电研究', 'docx');
    expect(options.title).toBe('导出报告');
    expect(options.defaultPath).toBe(path.join('/home/u/Documents', '锂电研究.docx'));
    expect(options.filters).toEqual([{ name: 'Word', extensions: ['docx'] }]);
    expect(exportPathOptions('en', '/d', '', 'pdf').defaultPath).toBe(path.join('/d', 'Report.pdf'));
    expect(withExportExtension('/d/报告', 'xlsx')).toBe('/d/报告.xlsx');
    expect(withExportExtension('/d/报告.XLSX', 'xlsx')).toBe('/d/报告.XLSX');
  });

  it('opens .qdc codebooks and .qdpx projects for a codebook', () => {
    expect(codebookFileOptions('en')).toMatchObject({
      title: 'Import codebook',
      properties: ['openFile'],
      filters: [{ extensions: ['qdc', 'qdpx'] }],
    });
  });
});
