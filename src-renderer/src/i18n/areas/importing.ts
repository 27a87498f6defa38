// Messages of the import report about what was left out and why (issue 11), Chinese (the key
// source) and English. The problem codes added with the walker's report live here too.

export const importingZh = {
  'importProblem.link-outside': '这是指向所选文件夹之外的链接，没有读取',
  'importProblem.link-loop': '这个链接指回它所在的文件夹（循环），没有跟随',
  'importProblem.link-dangling': '这个链接指向的文件不存在',
  'importProblem.unreadable': '没有读取权限',
  'importProblem.not-a-file': '不是普通文件（管道、设备或套接字），没有读取',
  'importProblem.damaged-bytes': '文件里有少量损坏的字节，已用 � 代替，请核对原文',
  'import.records': '第 {records} 条等共 {count} 条记录',
  'import.leftOutTitle': '未读取的文件',
  'import.leftOut.unsupported': '{count} 个 {extension} 文件：智研不能读这种格式',
  'import.leftOut.noExtension': '{count} 个没有扩展名的文件：智研不能读这种格式',
  'import.leftOut.ignored': '{count} 个被忽略的名称：以 _ 或 . 开头，或是 README（多为工具自己的文件）',
  'import.leftOut.examples': '例如：{examples}',
  'import.nothingFound':
    '没有找到可以导入的文件。智研能读 .txt、.md、.html、.htm 和 .json、.jsonl、.csv、.tsv（爬虫导出的数据）。',
  'import.nothingImported': '没有导入任何文献，原因见下面的列表。',
} as const;

export const importingEn: { readonly [K in keyof typeof importingZh]: string } = {
  'importProblem.link-outside': 'A link to a place outside the chosen folder; not read',
  'importProblem.link-loop': 'A link back to a folder it is in (a loop); not followed',
  'importProblem.link-dangling': 'A link to a file that does not exist',
  'importProblem.unreadable': 'No permission to read it',
  'importProblem.not-a-file': 'Not a regular file (a pipe, device or socket); not read',
  'importProblem.damaged-bytes': 'A few damaged bytes, shown as �; check the original text',
  'import.records': 'records {records}, {count} in all',
  'import.leftOutTitle': 'Files not read',
  'import.leftOut.unsupported': '{count} {extension} files: a format Zhiyan cannot read',
  'import.leftOut.noExtension': '{count} files without an extension: a format Zhiyan cannot read',
  'import.leftOut.ignored': '{count} ignored names: starting with _ or ., or README (mostly tools’ own files)',
  'import.leftOut.examples': 'e.g. {examples}',
  'import.nothingFound':
    'No file to import was found. Zhiyan reads .txt, .md, .html, .htm and .json, .jsonl, .csv, .tsv (crawler dumps).',
  'import.nothingImported': 'No article was imported; the reasons are listed below.',
};
