// 导入编码本: a REFI-QDA codebook (.qdc) or the codebook of a project (.qdpx) from another QDA program
// merged into the open project's codebook. A file that cannot be read is named with the precise
// reason the engine found (detail.reason of CODEBOOK_INVALID), not only "not a codebook".
import type { ApiError } from '../../../../src-main/common/api/errors';
import { codebookProblemOf } from '../../../../src-main/common/model/codebook-problem';
import { useApi } from '../../api';
import { useDialogsStore } from '../../app/dialogs';
import { useFeedbackStore } from '../../app/feedback';
import { translate, useI18n, type MessageKey, type MessageParams } from '../../i18n';

/** Asks for the file, imports it, and says what came of it. */
export async function importCodebookFromFile(): Promise<void> {
  const path = await useDialogsStore().pickCodebookFile();
  if (!path) return;
  const result = await useApi().importCodebook({ path });
  const feedback = useFeedbackStore();
  if (result.ok) {
    feedback.notify('success', 'codebook.import.done', { ...result.value });
    return;
  }
  const problem = codebookProblemMessage(result.error, path);
  if (problem) feedback.notify('error', 'codebook.import.failed', problem);
  else feedback.reportError(result.error, { path });
}

/** The params of 'codebook.import.failed' for a refused file, or null for any other failure. */
export function codebookProblemMessage(error: ApiError, path: string): MessageParams | null {
  if (error.code !== 'CODEBOOK_INVALID') return null;
  const problem = codebookProblemOf(error.detail);
  if (!problem) return null;
  const detail = error.detail ?? {};
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(detail))
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  if (typeof detail.bytes === 'number') params.megabytes = Math.round(detail.bytes / 1024 / 1024);
  const key: MessageKey =
    problem === 'not-xml' && detail.expected !== undefined
      ? 'codebook.import.problem.not-xml-tag'
      : `codebook.import.problem.${problem}`;
  const { locale } = useI18n();
  return { file: fileName(path), reason: translate(locale.value, key, params) };
}

const fileName = (path: string) => path.split(/[\\/]/).pop() || path;
