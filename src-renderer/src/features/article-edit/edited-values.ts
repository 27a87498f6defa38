// How the reader shows a field corrected by hand: what the importer had found, as text.
import type { Article, EditableField } from '../../../../src-main/common/model/article';
import type { MessageKey, MessageParams } from '../../i18n';
import { formatArticleDate } from '../../ui/format';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The importer's value of `field` as text, or null when the field was not edited. */
export function importedValueText(
  article: Pick<Article, 'edited'>,
  field: EditableField,
  t: Translate,
): string | null {
  if (!(field in article.edited)) return null;
  const imported = article.edited;
  let text: string | null;
  if (field === 'date') text = imported.date?.date ? formatArticleDate(imported.date.date, t) : null;
  else if (field === 'places') text = imported.places?.length ? imported.places.join('、') : null;
  else text = imported[field] ?? null;
  return text ?? t('edit.empty');
}
