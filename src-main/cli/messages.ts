// What the CLI says when something goes wrong: one plain sentence in the user's language, then the
// exit code does the rest. Chinese by default (the users are Chinese researchers); English when the
// POSIX locale says so (LC_ALL, then LC_MESSAGES, then LANG, as gettext reads them; LANGUAGE too).
import path from 'node:path';
import type { ErrorCode } from '../common/api/errors';
import type { BackupInfo } from '../common/model/project';
import { codebookSentence } from './codebook-messages';

export type CliLanguage = 'zh' | 'en';

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^en([_.@:-]|$)/i.test(locale) ? 'en' : 'zh';
}

const language = cliLanguage();

/** Picks the sentence for the user's language. */
export const say = (zh: string, en: string): string => (language === 'en' ? en : zh);

/** Wrong usage (exit code 2): the message is already a sentence in the user's language. */
export class CliUsageError extends Error {}

export const usage = (zh: string, en: string): CliUsageError => new CliUsageError(say(zh, en));

/** A failure the engine reported (exit code 1). */
export class CliApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const ZH: Partial<Record<ErrorCode, string>> = {
  NO_PROJECT_OPEN: '没有打开的项目。',
  PROJECT_NOT_FOUND: '找不到项目文件 {path}。',
  PROJECT_ALREADY_EXISTS: '{path} 已经存在，没有覆盖它。',
  PROJECT_NOT_A_PROJECT: '{path} 不是智研项目文件。',
  PROJECT_NEWER_THAN_APP: '项目 {path} 由更新版本的智研创建，请先更新智研。',
  PROJECT_WRITE_FAILED: '无法写入项目文件 {path}，最后的修改没有保存；请检查磁盘空间和写入权限。',
  BACKUP_NOT_FOUND: '找不到备份 {path}；用 zhiyan restore --project 项目文件 列出可用的备份。',
  ARTICLE_NOT_FOUND: '找不到这篇文献。',
  IMPORT_IN_PROGRESS: '已有一个导入正在进行。',
  IMPORT_PATH_NOT_FOUND: '找不到要导入的文件或文件夹 {path}。',
  CODE_NOT_FOUND: '找不到这个编码。',
  CODE_NAME_TAKEN: '同一层级下已经有同名的编码。',
  CODE_MOVE_INVALID: '不能把编码移到它自己或它的下级编码之下。',
  HIGHLIGHT_NOT_FOUND: '找不到这条高亮。',
  HIGHLIGHT_RANGE_INVALID: '所给的文字范围不在这篇文献的正文之内。',
  MEMO_NOT_FOUND: '找不到这条备忘录。',
  NOTHING_TO_UNDO: '没有可以撤销或重做的操作。',
  EXPORT_WRITE_FAILED: '无法写入导出文件 {path}；请检查文件夹、权限和磁盘空间。',
  PDF_UNAVAILABLE: '无法生成 PDF：找不到可用于打印的浏览器；可以导出 HTML 或 Word。',
  PDF_PRINT_FAILED: 'PDF 打印失败，浏览器组件没有完成打印（{message}）。',
  EXPORT_CANCELLED: '导出已取消，没有写入文件。',
  CODEBOOK_INVALID: '{path} 不是有效的 REFI-QDA 编码本（.qdc 或 .qdpx）。',
  RECOVERY_NOT_APPLICABLE: '{path} 中另存的修改无法应用到项目的当前内容上，项目没有任何改动。',
  INTERNAL_ERROR: '智研遇到了内部错误，操作没有完成（{message}）。',
};

function fill(template: string, error: CliApiError): string {
  const detailPath = typeof error.detail?.path === 'string' ? error.detail.path : '';
  return template.replace('{path}', detailPath).replace('{message}', error.message);
}

function describeBackup(backup: BackupInfo): string {
  return `${path.basename(backup.path)} (${backup.createdAt}, ${backup.reason}, ${backup.sizeBytes} B)`;
}

function damagedSentence(error: CliApiError): string {
  const file = String(error.detail?.path ?? '');
  const size = Number(error.detail?.sizeBytes ?? 0);
  const backups = (error.detail?.backups as BackupInfo[] | undefined) ?? [];
  if (backups.length === 0)
    return say(
      `项目文件 ${file}（${size} 字节）已损坏，旁边没有找到备份；文件保持原样，没有被改动。`,
      `The project file ${file} (${size} bytes) is damaged and no backups were found beside it; the file was left as it is.`,
    );
  const list = backups.map(describeBackup).join(', ');
  const command = `zhiyan restore --project ${file} --backup ${path.basename(backups[0]!.path)}`;
  return say(
    `项目文件 ${file}（${size} 字节）已损坏；可用的备份（最新在前）：${list}；用 ${command} 恢复最新的一份，损坏的文件会保留在备份文件夹中。`,
    `The project file ${file} (${size} bytes) is damaged; backups, newest first: ${list}; restore the newest with ${command} (the damaged file is kept in the backups folder).`,
  );
}

function lockedSentence(error: CliApiError): string {
  const file = String(error.detail?.path ?? '');
  const h = error.detail?.holder as Record<string, string | number> | undefined;
  if (!h)
    return say(
      `项目 ${file} 正被另一个智研进程打开；请稍后重试。`,
      `The project ${file} is being opened by another Zhiyan process; try again in a moment.`,
    );
  return say(
    `项目 ${file} 正被 ${h.app}（用户 ${h.user}，计算机 ${h.host}，进程 ${h.pid}）自 ${h.since} 起使用；请先在那里关闭它再重试。`,
    `The project ${file} is in use by ${h.app} (user ${h.user}, host ${h.host}, pid ${h.pid}) since ${h.since}; close it there and try again.`,
  );
}

function invalidArgumentSentence(error: CliApiError): string {
  const issues = (error.detail?.issues as { path: string[]; message: string }[] | undefined) ?? [];
  const what = issues.map((issue) => `${issue.path.join('.') || '?'}: ${issue.message}`).join('; ');
  return say(
    `参数不符合要求（${what || error.message}）。`,
    `An argument was not accepted (${what || error.message}).`,
  );
}

/** The one sentence the CLI prints for an engine failure, in the user's language. */
export function errorSentence(error: CliApiError): string {
  if (error.code === 'PROJECT_DAMAGED') return damagedSentence(error);
  if (error.code === 'PROJECT_LOCKED') return lockedSentence(error);
  if (error.code === 'INVALID_ARGUMENT') return invalidArgumentSentence(error);
  if (error.code === 'CODEBOOK_INVALID') return codebookSentence(error, language) ?? fallbackSentence(error);
  return fallbackSentence(error);
}

function fallbackSentence(error: CliApiError): string {
  const zh = ZH[error.code];
  return language === 'en' || !zh ? error.message : fill(zh, error);
}
