// What each native dialog asks for, in the UI language. Pure, so the filters and the .zhiyan rule
// are tested without showing a dialog.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Locale } from '../common/model/project';
import { exportFormatInfo, withExportExtension, type ExportFormat } from '../common/model/export-formats';

export const PROJECT_EXTENSION = 'zhiyan';
export const IMPORTABLE_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'json', 'jsonl', 'csv'] as const;

const TEXT = {
  'zh-CN': {
    openProject: '打开项目',
    newProject: '新建项目',
    newProjectName: '新项目',
    saveCopy: '另存副本',
    importPaths: '导入文件夹或文件',
    importButton: '导入',
    createButton: '创建',
    projectFilter: '智研项目',
    textFilter: '文本与网页文件',
    exportReport: '导出报告',
    exportButton: '导出',
    reportName: '报告',
    importCodebook: '导入编码本',
    codebookFilter: 'REFI-QDA 编码本或项目',
  },
  en: {
    openProject: 'Open project',
    newProject: 'New project',
    newProjectName: 'New project',
    saveCopy: 'Save a copy',
    importPaths: 'Import folders or files',
    importButton: 'Import',
    createButton: 'Create',
    projectFilter: 'Zhiyan projects',
    textFilter: 'Text and web pages',
    exportReport: 'Export report',
    exportButton: 'Export',
    reportName: 'Report',
    importCodebook: 'Import codebook',
    codebookFilter: 'REFI-QDA codebook or project',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export function withProjectExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)
    ? filePath
    : `${filePath}.${PROJECT_EXTENSION}`;
}

export function openProjectOptions(locale: Locale): OpenDialogOptions {
  const text = TEXT[locale];
  return {
    title: text.openProject,
    properties: ['openFile'],
    filters: [{ name: text.projectFilter, extensions: [PROJECT_EXTENSION] }],
  };
}

export function newProjectOptions(locale: Locale, documentsDir: string): SaveDialogOptions {
  const text = TEXT[locale];
  return {
    title: text.newProject,
    buttonLabel: text.createButton,
    defaultPath: path.join(documentsDir, `${text.newProjectName}.${PROJECT_EXTENSION}`),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: text.projectFilter, extensions: [PROJECT_EXTENSION] }],
  };
}

export function saveCopyOptions(
  locale: Locale,
  documentsDir: string,
  suggestedName: string,
): SaveDialogOptions {
  const text = TEXT[locale];
  const name = suggestedName === '' ? text.newProjectName : suggestedName;
  return {
    title: text.saveCopy,
    defaultPath: path.join(documentsDir, withProjectExtension(name)),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: text.projectFilter, extensions: [PROJECT_EXTENSION] }],
  };
}

/**
 * Folders are the usual input (a crawl is a folder tree), files the exception. Only macOS lets one
 * dialog pick both; on Windows and Linux asking for both shows a folder picker anyway, so there we
 * ask for folders, and single files reach the app through a folder or the renderer's own picker.
 */
export function importPathsOptions(locale: Locale, platform: NodeJS.Platform): OpenDialogOptions {
  const text = TEXT[locale];
  return {
    title: text.importPaths,
    buttonLabel: text.importButton,
    properties:
      platform === 'darwin'
        ? ['openDirectory', 'openFile', 'multiSelections']
        : ['openDirectory', 'multiSelections'],
    filters: [{ name: text.textFilter, extensions: [...IMPORTABLE_EXTENSIONS] }],
  };
}

// The format list, the extensions and the filter names are declared once (common/model/export-formats.ts).
export { withExportExtension };

export function exportPathOptions(
  locale: Locale,
  documentsDir: string,
  suggestedName: string,
  format: ExportFormat,
): SaveDialogOptions {
  const text = TEXT[locale];
  const filter = exportFormatInfo(format);
  return {
    title: text.exportReport,
    buttonLabel: text.exportButton,
    defaultPath: path.join(documentsDir, withExportExtension(suggestedName || text.reportName, format)),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: filter.fileType, extensions: [filter.extension] }],
  };
}

export function codebookFileOptions(locale: Locale): OpenDialogOptions {
  const text = TEXT[locale];
  return {
    title: text.importCodebook,
    properties: ['openFile'],
    filters: [{ name: text.codebookFilter, extensions: ['qdc', 'qdpx'] }],
  };
}
