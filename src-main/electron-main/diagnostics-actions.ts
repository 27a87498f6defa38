// Help → 打开日志文件夹 and 复制诊断信息: the log folder in the file manager, and the problem report
// (engine getDiagnostics, formatted) on the clipboard, shown to the user so they see what they share.
import type { MessageBoxOptions } from 'electron';
import { formatDiagnostics } from '../common/model/diagnostics';
import type { Locale } from '../common/model/project';
import type { EngineClient } from '../node/engine/engine-client';
import { log } from '../node/log/logger';

export interface DiagnosticsDeps {
  engine: Pick<EngineClient, 'call'>;
  writeClipboard(text: string): void;
  showMessage(options: MessageBoxOptions): Promise<unknown>;
  /** The main process's own versions: the engine thread may not know Electron's and Chromium's. */
  versions: { electron?: string | undefined; chrome?: string | undefined };
}

const TEXT = {
  'zh-CN': {
    copied: '诊断信息已复制到剪贴板',
    copiedDetail: '其中不含文献正文、标题或项目名称。可粘贴到邮件或问题报告中：',
    failed: '无法收集诊断信息',
    noLogFolder: '无法打开日志文件夹',
  },
  en: {
    copied: 'Diagnostic information copied to the clipboard',
    copiedDetail:
      'It holds no article text, titles or project names. Paste it into an e-mail or a problem report:',
    failed: 'Could not collect the diagnostic information',
    noLogFolder: 'Could not open the log folder',
  },
} as const satisfies Record<Locale, Record<string, string>>;

async function currentLocale(engine: Pick<EngineClient, 'call'>): Promise<Locale> {
  const state = await engine.call('getAppState', {});
  return state.ok ? state.value.locale : 'zh-CN';
}

/** Puts the report on the clipboard and shows it; false when the engine could not answer. */
export async function copyDiagnostics(deps: DiagnosticsDeps): Promise<boolean> {
  const [answer, locale] = await Promise.all([
    deps.engine.call('getDiagnostics', {}),
    currentLocale(deps.engine),
  ]);
  const text = TEXT[locale];
  if (!answer.ok) {
    log.error(`getDiagnostics failed: ${answer.error.code}`);
    await deps.showMessage({ type: 'error', message: text.failed, detail: answer.error.message });
    return false;
  }
  const diagnostics = answer.value;
  const report = formatDiagnostics({
    ...diagnostics,
    versions: {
      ...diagnostics.versions,
      electron: deps.versions.electron ?? diagnostics.versions.electron,
      chrome: deps.versions.chrome ?? diagnostics.versions.chrome,
    },
  });
  deps.writeClipboard(report);
  await deps.showMessage({ type: 'info', message: text.copied, detail: `${text.copiedDetail}\n\n${report}` });
  return true;
}

/** Opens the folder in the file manager; shell.openPath answers '' or the reason it failed. */
export async function openLogFolder(
  dir: string,
  deps: {
    openPath(path: string): Promise<string>;
    ensureDir(path: string): void;
    showMessage(options: MessageBoxOptions): Promise<unknown>;
    locale: Locale;
  },
): Promise<boolean> {
  try {
    // Before anything was logged the folder may not exist yet; an empty folder is still the answer.
    deps.ensureDir(dir);
  } catch (error) {
    log.warn('the log folder could not be created', error);
  }
  const problem = await deps.openPath(dir);
  if (problem === '') return true;
  log.warn(`the log folder could not be opened: ${problem}`);
  await deps.showMessage({
    type: 'error',
    message: TEXT[deps.locale].noLogFolder,
    detail: `${dir}\n${problem}`,
  });
  return false;
}

export { currentLocale };
