// Installs the application menu and rebuilds it when its inputs change: the language (after
// setLocale) and the recent projects (after any project opens or closes, or the list is cleared).
import { Menu, type BrowserWindow } from 'electron';
import { IPC, type MenuCommand } from '../common/api/host';
import type { EngineClient } from '../node/engine/engine-client';
import { buildMenuTemplate, type MenuEnvironment, type MenuState } from './menu-template';

export interface AppMenu {
  refresh(): Promise<void>;
  dispose(): void;
}

export function installAppMenu(options: {
  engine: Pick<EngineClient, 'call' | 'onEvent'>;
  getWindow: () => BrowserWindow | null;
  isDev: boolean;
  openWindow?: () => void;
  /** What the main process does itself: clearing recent projects, the Help menu. */
  actions?: Pick<MenuEnvironment, 'clearRecent' | 'openLogFolder' | 'copyDiagnostics'>;
}): AppMenu {
  const { engine, getWindow, isDev, openWindow, actions = {} } = options;
  const send = (command: MenuCommand): void => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC.menu, command);
  };

  const apply = (state: MenuState): void => {
    const template = buildMenuTemplate(state, {
      isDev,
      platform: process.platform,
      send,
      openWindow,
      ...actions,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  // Replace Electron's default menu (which has DevTools and reload) before the engine answers.
  apply({ locale: 'zh-CN', recentProjects: [] });

  // Calls can overlap (an event during a rebuild); only the newest state may win.
  let generation = 0;
  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const answer = await engine.call('getAppState', {});
    if (mine !== generation) return;
    if (answer.ok) apply({ locale: answer.value.locale, recentProjects: answer.value.recentProjects });
  };

  const stopListening = engine.onEvent((name) => {
    if (name === 'projectChanged') void refresh();
  });
  void refresh();
  return { refresh, dispose: stopListening };
}
