// `zhiyan codes`: the codebook with passage counts (JSON), or with --import FILE a REFI-QDA codebook
// (.qdc, or the codebook of a .qdpx project) merged into it, as the app's 导入编码本 does: codes
// whose path exists are kept as they are (colour and description too), the others are added, and
// the whole import is one step the app can undo.
import path from 'node:path';
import type { CliCommand } from './command';
import { say, usage } from './messages';
import { printLine } from './output';

export const codesCommand: CliCommand = {
  name: 'codes',
  options: { import: { type: 'string' } },
  help: `  zhiyan codes --project FILE                    the codebook with passage counts
  zhiyan codes --import FILE.qdc|FILE.qdpx --project FILE [--json]
                                                 merge a REFI-QDA codebook (ATLAS.ti, NVivo, MAXQDA,
                                                 QualCoder, Taguette …) into the project's codebook`,
  async run({ values, open, call }) {
    const source = values.import;
    if (source === undefined) {
      await open();
      await printLine(JSON.stringify(await call('listCodes', {}), null, 2));
      return 0;
    }
    if (typeof source !== 'string' || source.trim() === '')
      throw usage(
        '--import 需要编码本文件（.qdc 或 .qdpx）的路径。',
        '--import needs the path of a .qdc or .qdpx file.',
      );
    await open();
    const file = path.resolve(source);
    const result = await call('importCodebook', { path: file });
    if (values.json) {
      await printLine(JSON.stringify({ path: file, ...result }, null, 2));
      return 0;
    }
    await printLine(
      say(
        `已从 ${file} 导入编码本：新增 ${result.created} 个编码，${result.existing} 个已存在（保留原样并合并其下级编码）。`,
        `Imported the codebook of ${file}: ${result.created} codes added, ${result.existing} already there (kept as they were, their sub-codes merged).`,
      ),
    );
    return 0;
  },
};
