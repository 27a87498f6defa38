// Builds the REFI-QDA model from the open project in one read transaction: the whole codebook (codes
// are shared by every article, and a coding may only point at a code the file contains), the chosen
// articles with their notes and highlights, and the project memos.
import path from 'node:path';
import type { ProjectStore } from '../../db/project-store';
import {
  getProjectCreatedAt,
  listQdaCodes,
  listQdaMemos,
  listQdaSelections,
  listQdaSources,
} from '../../db/repositories/refi-qda-repo';
import {
  QDA_VARIABLE_LABELS_EN,
  QDA_VARIABLE_LABELS_ZH,
  type QdaProject,
} from '../../../common/model/refi-qda';

export interface CollectQdaOptions {
  /** Written as the one User of the file and the creator of every coding (e.g. the report's author). */
  userName?: string;
  /** Language of the variable names the metadata is written under. */
  locale?: 'zh-CN' | 'en';
  /** The exporting application, e.g. "Zhiyan 0.1.0". */
  origin?: string;
  /** Export time (ISO-8601); now by default. */
  exportedAt?: string;
}

const DEFAULT_ORIGIN = 'Zhiyan 智研';
const DEFAULT_USER = 'Zhiyan';

/** `articleIds` undefined: every article of the project; otherwise those articles (unknown ids are skipped). */
export function collectQdaProject(
  store: ProjectStore,
  articleIds?: number[],
  options: CollectQdaOptions = {},
): QdaProject {
  const name = projectNameOf(store);
  return store.read((q) => {
    const createdAt = getProjectCreatedAt(q);
    const exportedAt = options.exportedAt ?? new Date().toISOString();
    return {
      // The creation time makes the GUIDs this project's own; a copy of the file keeps them, which is
      // right: it is the same project.
      key: createdAt ?? name,
      name,
      origin: options.origin ?? DEFAULT_ORIGIN,
      userName: options.userName?.trim() || DEFAULT_USER,
      createdAt: createdAt ?? exportedAt,
      exportedAt,
      codes: listQdaCodes(q),
      sources: listQdaSources(q, articleIds),
      selections: listQdaSelections(q, articleIds),
      memos: listQdaMemos(q),
      variableLabels: options.locale === 'en' ? QDA_VARIABLE_LABELS_EN : QDA_VARIABLE_LABELS_ZH,
    };
  });
}

/** Only the codebook, for a .qdc export: no article text is read. */
export function collectQdaCodebook(
  store: ProjectStore,
  options: Pick<CollectQdaOptions, 'origin'> = {},
): Pick<QdaProject, 'key' | 'origin' | 'codes'> {
  const name = projectNameOf(store);
  return store.read((q) => ({
    key: getProjectCreatedAt(q) ?? name,
    origin: options.origin ?? DEFAULT_ORIGIN,
    codes: listQdaCodes(q),
  }));
}

function projectNameOf(store: ProjectStore): string {
  return path.basename(store.path).replace(/\.zhiyan$/i, '');
}
