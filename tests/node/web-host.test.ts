import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/common/security/csp';
import type { EngineClient } from '../../src-main/node/engine/engine-client';
import { startApiServer, type RunningServer } from '../../src-main/web-host/api-server';
import { inProcessEngine } from './support/in-process-engine';
import { makeTempDir } from './support/temp-project';

let engine: EngineClient;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  const dataDir = makeTempDir('host-data');
  const rendererDir = makeTempDir('host-renderer');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>智研</title>');
  fs.writeFileSync(path.join(makeTempDir('host-outside'), 'secret.txt'), 'secret');
  engine = await inProcessEngine({
    dataDir,
    resourcesDir: path.resolve('resources'),
    host: 'browser',
    appVersion: 'test',
  });
  server = await startApiServer({ engine, rendererDir, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  await engine.shutdown();
});

const call = (method: string, body: unknown, token: string | null = server.token) =>
  fetch(`${base}/api/call/${method}`, {
    method: 'POST',
    headers: token === null ? {} : { 'x-zhiyan-token': token },
    body: JSON.stringify(body),
  });

/** A raw request, so the Host header and the path are sent exactly as given. */
function raw(pathname: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: pathname, headers: { host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  it('prints an address on 127.0.0.1 carrying the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls only with the per-run token', async () => {
    expect((await call('getAppState', {}, null)).status).toBe(401);
    expect((await call('getAppState', {}, 'wrong-token-wrong-token-wrong-tok')).status).toBe(401);
    const events = await fetch(`${base}/api/events`);
    expect(events.status).toBe(401);
    const ok = await call('getAppState', {});
    expect(ok.status).toBe(200);
    const state = (await ok.json()) as {
      ok: boolean;
      value: { host: string; project: { isDemo: boolean; articleCount: number } };
    };
    expect(state.value.host).toBe('browser');
    // First start: the demo project is open with its articles.
    expect(state.value.project.isDemo).toBe(true);
    expect(state.value.project.articleCount).toBeGreaterThanOrEqual(8);
  });

  it('returns invalid arguments as a typed error, not a crash', async () => {
    const response = await call('getArticle', { id: 'one' });
    const body = (await response.json()) as { ok: boolean; error: { code: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const missing = (await (await call('getArticle', { id: 999_999 })).json()) as { error: { code: string } };
    expect(missing.error.code).toBe('ARTICLE_NOT_FOUND');
  });

  it('serves the app with the strict CSP and nothing outside the renderer folder', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('智研');
    expect(await raw('/../../../etc/passwd', `127.0.0.1:${server.port}`)).toBe(404);
    expect(await raw('/%2e%2e/%2e%2e/etc/passwd', `127.0.0.1:${server.port}`)).toBe(404);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    expect(await raw('/', 'evil.example:80')).toBe(421);
    expect(await raw('/', `localhost:${server.port}`)).toBe(200);
  });

  it('streams engine events to an authorised client', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/api/events`, {
      headers: { 'x-zhiyan-token': server.token },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const first = await reader.read(); // the stream's opening comment
    expect(new TextDecoder().decode(first.value)).toContain('zhiyan events');

    const page = (await (await call('listArticles', { limit: 1 })).json()) as {
      value: { items: { id: number }[] };
    };
    await call('saveArticleNote', { articleId: page.value.items[0]!.id, body: '事件测试' });
    const next = new TextDecoder().decode((await reader.read()).value);
    expect(next).toContain('event: libraryChanged');
    controller.abort();
  });
});
