// How an article was read, in words a researcher knows: the engine stores the layout and the text
// encoding as identifiers ('front-matter-html', 'gb18030'), which are not for the screen. Every
// layout the importer registers has a label here; a unit test holds the two lists together. An
// identifier this build does not know (a project written by a newer version) is shown as "other",
// never raw.
import type { readerZh } from './messages';

/** Keys of the reader's own catalogue (no i18n import: the engine-side test reads this file too). */
type MessageKey = keyof typeof readerZh;

export const LAYOUT_LABELS: Readonly<Record<string, MessageKey>> = {
  'html-page': 'reader.layoutName.html-page',
  'front-matter-html': 'reader.layoutName.front-matter-html',
  'headered-item': 'reader.layoutName.headered-item',
  'markdown-document': 'reader.layoutName.markdown-document',
  'title-and-body': 'reader.layoutName.title-and-body',
  aggregator: 'reader.layoutName.aggregator',
  company: 'reader.layoutName.company',
  newspaper: 'reader.layoutName.newspaper',
  portal: 'reader.layoutName.portal',
  plain: 'reader.layoutName.plain',
  'record-dump': 'reader.layoutName.record-dump',
};

export const ENCODING_LABELS: Readonly<Record<string, MessageKey>> = {
  'utf-8': 'reader.encodingName.utf-8',
  'utf-8-bom': 'reader.encodingName.utf-8-bom',
  'utf-16le': 'reader.encodingName.utf-16le',
  'utf-16be': 'reader.encodingName.utf-16be',
  gb18030: 'reader.encodingName.gb18030',
  big5: 'reader.encodingName.big5',
};

export function layoutLabelKey(layout: string): MessageKey {
  return LAYOUT_LABELS[layout] ?? 'reader.layoutName.other';
}

export function encodingLabelKey(encoding: string): MessageKey {
  return ENCODING_LABELS[encoding.toLowerCase()] ?? 'reader.encodingName.other';
}
