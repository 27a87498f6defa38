// The export dialog's store: the paper and notes options it sends, the project's name as the title
// of an untitled report, and a Stop that cancels the running export in the engine.
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZhiyanApi } from '../../../src-main/common/api/contract';
import type { ApiError, Result } from '../../../src-main/common/api/errors';
import type { ExportResult } from '../../../src-main/common/model/report';
import { setApiClient } from '../../../src-renderer/src/api';
import { useAppStore } from '../../../src-renderer/src/app/app';
import { useDialogsStore } from '../../../src-renderer/src/app/dialogs';
import { useFeedbackStore } from '../../../src-renderer/src/app/feedback';
import { useExportsStore } from '../../../src-renderer/src/features/export/exports';
import { clientFor } from './support/api-client';

let finishExport: (result: Result<ExportResult>) => void = () => {};
const exportReport = vi.fn(
  () =>
    new Promise<Result<ExportResult>>((resolve) => {
      finishExport = resolve;
    }),
);
const cancelExport = vi.fn(async () => {
  const error: ApiError = { code: 'EXPORT_CANCELLED', message: 'cancelled' };
  finishExport({ ok: false, error });
  return { ok: true as const, value: { cancelled: true } };
});

beforeEach(() => {
  setActivePinia(createPinia());
  exportReport.mockClear();
  cancelExport.mockClear();
  setApiClient(
    clientFor({
      exportReport,
      cancelExport,
      previewReport: async () => ({ ok: true, value: { html: '', articles: 0, passages: 0 } }),
    } as unknown as ZhiyanApi),
  );
  useAppStore().state = {
    appVersion: 'test',
    locale: 'zh-CN',
    readerPreferences: { fontSize: 17, theme: 'light', codingStripes: true, noteMarkers: true },
    recentProjects: [],
    project: {
      path: '/home/me/衢州锂电.zhiyan',
      name: '衢州锂电',
      schemaVersion: 7,
      articleCount: 3,
      isDemo: false,
      migratedFromBackup: null,
    },
    host: 'browser',
    startupError: null,
  };
});

describe('the exports store', () => {
  it('sends A4 unless another paper is chosen, and the project name as the default title', () => {
    const exports = useExportsStore();
    expect(exports.options).toMatchObject({ paper: 'a4', title: '衢州锂电' });
    exports.paper = 'letter';
    exports.title = '  锂电研究 ';
    expect(exports.options).toMatchObject({ paper: 'letter', title: '锂电研究' });
  });

  it('offers comments for Word only, and falls back to footnotes for other formats', async () => {
    const exports = useExportsStore();
    expect(exports.takesComments).toBe(true);
    exports.notes = 'comments';
    exports.format = 'pdf';
    await nextTick();
    expect(exports.takesComments).toBe(false);
    expect(exports.takesPaper).toBe(true);
    expect(exports.notes).toBe('footnotes');
    exports.format = 'csv';
    expect(exports.takesPaper).toBe(false);
  });

  it('stops a running export: the engine is asked to cancel, and the dialog stays open', async () => {
    const exports = useExportsStore();
    exports.open = true;
    exports.format = 'pdf';
    vi.spyOn(useDialogsStore(), 'pickExportPath').mockResolvedValue('/tmp/r.pdf');
    const notify = vi.spyOn(useFeedbackStore(), 'notify');
    const reportError = vi.spyOn(useFeedbackStore(), 'reportError');
    const done = exports.exportNow('智研报告');
    await vi.waitFor(() => expect(exportReport).toHaveBeenCalledOnce());
    expect(exports.running).toBe(true);
    exports.onProgress({ phase: 'print', done: 12, total: 0, pages: 800 });
    expect(exports.progress?.pages).toBe(800);
    await exports.cancel();
    expect(cancelExport).toHaveBeenCalledOnce();
    expect(await done).toBe(false);
    expect(exports.running).toBe(false);
    expect(exports.cancelling).toBe(false);
    expect(exports.open).toBe(true);
    expect(notify).toHaveBeenCalledWith('info', 'exports.cancelled');
    expect(reportError).not.toHaveBeenCalled();
  });
});
