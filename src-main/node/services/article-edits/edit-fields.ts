// Corrections by hand as pure functions over an article's editable values and its record of edits:
// a changed field is marked edited with what the importer had found; changing it back to that value,
// or restoring it, clears the mark. An unmarked field always holds the importer's value, which is
// what makes "what the importer found" recoverable for every field.
import { EDITABLE_FIELDS, type EditableField, type ImportedValues } from '../../../common/model/article';
import type { EditableArticle, EditableValues } from '../../db/repositories/article-edits-repo';

export type FieldChanges = Partial<EditableValues>;

function sameValue<F extends EditableField>(field: F, a: EditableValues[F], b: EditableValues[F]): boolean {
  if (field === 'date') {
    const x = a as EditableValues['date'];
    const y = b as EditableValues['date'];
    return x.date === y.date;
  }
  if (field === 'places') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** The edited article, or null when `changes` and `restore` change nothing. */
export function applyEdits(
  article: EditableArticle,
  changes: FieldChanges,
  restore: readonly EditableField[] = [],
): EditableArticle | null {
  const values: EditableValues = { ...article.values };
  const edited: ImportedValues = { ...article.edited };
  const record = edited as Record<EditableField, unknown>;
  const set = values as Record<EditableField, unknown>;
  let changed = false;
  for (const field of restore) {
    if (!(field in edited)) continue;
    set[field] = record[field];
    delete record[field];
    changed = true;
  }
  for (const field of EDITABLE_FIELDS) {
    const next = changes[field];
    if (next === undefined || sameValue(field, values[field], next)) continue;
    if (!(field in edited)) record[field] = values[field];
    set[field] = next;
    if (sameValue(field, record[field] as EditableValues[typeof field], next)) delete record[field];
    changed = true;
  }
  return changed ? { id: article.id, values, edited } : null;
}

/**
 * A re-import's new findings merged with the corrections: edited fields keep their corrected
 * values and record the new findings as what the importer found; the rest take the new findings.
 */
export function keepEdits(
  found: EditableValues,
  current: EditableArticle,
): { values: EditableValues; edited: ImportedValues } {
  const values: EditableValues = { ...found };
  const edited: ImportedValues = {};
  for (const field of EDITABLE_FIELDS) {
    if (!(field in current.edited)) continue;
    (values as Record<EditableField, unknown>)[field] = current.values[field];
    (edited as Record<EditableField, unknown>)[field] = found[field];
  }
  return { values, edited };
}
