// Every `zhiyan` command, in the order `zhiyan --help` lists them. A new command is a CliCommand in
// its own file and one line here.
import {
  ANNOTATION_COMMANDS,
  ANNOTATION_HELP,
  runAnnotationCommand,
  type AnnotationOptions,
} from './annotation-commands';
import type { CliCommand } from './command';
import { codesCommand } from './codes-command';
import { editCommand } from './edit-command';
import { EXPORT_HELP, formatExportResult, runExport, type ExportValues } from './export-command';
import { printLine } from './output';
import { importCommand, infoCommand, listCommand, searchCommand, showCommand } from './read-commands';
import { recoverCommand, restoreCommand } from './restore-command';

const annotationCommands: CliCommand[] = ANNOTATION_COMMANDS.map((name, index) => ({
  name,
  help: index === 0 ? ANNOTATION_HELP : '',
  async run({ rest, values, open, call }) {
    await open();
    const result = await runAnnotationCommand(name, rest, values as AnnotationOptions, call);
    await printLine(JSON.stringify(result, null, 2));
    return 0;
  },
}));

const exportCommand: CliCommand = {
  name: 'export',
  help: EXPORT_HELP,
  async run({ values, open, call }) {
    await open();
    const result = await runExport((method, args) => call(method, args), values as ExportValues);
    await printLine(values.json ? JSON.stringify(result, null, 2) : formatExportResult(result));
    return 0;
  },
};

export const COMMANDS: readonly CliCommand[] = [
  infoCommand,
  importCommand,
  listCommand,
  showCommand,
  searchCommand,
  ...annotationCommands,
  codesCommand,
  exportCommand,
  editCommand,
  restoreCommand,
  recoverCommand,
];
