// Importing a REFI-QDA codebook (.qdc, a project document holding one, or a .qdpx project) into the
// open project's codebook: read the file, parse it, add the codes that are not there yet.
import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../common/api/errors';
import type { CodebookImportResult } from '../../../common/model/report';
import type { EngineContext } from '../engine-context';
import { importCodeTree } from './codebook';
import { parseQdc } from './parse-qdc';

export function importCodebookFile(context: EngineContext, source: string): CodebookImportResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(source));
  } catch {
    throw new ApiFailure('IMPORT_PATH_NOT_FOUND', `Cannot read ${source}.`, { path: source });
  }
  let codes: ReturnType<typeof parseQdc>;
  try {
    codes = parseQdc(bytes);
  } catch (error) {
    // The parser knows what is wrong, not which file: the hosts' messages name it.
    if (error instanceof ApiFailure && error.code === 'CODEBOOK_INVALID')
      throw new ApiFailure(error.code, `${source}: ${error.message}`, { ...error.detail, path: source });
    throw error;
  }
  return importCodeTree(context, codes);
}
