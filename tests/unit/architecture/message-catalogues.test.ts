// Each folder of the renderer that shows text keeps its messages in its own messages.ts; the main
// catalogues compose them by spreading. A spread hides a key defined twice (the later one wins)
// and a messages file nobody registered is never shown, so both are checked here.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const RENDERER = resolve(__dirname, '../../../src-renderer/src');

function messageFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) found.push(...messageFiles(path));
    else if (entry === 'messages.ts') found.push(path);
  }
  return found;
}

type Messages = Record<string, string>;

async function load(file: string): Promise<Record<string, Messages>> {
  return (await import(pathToFileURL(file).href)) as Record<string, Messages>;
}

describe('the message files', () => {
  it('are each registered once in both catalogues, with keys no other file defines', async () => {
    const { catalogues } = (await load(join(RENDERER, 'i18n/index.ts'))) as unknown as {
      catalogues: Record<'zh-CN' | 'en', Messages>;
    };
    const files = messageFiles(RENDERER);
    expect(files.length).toBeGreaterThanOrEqual(10);
    const owner = new Map<string, string>();
    for (const file of files) {
      const name = relative(RENDERER, file);
      const exported = await load(file);
      const zh = Object.entries(exported).find(([exportName]) => exportName.endsWith('Zh'))?.[1];
      const en = Object.entries(exported).find(([exportName]) => exportName.endsWith('En'))?.[1];
      if (!zh || !en) throw new Error(`${name} exports a …Zh and an …En object`);
      for (const [key, text] of Object.entries(zh)) {
        expect(owner.get(key), `${key} is defined in ${owner.get(key)} and ${name}`).toBeUndefined();
        owner.set(key, name);
        expect(catalogues['zh-CN'][key], `${name} is spread into zh-CN.ts`).toBe(text);
        expect(catalogues.en[key], `${name} is spread into en.ts`).toBe(en[key]);
      }
    }
  });
});
