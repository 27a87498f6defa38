// The export formats are declared once (common/model/export-formats.ts) and every user of the list
// follows it: the writers' registry, the contract's schema, the save dialogs' extensions and the
// CLI's --format. A format added in one place and forgotten in another shows up here.
import { describe, expect, it } from 'vitest';
import { EXPORT_HELP, runExport } from '../../src-main/cli/export-command';
import { CliUsageError } from '../../src-main/cli/messages';
import { apiSchemas } from '../../src-main/common/api/schemas';
import { EXPORT_FORMAT_LIST, withExportExtension } from '../../src-main/common/model/export-formats';
import { EXPORTERS } from '../../src-main/node/report/exporters';

const report = { scope: { kind: 'all' } };

describe('the export registry', () => {
  it.each(EXPORT_FORMAT_LIST.map((info) => [info.id, info] as const))(
    '%s: one writer, accepted by the schema, offered by the CLI, saved with its extension',
    (id, info) => {
      expect(EXPORTERS[id]).toMatchObject({ id, extension: info.extension, accepts: info.accepts });
      expect(apiSchemas.exportReport.safeParse({ report, format: id, path: '/tmp/r' }).success).toBe(true);
      expect(EXPORT_HELP).toContain(id);
      expect(withExportExtension('/d/报告', id)).toBe(`/d/报告.${info.extension}`);
    },
  );

  it('has a writer for nothing that is not declared', () => {
    expect(Object.keys(EXPORTERS).sort()).toEqual(EXPORT_FORMAT_LIST.map((info) => info.id).sort());
  });

  it('refuses an undeclared format in the contract and in the CLI', async () => {
    expect(apiSchemas.exportReport.safeParse({ report, format: 'rtf', path: '/tmp/r' }).success).toBe(false);
    await expect(runExport(async () => null, { format: 'rtf', out: '/tmp/r.rtf' })).rejects.toThrow(
      CliUsageError,
    );
  });
});
