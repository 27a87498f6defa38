// The main window's options, kept pure so a unit test can hold the security flags in place.
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = '智研 Zhiyan';

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: WINDOW_TITLE,
    // Shown on ready-to-show, so the user never sees a blank white frame while the renderer loads.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Chinese research text trips every spellchecker, and its dictionaries would be downloaded.
      spellcheck: false,
    },
  };
}
