// 导入编码本 in the app: the typed path of the browser host (a .qdpx too) goes to the engine, success
// says how many codes, and a refused file is named with the precise reason in the user's language.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiArgs, ZhiyanApi } from '../../../src-main/common/api/contract';
import type { ApiError, Result } from '../../../src-main/common/api/errors';
import type { CodebookImportResult } from '../../../src-main/common/model/report';
import { setApiClient } from '../../../src-renderer/src/api';
import { useDialogsStore } from '../../../src-renderer/src/app/dialogs';
import { useFeedbackStore } from '../../../src-renderer/src/app/feedback';
import { importCodebookFromFile } from '../../../src-renderer/src/features/codebook/codebook-import';
import { setLocale, useI18n } from '../../../src-renderer/src/i18n';
import { clientFor } from './support/api-client';

let answer: Result<CodebookImportResult>;
const asked: string[] = [];

beforeEach(() => {
  setActivePinia(createPinia());
  asked.length = 0;
  const api = {
    importCodebook: async (args: ApiArgs<'importCodebook'>) => {
      asked.push(args.path);
      return answer;
    },
  } as unknown as ZhiyanApi;
  setApiClient(clientFor(api));
});
afterEach(() => setLocale('zh-CN'));

/** Runs the import, typing `path` into the path prompt as a browser user would. */
async function importTyped(path: string) {
  const running = importCodebookFromFile();
  const dialogs = useDialogsStore();
  expect(dialogs.prompt?.kind).toBe('importCodebook');
  dialogs.prompt!.resolve([path]);
  await running;
  const { t } = useI18n();
  return useFeedbackStore()
    .takeToasts()
    .map((toast) => [toast.kind, t(toast.key, toast.params)]);
}

const refused = (detail: Record<string, unknown>): Result<never> => ({
  ok: false,
  error: { code: 'CODEBOOK_INVALID', message: 'refused', detail } satisfies ApiError,
});

describe('importing a codebook from the app', () => {
  it('imports a typed .qdpx path and says how many codes were added', async () => {
    answer = { ok: true, value: { created: 4, existing: 1 } };
    expect(await importTyped('/home/me/资料/访谈.qdpx')).toEqual([
      ['success', '编码本已导入：新增 4 个编码，1 个已存在（保留原样）'],
    ]);
    expect(asked).toEqual(['/home/me/资料/访谈.qdpx']);
  });

  it('names the reason a file was refused, in Chinese and in English', async () => {
    answer = refused({
      reason: 'zip-without-qde',
      count: 2,
      entries: 'readme.txt, sources/a.txt',
      path: '/x/a.qdpx',
    });
    expect(await importTyped('/x/a.qdpx')).toEqual([
      [
        'error',
        'a.qdpx：这是一个 ZIP 文件，但里面没有 project.qde（有 2 个文件：readme.txt, sources/a.txt），不是 REFI-QDA 项目（.qdpx）。没有导入任何编码。',
      ],
    ]);
    setLocale('en');
    answer = refused({
      reason: 'not-xml',
      line: 12,
      message: '…',
      expected: 'Code',
      found: 'Codes',
      openedLine: 10,
    });
    expect(await importTyped('/x/b.qdc')).toEqual([
      [
        'error',
        'b.qdc: XML line 12 has </Codes> while the <Code> opened on line 10 is still open. No codes were imported.',
      ],
    ]);
    answer = refused({ reason: 'root', root: 'Foo' });
    expect((await importTyped('/x/c.xml'))[0]![1]).toContain(
      'The root element is <Foo>, not the <CodeBook> or <Project> of REFI-QDA.',
    );
  });

  it('reports any other failure as before (a missing file gets its dialog)', async () => {
    answer = {
      ok: false,
      error: { code: 'IMPORT_PATH_NOT_FOUND', message: 'no', detail: { path: '/x/none.qdc' } },
    };
    expect(await importTyped('/x/none.qdc')).toEqual([]);
    expect(useFeedbackStore().dialogError?.error.code).toBe('IMPORT_PATH_NOT_FOUND');
  });
});
