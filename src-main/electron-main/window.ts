// Creates the app window and loads the renderer: the dev server in development, the built files
// otherwise. Navigation and popups are guarded for every web contents in security.ts.
import { BrowserWindow } from 'electron';
import { log } from '../node/log/logger';
import { preloadPath, rendererIndexPath, type AppLocation } from './app-location';
import { mainWindowOptions } from './window-options';
import type { WindowPlacement } from './window-state';

export function createMainWindow(
  mainDir: string,
  location: AppLocation,
  placement?: WindowPlacement,
): BrowserWindow {
  const options = mainWindowOptions(preloadPath(mainDir));
  if (location.windowIcon !== undefined) options.icon = location.windowIcon;
  if (placement) {
    const { maximized: _maximized, ...bounds } = placement;
    Object.assign(options, bounds);
  }
  const window = new BrowserWindow(options);
  window.once('ready-to-show', () => {
    // Maximised before it is shown, so the user never sees it jump from the normal size.
    if (placement?.maximized) window.maximize();
    window.show();
  });

  const loading =
    location.devServerUrl !== undefined
      ? window.loadURL(location.devServerUrl)
      : window.loadFile(rendererIndexPath(mainDir));
  loading.catch((error: unknown) => log.error('the window failed to load', error));
  return window;
}
