// The layer rules are lint, so they are tested through ESLint itself with the project's own config:
// a file placed in a layer (lintText's filePath; nothing is written) with one import, and whether
// lint lets it through. Each forbidden case is one a newcomer could plausibly write.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });
});

/** The layer-rule messages for `code` as if it were the file `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, {
    filePath: path.resolve(__dirname, '../../..', filePath),
  });
  return result!.messages.filter((m) => m.ruleId === 'local/layer-imports').map((m) => m.message);
}

describe('layer rules (eslint.config.mjs)', () => {
  it.each([
    [
      'src-main/node/services/x.ts',
      "import { x } from '../../web-host/api-server';",
      'a service reaching a host',
    ],
    [
      'src-main/node/db/x.ts',
      "import type { x } from '../report/report-model';",
      'the store reaching up to reports',
    ],
    [
      'src-main/node/db/repositories/x.ts',
      "import { x } from '../../search/search-service';",
      'a repository reaching search',
    ],
    [
      'src-main/node/search/x.ts',
      "import { x } from '../services/project-service';",
      'search reaching the services',
    ],
    ['src-main/node/services/x.ts', "export { x } from '../report/write-html';", 'a re-export from reports'],
    ['src-main/node/report/x.ts', "import { x } from '../engine/engine';", 'a writer reaching the engine'],
    ['src-main/common/model/x.ts', "import { x } from '../../node/db/query';", 'common reaching node'],
    [
      'src-main/cli/x.ts',
      "import { x } from '../node/services/library-service';",
      'a host skipping the engine',
    ],
    [
      'src-renderer/src/stores/x.ts',
      "import { x } from '../../../src-main/node/engine/engine';",
      'the renderer reaching node',
    ],
    [
      'src-main/node/durability/x.ts',
      "const { x } = await import('../db/project-store');",
      'a dynamic import downward-up',
    ],
  ])('refuses %s: %s (%s)', async (filePath, code) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may import only from/);
  });

  it.each([
    ['src-main/node/services/x.ts', "import { x } from '../search/search-service';"],
    ['src-main/node/services/annotations/x.ts', "import { x } from '../../db/repositories/codes-repo';"],
    ['src-main/node/report/x.ts', "import { x } from '../services/export-file';"],
    ['src-main/node/ingest/x.ts', "import { x } from '../dedupe/minhash';"],
    ['src-main/node/db/x.ts', "import { x } from '../durability/journal';"],
    ['src-main/node/engine/x.ts', "import { x } from '../report/report-handlers';"],
    ['src-main/web-host/x.ts', "import { x } from '../node/engine/engine';"],
    ['src-main/node/search/x.ts', "import { x } from '../../common/search/fold';"],
    ['src-renderer/src/stores/x.ts', "import { x } from '../../../src-main/common/model/report';"],
  ])('allows %s: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });

  it('refuses any file in a folder of src-main/node/ that has no layer listed', async () => {
    const errors = await layerErrors('src-main/node/analysis/x.ts', "import { x } from '../db/query';");
    expect(errors).toEqual([
      'src-main/node/analysis has no layer rule: add it to the layers in eslint.config.mjs.',
    ]);
  });
});
