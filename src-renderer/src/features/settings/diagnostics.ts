// 复制诊断信息 in the settings dialog: the engine's problem report (getDiagnostics), with the browser
// the page runs in, put on the clipboard. The Electron app has the same under Help; in the browser
// host this is the only way to it.
import { formatDiagnostics } from '../../../../src-main/common/model/diagnostics';
import { useApi } from '../../api';
import { useFeedbackStore } from '../../app/feedback';

/** The page's browser, from its user agent: the engine cannot know which Chromium shows the UI. */
export function browserLine(userAgent: string): Record<string, string> {
  const chrome = /(?:Chrome|Chromium)\/([\d.]+)/.exec(userAgent)?.[1];
  const firefox = /Firefox\/([\d.]+)/.exec(userAgent)?.[1];
  const name = chrome ? `Chromium ${chrome}` : firefox ? `Firefox ${firefox}` : 'unknown';
  return { Browser: name };
}

/** The report as text, or null when the engine could not answer (the error is shown). */
export async function diagnosticsReport(
  host: 'electron' | 'browser',
  userAgent: string,
): Promise<string | null> {
  const answer = await useApi().getDiagnostics({});
  if (!answer.ok) {
    useFeedbackStore().reportError(answer.error);
    return null;
  }
  return formatDiagnostics(answer.value, host === 'browser' ? browserLine(userAgent) : {});
}

/** Copies the report; false when the clipboard refused (the caller shows the text to copy by hand). */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
