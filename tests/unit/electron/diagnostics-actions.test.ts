import { describe, expect, it, vi } from 'vitest';
import type { Diagnostics } from '../../../src-main/common/model/diagnostics';
import { copyDiagnostics, openLogFolder } from '../../../src-main/electron-main/diagnostics-actions';

const diagnostics: Diagnostics = {
  appVersion: '1.2.3',
  host: 'electron',
  versions: { node: '20.0.0', v8: '12.0', electron: null, chrome: null },
  os: { platform: 'win32', release: '10.0.22631', arch: 'x64' },
  locale: { app: 'zh-CN', system: 'zh-CN' },
  project: { articleCount: 1234, fileBytes: 5 * 1024 * 1024, schemaVersion: 9, isDemo: false },
  logDir: 'C:\\Users\\u\\AppData\\Roaming\\Zhiyan\\logs',
  recentErrors: ['2026-12-02T18:00:00.000Z ERROR [engine] snapshot of <path.zhiyan> failed: Error: EBUSY'],
};

function engine(answer: unknown, locale = 'en') {
  return {
    call: vi.fn(async (method: string) =>
      method === 'getAppState' ? { ok: true, value: { locale } } : answer,
    ),
  } as never;
}

describe('copyDiagnostics', () => {
  it("copies the engine's report with the main process's Electron and Chromium versions, and shows it", async () => {
    const writeClipboard = vi.fn();
    const showMessage = vi.fn(async () => undefined);
    const done = await copyDiagnostics({
      engine: engine({ ok: true, value: diagnostics }, 'zh-CN'),
      writeClipboard,
      showMessage,
      versions: { electron: '33.2.0', chrome: '130.0.6723.137' },
    });
    expect(done).toBe(true);
    const text = writeClipboard.mock.calls[0]?.[0] as string;
    expect(text).toContain('Zhiyan 1.2.3 (desktop app)');
    expect(text).toContain('Electron: 33.2.0');
    expect(text).toContain('Chromium: 130.0.6723.137');
    expect(text).toContain('OS: win32 10.0.22631 (x64)');
    expect(text).toContain('Project: 1234 articles, 5.0 MB, schema 9');
    expect(text).toContain('snapshot of <path.zhiyan> failed');
    // The log folder is for the Help menu, not for the report (it names the user).
    expect(text).not.toContain('AppData');
    expect(showMessage).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'info',
        message: '诊断信息已复制到剪贴板',
        detail: expect.stringContaining(text),
      }),
    );
  });

  it('says so, and copies nothing, when the engine cannot answer', async () => {
    const writeClipboard = vi.fn();
    const showMessage = vi.fn(async () => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const done = await copyDiagnostics({
      engine: engine({
        ok: false,
        error: { code: 'ENGINE_UNAVAILABLE', message: 'The engine is not running' },
      }),
      writeClipboard,
      showMessage,
      versions: {},
    });
    error.mockRestore();
    expect(done).toBe(false);
    expect(writeClipboard).not.toHaveBeenCalled();
    expect(showMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', message: 'Could not collect the diagnostic information' }),
    );
  });
});

describe('openLogFolder', () => {
  it('creates the folder if nothing was logged yet, then opens it', async () => {
    const order: string[] = [];
    const opened = await openLogFolder('/logs', {
      ensureDir: (dir) => order.push(`mkdir ${dir}`),
      openPath: async (dir) => {
        order.push(`open ${dir}`);
        return '';
      },
      showMessage: vi.fn(),
      locale: 'zh-CN',
    });
    expect(opened).toBe(true);
    expect(order).toEqual(['mkdir /logs', 'open /logs']);
  });

  it('tells the user where the folder is when the file manager refuses', async () => {
    const showMessage = vi.fn(async () => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opened = await openLogFolder('/logs', {
      ensureDir: () => undefined,
      openPath: async () => 'no file manager',
      showMessage,
      locale: 'zh-CN',
    });
    warn.mockRestore();
    expect(opened).toBe(false);
    expect(showMessage).toHaveBeenCalledWith(
      expect.objectContaining({ message: '无法打开日志文件夹', detail: '/logs\nno file manager' }),
    );
  });
});
