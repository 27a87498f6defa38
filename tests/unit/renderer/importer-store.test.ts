// A window reloaded during an import shows its progress again; one that followed an import and went
// away gets the unread report when it comes back, and only until the report is closed.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZhiyanApi } from '../../../src-main/common/api/contract';
import type { ImportProgress, ImportReport, ImportState } from '../../../src-main/common/model/project';
import { setApiClient } from '../../../src-renderer/src/api';
import { useAppStore } from '../../../src-renderer/src/app/app';
import { useImporterStore } from '../../../src-renderer/src/features/import/importer';
import { clientFor } from './support/api-client';

const PROJECT = '/home/me/衢州.zhiyan';

const progress: ImportProgress = {
  batchId: 4,
  filesDone: 10,
  filesTotal: 300,
  articlesAdded: 9,
  currentFile: '/crawl/10.txt',
  secondsLeft: 20,
};
const report: ImportReport = {
  batchId: 4,
  filesSeen: 300,
  imported: 290,
  duplicates: 0,
  reprints: 0,
  skipped: [],
  warnings: [],
  leftOut: [{ reason: 'unsupported-type', extension: '.pdf', count: 12, examples: ['/crawl/a.pdf'] }],
  cancelled: false,
  seconds: 12,
};

let state: ImportState = { running: null, recent: [] };

/** A fresh window: new stores over the same engine and the same localStorage. */
function newWindow() {
  setActivePinia(createPinia());
  setApiClient(
    clientFor({
      getImportState: async () => ({ ok: true, value: state }),
    } as unknown as ZhiyanApi),
  );
  useAppStore().state = {
    appVersion: 'test',
    locale: 'zh-CN',
    readerPreferences: { fontSize: 17, theme: 'light', codingStripes: true, noteMarkers: true },
    recentProjects: [],
    project: {
      path: PROJECT,
      name: '衢州',
      schemaVersion: 7,
      articleCount: 0,
      isDemo: false,
      migratedFromBackup: null,
    },
    host: 'browser',
    startupError: null,
  };
  return useImporterStore();
}

beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
  state = { running: null, recent: [] };
});

describe('importer store across reloads', () => {
  it('shows a running import again after a reload', async () => {
    state = { running: progress, recent: [] };
    const importer = newWindow();
    await importer.restore();
    expect(importer.phase).toBe('running');
    expect(importer.dialogOpen).toBe(true);
    expect(importer.progress?.filesDone).toBe(10);
  });

  it('gives the followed import its report when the window comes back, until it is closed', async () => {
    const first = newWindow();
    first.onProgress(progress); // this window follows batch 4, then goes away
    state = { running: null, recent: [report] };

    const second = newWindow();
    await second.restore();
    expect(second.phase).toBe('finished');
    expect(second.dialogOpen).toBe(true);
    expect(second.report?.leftOut?.[0]?.count).toBe(12);
    second.closeDialog();

    const third = newWindow();
    await third.restore();
    expect(third.dialogOpen).toBe(false);
    expect(third.recent).toEqual([report]);
  });

  it('does not pop up the report of an import this window never followed', async () => {
    state = { running: null, recent: [report] };
    const importer = newWindow();
    await importer.restore();
    expect(importer.dialogOpen).toBe(false);
    expect(importer.phase).toBe('idle');
  });
});
