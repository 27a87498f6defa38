import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../src-main/common/api/host';
import { buildMenuTemplate, type MenuState } from '../../../src-main/electron-main/menu-template';

const state: MenuState = {
  locale: 'zh-CN',
  recentProjects: [{ path: '/home/u/衢州.zhiyan', name: '衢州', openedAt: '2025-01-01T00:00:00Z' }],
};

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it('speaks Chinese by default and English on request', () => {
    const send = vi.fn();
    const zh = buildMenuTemplate(state, { isDev: false, platform: 'linux', send });
    expect(zh.map((item) => item.label)).toEqual(['文件', '编辑', '视图']);
    const en = buildMenuTemplate({ ...state, locale: 'en' }, { isDev: false, platform: 'linux', send });
    expect(en.map((item) => item.label)).toEqual(['File', 'Edit', 'View']);
  });

  it('binds the agreed accelerators to the agreed commands', () => {
    const sent: MenuCommand[] = [];
    const all = items(
      buildMenuTemplate(state, { isDev: false, platform: 'linux', send: (c) => sent.push(c) }),
    );
    const byAccelerator = (accelerator: string) => all.find((item) => item.accelerator === accelerator);
    for (const [accelerator, kind] of [
      ['CmdOrCtrl+N', 'new-project'],
      ['CmdOrCtrl+O', 'open-project'],
      ['CmdOrCtrl+Shift+S', 'save-copy'],
      ['CmdOrCtrl+I', 'import-folder'],
      ['CmdOrCtrl+E', 'export-report'],
      ['CmdOrCtrl+,', 'settings'],
    ] as const) {
      click(byAccelerator(accelerator));
      expect(sent.at(-1), accelerator).toEqual({ kind });
    }
    click(all.find((item) => item.label === '打开演示项目'));
    expect(sent.at(-1)).toEqual({ kind: 'open-demo' });
    click(all.find((item) => item.label === '导入编码本（.qdc、.qdpx）…'));
    expect(sent.at(-1)).toEqual({ kind: 'import-codebook' });
  });

  it('lists recent projects, or says there are none', () => {
    const send = vi.fn();
    const recent = items(buildMenuTemplate(state, { isDev: false, platform: 'linux', send })).find(
      (item) => item.label === '最近的项目',
    );
    const entries = recent?.submenu as MenuItemConstructorOptions[];
    expect(entries.map((item) => item.label)).toEqual(['衢州']);
    click(entries[0]);
    expect(send).toHaveBeenCalledWith({ kind: 'open-recent', path: '/home/u/衢州.zhiyan' });

    const empty = items(
      buildMenuTemplate({ ...state, recentProjects: [] }, { isDev: false, platform: 'linux', send }),
    );
    const none = (
      empty.find((item) => item.label === '最近的项目')?.submenu as MenuItemConstructorOptions[]
    )[0];
    expect(none).toMatchObject({ label: '（无）', enabled: false });
  });

  it('offers reload and DevTools only while developing', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate(state, { isDev, platform: 'linux', send: vi.fn() })).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
    expect(roles(false)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('sends undo and redo to the renderer, which knows whether a text field or the project is meant', () => {
    const send = vi.fn();
    const all = items(buildMenuTemplate(state, { isDev: false, platform: 'linux', send }));
    all.find((item) => item.label === '撤销')?.click?.({} as never, undefined, {} as never);
    all.find((item) => item.label === '重做')?.click?.({} as never, undefined, {} as never);
    expect(send.mock.calls.map(([command]) => command)).toEqual([{ kind: 'undo' }, { kind: 'redo' }]);
  });

  it('puts Quit under File except on macOS, where the app menu holds it', () => {
    const quitCount = (platform: NodeJS.Platform) =>
      items(buildMenuTemplate(state, { isDev: false, platform, send: vi.fn() })).filter(
        (i) => i.role === 'quit',
      ).length;
    expect(quitCount('win32')).toBe(1);
    expect(quitCount('darwin')).toBe(1);
    expect(buildMenuTemplate(state, { isDev: false, platform: 'darwin', send: vi.fn() })[0]?.role).toBe(
      'appMenu',
    );
  });

  it('offers a new window on the same project only where the host can open one', () => {
    const openWindow = vi.fn();
    const withWindows = items(
      buildMenuTemplate(state, { isDev: false, platform: 'linux', send: vi.fn(), openWindow }),
    );
    const item = withWindows.find((entry) => entry.label === '新建窗口');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+N');
    click(item);
    expect(openWindow).toHaveBeenCalledTimes(1);
    const without = items(buildMenuTemplate(state, { isDev: false, platform: 'linux', send: vi.fn() }));
    expect(without.some((entry) => entry.label === '新建窗口')).toBe(false);
  });

  it('ends the recent projects with Clear List, disabled when there is nothing to clear', () => {
    const clearRecent = vi.fn();
    const recentOf = (recentProjects: MenuState['recentProjects'], locale: MenuState['locale'] = 'zh-CN') =>
      items(
        buildMenuTemplate(
          { locale, recentProjects },
          { isDev: false, platform: 'linux', send: vi.fn(), clearRecent },
        ),
      ).find((item) => item.label === (locale === 'en' ? 'Recent Projects' : '最近的项目'))
        ?.submenu as MenuItemConstructorOptions[];
    const many = Array.from({ length: 14 }, (_, n) => ({
      path: `/p/${n}.zhiyan`,
      name: `项目${n}`,
      openedAt: '2025-01-01T00:00:00Z',
    }));
    const full = recentOf(many);
    // The newest ten, a separator, then the clear item.
    expect(full.map((item) => item.label ?? item.type)).toEqual([
      ...many.slice(0, 10).map((p) => p.name),
      'separator',
      '清除列表',
    ]);
    expect(full.at(-1)?.enabled).toBe(true);
    click(full.at(-1));
    expect(clearRecent).toHaveBeenCalledTimes(1);
    expect(recentOf([]).at(-1)).toMatchObject({ label: '清除列表', enabled: false });
    expect(recentOf(many, 'en').at(-1)?.label).toBe('Clear List');
  });

  it('has a Help menu with the log folder and the diagnostics, in both languages and on macOS last', () => {
    const openLogFolder = vi.fn();
    const copyDiagnostics = vi.fn();
    const env = { isDev: false, send: vi.fn(), openLogFolder, copyDiagnostics };
    const zh = buildMenuTemplate(state, { ...env, platform: 'linux' });
    expect(zh.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const help = zh.at(-1)?.submenu as MenuItemConstructorOptions[];
    expect(help.map((item) => item.label)).toEqual(['打开日志文件夹', '复制诊断信息']);
    click(help[0]);
    click(help[1]);
    expect(openLogFolder).toHaveBeenCalledTimes(1);
    expect(copyDiagnostics).toHaveBeenCalledTimes(1);
    const en = buildMenuTemplate({ ...state, locale: 'en' }, { ...env, platform: 'darwin' });
    expect(en.at(-1)).toMatchObject({ label: 'Help', role: 'help' });
    expect((en.at(-1)?.submenu as MenuItemConstructorOptions[]).map((item) => item.label)).toEqual([
      'Open Log Folder',
      'Copy Diagnostic Information',
    ]);
  });
});
