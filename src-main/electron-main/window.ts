// Creates the app window and loads the renderer: the dev server in development, the built files
// otherwise. Navigation and popups are guarded for every web contents in security.ts.
import { BrowserWindow } from 'electron';
import { preloadPath, rendererIndexPath, type AppLocation } from './app-location';
import { mainWindowOptions } from './window-options';
import { log } from '../node/log/logger';

export function createMainWindow(mainDir: string, location: AppLocation): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath(mainDir)));
  window.once('ready-to-show', () => window.show());

  const loading =
    location.devServerUrl !== undefined
      ? window.loadURL(location.devServerUrl)
      : window.loadFile(rendererIndexPath(mainDir));
  loading.catch((error: unknown) => log.error('the window failed to load', error));
  return window;
}
