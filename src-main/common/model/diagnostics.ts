// What a problem report carries: versions, the system, the project's size, the last logged errors.
// Never article text, titles, project names or paths: a user pastes this into an e-mail or an issue
// tracker, and their research material must not travel with it.

export interface Diagnostics {
  appVersion: string;
  host: 'electron' | 'browser';
  /** Runtime versions the engine sees; Electron and Chromium are null outside Electron. */
  versions: { node: string; v8: string; electron: string | null; chrome: string | null };
  os: { platform: string; release: string; arch: string };
  /** The app's UI language and the system's own locale. */
  locale: { app: string; system: string };
  /** The open project's size; null when none is open. */
  project: { articleCount: number; fileBytes: number; schemaVersion: number; isDemo: boolean } | null;
  /** Where the log files are; null when this host writes none. */
  logDir: string | null;
  /** The newest error records of the log, paths replaced (see redactPaths). */
  recentErrors: string[];
}

/** How many error records a report carries: enough to see a pattern, short enough to paste. */
export const DIAGNOSTIC_ERROR_LINES = 20;

// A path is a run of non-space characters with at least one separator, starting at a root, a drive
// or a home folder. File names are often article titles, so the whole path goes; its extension
// stays, because "which kind of file failed" is the useful part of it.
const PATH_PATTERN = /(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|\/)[^\s'"`<>|]*/g;

export function redactPaths(line: string): string {
  return line.replace(PATH_PATTERN, (found) => {
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(found)?.[0] ?? '';
    return `<path${extension}>`;
  });
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * The report as plain text, in English on purpose: it is read by whoever fixes the bug, not shown
 * as UI. `extra` adds host-only lines (the browser the page runs in).
 */
export function formatDiagnostics(diagnostics: Diagnostics, extra: Record<string, string> = {}): string {
  const { versions, os, project } = diagnostics;
  const lines = [
    `Zhiyan ${diagnostics.appVersion} (${diagnostics.host === 'electron' ? 'desktop app' : 'browser host'})`,
    `Electron: ${versions.electron ?? '-'}`,
    `Chromium: ${versions.chrome ?? '-'}`,
    `Node: ${versions.node}, V8: ${versions.v8}`,
    `OS: ${os.platform} ${os.release} (${os.arch})`,
    `Locale: app ${diagnostics.locale.app}, system ${diagnostics.locale.system}`,
    ...Object.entries(extra).map(([name, value]) => `${name}: ${value}`),
    project
      ? `Project: ${project.articleCount} articles, ${megabytes(project.fileBytes)}, schema ${project.schemaVersion}${project.isDemo ? ', demo' : ''}`
      : 'Project: none open',
    '',
    diagnostics.recentErrors.length > 0
      ? `Last ${diagnostics.recentErrors.length} errors in the log:`
      : 'No errors in the log.',
    ...diagnostics.recentErrors,
  ];
  return `${lines.join('\n')}\n`;
}
