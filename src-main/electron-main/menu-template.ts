// The application menu as data: labels in the UI language, commands sent to the renderer. Pure, so
// accelerators, the recent-projects list and the dev-only items are unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/api/host';
import type { Locale, RecentProject } from '../common/model/project';

export interface MenuState {
  locale: Locale;
  recentProjects: RecentProject[];
}

export interface MenuEnvironment {
  /** Reload and DevTools exist only while developing. */
  isDev: boolean;
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
  /** Opens another window on the open project (each window its own undo history). */
  openWindow?: () => void;
  /** Forgets the recent projects, the app's and the OS's (File → 最近的项目 → 清除列表). */
  clearRecent?: () => void;
  /** Help → 打开日志文件夹. */
  openLogFolder?: () => void;
  /** Help → 复制诊断信息. */
  copyDiagnostics?: () => void;
}

const LABELS = {
  'zh-CN': {
    file: '文件',
    newProject: '新建项目',
    newWindow: '新建窗口',
    openProject: '打开项目…',
    recent: '最近的项目',
    noRecent: '（无）',
    clearRecent: '清除列表',
    help: '帮助',
    openLogFolder: '打开日志文件夹',
    copyDiagnostics: '复制诊断信息',
    openDemo: '打开演示项目',
    saveCopy: '另存副本…',
    importFolder: '导入文件夹…',
    exportReport: '导出报告…',
    importCodebook: '导入编码本（.qdc、.qdpx）…',
    settings: '设置',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    view: '视图',
    window: '窗口',
  },
  en: {
    file: 'File',
    newProject: 'New Project',
    newWindow: 'New Window',
    openProject: 'Open Project…',
    recent: 'Recent Projects',
    noRecent: '(none)',
    clearRecent: 'Clear List',
    help: 'Help',
    openLogFolder: 'Open Log Folder',
    copyDiagnostics: 'Copy Diagnostic Information',
    openDemo: 'Open Demo Project',
    saveCopy: 'Save a Copy…',
    importFolder: 'Import Folder…',
    exportReport: 'Export Report…',
    importCodebook: 'Import Codebook (.qdc, .qdpx)…',
    settings: 'Settings',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    window: 'Window',
  },
} as const satisfies Record<Locale, Record<string, string>>;

// A long list of recent projects stops helping; the settings page can show them all.
const MAX_RECENT = 10;

export function buildMenuTemplate(state: MenuState, env: MenuEnvironment): MenuItemConstructorOptions[] {
  const text = LABELS[state.locale];
  const isMac = env.platform === 'darwin';
  const command = (value: MenuCommand) => () => env.send(value);

  const recent: MenuItemConstructorOptions[] = [
    ...(state.recentProjects.length === 0
      ? [{ label: text.noRecent, enabled: false }]
      : state.recentProjects.slice(0, MAX_RECENT).map((project) => ({
          label: project.name,
          toolTip: project.path,
          click: command({ kind: 'open-recent', path: project.path }),
        }))),
    ...(env.clearRecent
      ? [
          { type: 'separator' as const },
          { label: text.clearRecent, enabled: state.recentProjects.length > 0, click: env.clearRecent },
        ]
      : []),
  ];

  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      { label: text.newProject, accelerator: 'CmdOrCtrl+N', click: command({ kind: 'new-project' }) },
      { label: text.openProject, accelerator: 'CmdOrCtrl+O', click: command({ kind: 'open-project' }) },
      { label: text.recent, submenu: recent },
      { label: text.openDemo, click: command({ kind: 'open-demo' }) },
      ...(env.openWindow
        ? [{ label: text.newWindow, accelerator: 'CmdOrCtrl+Shift+N', click: env.openWindow }]
        : []),
      { type: 'separator' },
      { label: text.saveCopy, accelerator: 'CmdOrCtrl+Shift+S', click: command({ kind: 'save-copy' }) },
      { label: text.importFolder, accelerator: 'CmdOrCtrl+I', click: command({ kind: 'import-folder' }) },
      { label: text.exportReport, accelerator: 'CmdOrCtrl+E', click: command({ kind: 'export-report' }) },
      { label: text.importCodebook, click: command({ kind: 'import-codebook' }) },
      { type: 'separator' },
      { label: text.settings, accelerator: 'CmdOrCtrl+,', click: command({ kind: 'settings' }) },
      // macOS keeps Quit in the app menu (below); a second one under File would be out of place.
      ...(isMac ? [] : [{ type: 'separator' as const }, { label: text.quit, role: 'quit' as const }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      // The renderer decides: text undo inside a text field, the project's annotation history
      // elsewhere. Its own key handler takes the keys, so the accelerators are shown, not bound
      // (bound, one key press would undo twice).
      {
        label: text.undo,
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: command({ kind: 'undo' }),
      },
      {
        label: text.redo,
        accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
        registerAccelerator: false,
        click: command({ kind: 'redo' }),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      ...(env.isDev
        ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const macApp: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const helpItems: MenuItemConstructorOptions[] = [
    ...(env.openLogFolder ? [{ label: text.openLogFolder, click: env.openLogFolder }] : []),
    ...(env.copyDiagnostics ? [{ label: text.copyDiagnostics, click: env.copyDiagnostics }] : []),
  ];
  // role 'help' gives macOS's Help menu its search field.
  const help: MenuItemConstructorOptions[] =
    helpItems.length > 0 ? [{ label: text.help, role: 'help', submenu: helpItems }] : [];

  return isMac
    ? [macApp, file, edit, view, { label: text.window, role: 'windowMenu' }, ...help]
    : [file, edit, view, ...help];
}
