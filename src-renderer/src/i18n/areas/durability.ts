// Messages about the project file's safety: who holds a locked project, and edits kept aside from a
// damaged change journal. Chinese (the key source) and English. Keys start with "durability.".

export const durabilityZh = {
  'durability.lockHolder': '正在使用它的是：{app}（用户 {user}，计算机 {host}，进程 {pid}），自 {since} 起。',
  'durability.journalKept':
    '项目的修改日志第 {line} 行已损坏。其后的 {kept} 条修改没有自动应用，已另存为 {file}。确认无误后可用命令 zhiyan recover --project 项目文件 --apply 该文件 应用它们。',
  'durability.journalReplayed':
    '项目的修改日志第 {line} 行已损坏；其后的 {replayed} 条修改前后衔接，已全部恢复。',
} as const;

export const durabilityEn: { readonly [K in keyof typeof durabilityZh]: string } = {
  'durability.lockHolder': 'It is held by {app} (user {user}, computer {host}, process {pid}) since {since}.',
  'durability.journalKept':
    'Line {line} of the project’s change journal is damaged. The {kept} edits after it were not applied; they are kept in {file}. Once checked, apply them with: zhiyan recover --project PROJECT --apply FILE',
  'durability.journalReplayed':
    'Line {line} of the project’s change journal is damaged; the {replayed} edits after it follow on and were all restored.',
};
