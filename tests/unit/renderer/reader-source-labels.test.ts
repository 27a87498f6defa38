// No internal identifier on screen: every layout and record format the importer registers, and
// every encoding the decoder reports, has a label in Chinese and in English.
import { describe, expect, it } from 'vitest';
import registry from '../../../src-main/node/ingest/layouts/registry.ts?raw';
import aggregator from '../../../src-main/node/ingest/layouts/aggregator.ts?raw';
import company from '../../../src-main/node/ingest/layouts/company.ts?raw';
import frontMatterPage from '../../../src-main/node/ingest/layouts/front-matter-page.ts?raw';
import headeredItem from '../../../src-main/node/ingest/layouts/headered-item.ts?raw';
import htmlPage from '../../../src-main/node/ingest/layouts/html-page.ts?raw';
import markdownDocument from '../../../src-main/node/ingest/layouts/markdown-document.ts?raw';
import newspaper from '../../../src-main/node/ingest/layouts/newspaper.ts?raw';
import plain from '../../../src-main/node/ingest/layouts/plain.ts?raw';
import portal from '../../../src-main/node/ingest/layouts/portal.ts?raw';
import recordDump from '../../../src-main/node/ingest/layouts/record-dump.ts?raw';
import titleAndBody from '../../../src-main/node/ingest/layouts/title-and-body.ts?raw';
import { readerEn, readerZh } from '../../../src-renderer/src/features/reader/messages';
import {
  ENCODING_LABELS,
  encodingLabelKey,
  LAYOUT_LABELS,
  layoutLabelKey,
} from '../../../src-renderer/src/features/reader/source-labels';

// The renderer may not import the engine, so the registry is read as text: every module it lists
// must be one read here (a new layout fails this test until it is read here and labelled).
const SOURCES: Record<string, string> = {
  './aggregator': aggregator,
  './company': company,
  './front-matter-page': frontMatterPage,
  './headered-item': headeredItem,
  './html-page': htmlPage,
  './markdown-document': markdownDocument,
  './newspaper': newspaper,
  './plain': plain,
  './portal': portal,
  './record-dump': recordDump,
  './title-and-body': titleAndBody,
};
function registeredIds(): string[] {
  const modules = [...registry.matchAll(/^import \{ \w+ \} from '(\.\/[\w-]+)';$/gm)].map((m) => m[1]!);
  expect(modules.length).toBeGreaterThan(8);
  return modules.map((module) => {
    const source = SOURCES[module];
    expect(source, `${module} is registered: read it in this test`).toBeDefined();
    const id = /^\s+id: '([\w-]+)',$/m.exec(source!)?.[1];
    expect(id, module).toBeDefined();
    return id!;
  });
}

const zh: Record<string, string> = readerZh;
const en: Record<string, string> = readerEn;
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'];

describe('layout and encoding labels', () => {
  it('names every registered layout in both languages, never by its identifier', () => {
    const ids = registeredIds();
    expect(ids).toContain('front-matter-html');
    expect(ids).toContain('record-dump');
    for (const id of ids) {
      const key = layoutLabelKey(id);
      expect(key, id).toBe(LAYOUT_LABELS[id]);
      expect(zh[key], id).toMatch(/\S/);
      expect(en[key], id).toMatch(/\S/);
      expect(zh[key]).not.toBe(id);
      expect(en[key]).not.toBe(id);
    }
    expect(zh[layoutLabelKey('portal')]).toBe('门户新闻页');
  });

  it('names every encoding the decoder reports, and an unknown one as "other"', () => {
    for (const id of ENCODINGS) {
      expect(encodingLabelKey(id)).toBe(ENCODING_LABELS[id]);
      expect(zh[encodingLabelKey(id)]).toMatch(/\S/);
      expect(en[encodingLabelKey(id)]).toMatch(/\S/);
    }
    expect(zh[encodingLabelKey('GB18030')]).toContain('GB18030');
    expect(zh[layoutLabelKey('from-a-newer-version')]).toBe('其他版式');
    expect(en[encodingLabelKey('koi8-r')]).toBe('Other encoding');
  });
});
