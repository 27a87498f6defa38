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
  'settings.diagnostics': '问题报告',
  'settings.diagnostics.hint': '复制版本、系统、项目大小和最近的错误记录，粘贴到邮件或问题报告中。不含文献正文、标题或项目名称。',
  'settings.diagnostics.copy': '复制诊断信息',
  'settings.diagnostics.copied': '诊断信息已复制到剪贴板',
  'settings.diagnostics.manual': '浏览器不允许写入剪贴板，请选中下面的文字手动复制：',
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
  'settings.diagnostics': 'Problem report',
  'settings.diagnostics.hint':
    'Copies versions, system, project size and the latest logged errors, to paste into an e-mail or a problem report. No article text, titles or project names.',
  'settings.diagnostics.copy': 'Copy diagnostic information',
  'settings.diagnostics.copied': 'Diagnostic information copied to the clipboard',
  'settings.diagnostics.manual': 'The browser does not allow writing to the clipboard; select the text below and copy it:',
};
