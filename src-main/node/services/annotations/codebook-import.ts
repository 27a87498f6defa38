// Importing a REFI-QDA codebook (.qdc, or a project file holding one) into the open project's
// codebook: read the file, parse it, add the codes that are not there yet.
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
  return importCodeTree(context, parseQdc(bytes));
}
