// Two tabs on one browser host: every change reaches both tabs' event streams, each tab's undo state
// reaches that tab only, and each tab's Ctrl+Z undoes its own step (the host names the tab).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineClient } from '../../src-main/node/engine/engine-client';
import { startApiServer, type RunningServer } from '../../src-main/web-host/api-server';
import { inProcessEngine } from './support/in-process-engine';
import { makeTempDir } from './support/temp-project';

let engine: EngineClient;
let server: RunningServer;

beforeAll(async () => {
  const rendererDir = makeTempDir('clients-renderer');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>智研</title>');
  engine = await inProcessEngine({
    dataDir: makeTempDir('clients-data'),
    resourcesDir: path.resolve('resources'),
    host: 'browser',
    appVersion: 'test',
  });
  server = await startApiServer({ engine, rendererDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await engine?.shutdown();
});

const headers = (tab: string) => ({ 'x-zhiyan-token': server.token, 'x-zhiyan-client': tab });

async function call<T>(tab: string, method: string, args: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string } }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/call/${method}`, {
    method: 'POST',
    headers: headers(tab),
    body: JSON.stringify(args),
  });
  return (await response.json()) as { ok: boolean; value?: T };
}

/** A tab's event stream, collecting the names of the events it receives. */
async function listen(tab: string) {
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${server.port}/api/events`, { headers: headers(tab), signal: controller.signal });
  const reader = response.body!.getReader();
  let text = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += new TextDecoder().decode(value);
      }
    } catch {
      // aborted
    }
  })();
  return {
    events: () => [...text.matchAll(/^event: (\w+)$/gm)].map((match) => match[1]),
    stop: () => controller.abort(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('two tabs on one host', () => {
  it('sends every change to both tabs, and the undo state to its own tab only', async () => {
    const a = await listen('tab-a');
    const b = await listen('tab-b');
    await settle();
    const page = await call<{ items: { id: number }[] }>('tab-a', 'listArticles', { limit: 2 });
    const [first, second] = page.value!.items.map((item) => item.id);
    expect((await call('tab-a', 'tagArticles', { articleIds: [first], tags: ['甲的'] })).ok).toBe(true);
    await settle();
    for (const tab of [a, b]) expect(tab.events()).toContain('annotationsChanged');
    expect(a.events()).toContain('undoChanged');
    expect(b.events()).not.toContain('undoChanged');

    await call('tab-b', 'saveArticleNote', { articleId: first, body: '乙的笔记' });
    await settle();
    expect(a.events()).toContain('notesChanged');

    // Tab B tags too; tab A's undo takes back A's tag, not B's.
    await call('tab-b', 'tagArticles', { articleIds: [second], tags: ['乙的'] });
    expect((await call('tab-a', 'undo', {})).ok).toBe(true);
    const tags = await call<{ name: string }[]>('tab-b', 'listTags', {});
    expect(tags.value!.map((tag) => tag.name)).toEqual(['乙的']);
    a.stop();
    b.stop();
  });
});
