// Messages of settings (the settings dialog), Chinese (the key source) and English: the English
// object must have exactly the Chinese keys (a missing one fails the typecheck).

export const settingsZh = {
  'settings.title': '设置',
  'settings.language': '界面语言',
  'settings.about': '关于',
  'settings.version': '智研 {version}',
  'settings.runningAs': '运行方式：{host}',
  'settings.host.electron': '桌面应用',
  'settings.host.browser': '浏览器（仅本机访问）',
  'settings.shortcuts': '快捷键',
  'settings.shortcut.open': '打开项目',
  'settings.shortcut.new': '新建项目',
  'settings.shortcut.import': '导入文件夹',
  'settings.shortcut.nextPrev': '下一篇 / 上一篇文献',
  'settings.shortcut.search': '检索文献库',
  'settings.shortcut.find': '在本文中查找',
  'settings.close': '关闭',
} as const;

export const settingsEn: { readonly [K in keyof typeof settingsZh]: string } = {
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.about': 'About',
  'settings.version': 'Zhiyan {version}',
  'settings.runningAs': 'Running as: {host}',
  'settings.host.electron': 'Desktop app',
  'settings.host.browser': 'Browser (this computer only)',
  'settings.shortcuts': 'Keyboard shortcuts',
  'settings.shortcut.open': 'Open project',
  'settings.shortcut.new': 'New project',
  'settings.shortcut.import': 'Import folder',
  'settings.shortcut.nextPrev': 'Next / previous article',
  'settings.shortcut.search': 'Search the library',
  'settings.shortcut.find': 'Find in this article',
  'settings.close': 'Close',
};
