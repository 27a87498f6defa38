// The engine's half of a problem report (common/model/diagnostics.ts): what it knows about the
// runtime, the system, the open project's size and the log. Read-only and cheap: it counts, it never
// reads an article.
import fs from 'node:fs';
import os from 'node:os';
import { DIAGNOSTIC_ERROR_LINES, redactPaths, type Diagnostics } from '../../common/model/diagnostics';
import type { AppState } from '../../common/model/project';
import { currentLogDir, recentErrorLines } from '../log/logger';

export function collectDiagnostics(state: AppState, logDir: string | null = currentLogDir()): Diagnostics {
  const project = state.project;
  return {
    appVersion: state.appVersion,
    host: state.host,
    versions: {
      node: process.versions.node,
      v8: process.versions.v8,
      // Set in Electron's main process and its worker threads (the engine runs in one).
      electron: process.versions['electron'] ?? null,
      chrome: process.versions['chrome'] ?? null,
    },
    os: { platform: process.platform, release: os.release(), arch: process.arch },
    locale: { app: state.locale, system: Intl.DateTimeFormat().resolvedOptions().locale },
    project: project && {
      articleCount: project.articleCount,
      fileBytes: fileSize(project.path),
      schemaVersion: project.schemaVersion,
      isDemo: project.isDemo,
    },
    logDir,
    recentErrors: logDir ? recentErrorLines(logDir, DIAGNOSTIC_ERROR_LINES).map(redactPaths) : [],
  };
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
