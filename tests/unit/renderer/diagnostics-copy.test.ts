// Settings → 复制诊断信息 in the renderer: the engine's report plus the page's browser, and what
// happens when the clipboard refuses (the dialog then shows the text to copy by hand).
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZhiyanApi } from '../../../src-main/common/api/contract';
import type { Diagnostics } from '../../../src-main/common/model/diagnostics';
import { setApiClient } from '../../../src-renderer/src/api';
import { useFeedbackStore } from '../../../src-renderer/src/app/feedback';
import {
  browserLine,
  copyText,
  diagnosticsReport,
} from '../../../src-renderer/src/features/settings/diagnostics';
import { clientFor } from './support/api-client';

const diagnostics: Diagnostics = {
  appVersion: '0.1.0',
  host: 'browser',
  versions: { node: '20.20.2', v8: '11.3', electron: null, chrome: null },
  os: { platform: 'linux', release: '6.1.0', arch: 'x64' },
  locale: { app: 'en', system: 'en-US' },
  project: null,
  logDir: '/home/u/.config/zhiyan/logs',
  recentErrors: [],
};

const CHROMIUM_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';

beforeEach(() => setActivePinia(createPinia()));

describe('diagnosticsReport', () => {
  it("adds the page's browser in the browser host, where the engine cannot know it", async () => {
    setApiClient(
      clientFor({ getDiagnostics: async () => ({ ok: true, value: diagnostics }) } as unknown as ZhiyanApi),
    );
    const report = await diagnosticsReport('browser', CHROMIUM_UA);
    expect(report).toContain('Zhiyan 0.1.0 (browser host)');
    expect(report).toContain('Browser: Chromium 131.0.6778.85');
    expect(report).toContain('Project: none open');
    expect(report).toContain('No errors in the log.');
    expect(await diagnosticsReport('electron', CHROMIUM_UA)).not.toContain('Browser:');
  });

  it('shows the engine’s error and gives no report when it cannot answer', async () => {
    const error = { code: 'ENGINE_UNAVAILABLE', message: 'The engine is not running' } as const;
    setApiClient(clientFor({ getDiagnostics: async () => ({ ok: false, error }) } as unknown as ZhiyanApi));
    expect(await diagnosticsReport('browser', CHROMIUM_UA)).toBeNull();
    expect(useFeedbackStore().dialogError).toMatchObject({ error: { code: 'ENGINE_UNAVAILABLE' } });
  });
});

describe('copyText and browserLine', () => {
  it('answers whether the clipboard took the text', async () => {
    const writeText = vi.fn(async () => undefined);
    expect(await copyText('report', { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('report');
    expect(
      await copyText('report', { writeText: async () => Promise.reject(new Error('NotAllowedError')) }),
    ).toBe(false);
    expect(await copyText('report', undefined)).toBe(false);
  });

  it('names Chromium, Firefox, or says it does not know', () => {
    expect(browserLine(CHROMIUM_UA)).toEqual({ Browser: 'Chromium 131.0.6778.85' });
    expect(browserLine('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toEqual({
      Browser: 'Firefox 128.0',
    });
    expect(browserLine('curl/8.0')).toEqual({ Browser: 'unknown' });
  });
});
