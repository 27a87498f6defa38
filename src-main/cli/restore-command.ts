// `zhiyan restore`: lists a project's backups, or puts one in the project's place (the file it
// replaces, damaged or not, is kept in the backups folder, never deleted). `zhiyan recover`: lists
// or applies the edits kept aside from a damaged change journal (see node/db/journal-recovery.ts).
import path from 'node:path';
import type { BackupInfo } from '../common/model/project';
import type { CliCommand } from './command';
import { say } from './messages';
import { printLine } from './output';

function backupLine(backup: BackupInfo): string {
  return `${path.basename(backup.path)}  ${backup.createdAt}  ${backup.reason}  ${backup.sizeBytes} B`;
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  options: { backup: { type: 'string' } },
  help: `  zhiyan restore --project FILE [--backup NAME] [--json]
                                                 list the backups, or restore one (the replaced file is kept)`,
  async run({ values, project, call }) {
    const backups = await call('listBackups', { path: project });
    const name = typeof values.backup === 'string' ? values.backup : undefined;
    if (!name) {
      if (values.json) await printLine(JSON.stringify(backups, null, 2));
      else if (backups.length === 0)
        await printLine(say(`没有找到 ${project} 的备份。`, `No backups of ${project} were found.`));
      else await printLine(backups.map(backupLine).join('\n'));
      return 0;
    }
    const backupPath =
      name.includes('/') || name.includes('\\')
        ? path.resolve(name)
        : (backups.find((backup) => path.basename(backup.path) === name)?.path ??
          path.join(path.dirname(project), name));
    const info = await call('restoreBackup', { path: project, backupPath });
    const kept = (await call('listBackups', { path: project })).find((b) => b.reason === 'damaged');
    if (values.json) {
      await printLine(
        JSON.stringify({ project: info, restoredFrom: backupPath, keptAs: kept?.path ?? null }, null, 2),
      );
      return 0;
    }
    const keptNote = kept
      ? say(`原来的文件保存在 ${kept.path}。`, ` The file it replaced is kept as ${kept.path}.`)
      : '';
    await printLine(
      say(
        `已用备份 ${name} 恢复项目 ${info.path}（${info.articleCount} 篇文献）。${keptNote}`,
        `Restored ${info.path} from the backup ${name} (${info.articleCount} articles).${keptNote}`,
      ),
    );
    return 0;
  },
};

export const recoverCommand: CliCommand = {
  name: 'recover',
  options: { apply: { type: 'string' } },
  help: `  zhiyan recover --project FILE [--apply RECOVERY_FILE] [--json]
                                                 list or apply edits kept aside from a damaged journal`,
  async run({ values, project, open, call }) {
    const file = typeof values.apply === 'string' ? path.resolve(values.apply) : undefined;
    if (!file) {
      const files = await call('listJournalRecoveries', { path: project });
      if (values.json) await printLine(JSON.stringify(files, null, 2));
      else if (files.length === 0)
        await printLine(say(`${project} 没有另存的修改。`, `${project} has no edits kept aside.`));
      else await printLine(files.map((f) => `${f.file}  ${f.records}`).join('\n'));
      return 0;
    }
    await open();
    const result = await call('applyJournalRecovery', { path: file });
    await printLine(
      values.json
        ? JSON.stringify(result, null, 2)
        : say(
            `已应用 ${result.applied} 条另存的修改；文件已改名为 ${result.file}。`,
            `Applied ${result.applied} kept edits; the file is now ${result.file}.`,
          ),
    );
    return 0;
  },
};
