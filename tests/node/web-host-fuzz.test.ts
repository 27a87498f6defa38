// The browser host answers whatever it is sent and keeps serving: a few hundred seeded random
// requests (paths that do not decode, odd methods, wrong or missing tokens and hosts, bodies that
// are not JSON, arguments of the wrong shape), each of which must get an HTTP status, then the app
// and the API still answer. Static paths need no token, so any web page the user visits could send
// these (`<img src="http://127.0.0.1:5417/%ZZ">`).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngineClient } from '../../src-main/node/engine/engine-client';
import { startApiServer, type RunningServer } from '../../src-main/web-host/api-server';
import { inProcessEngine } from './support/in-process-engine';
import { makeTempDir } from './support/temp-project';

let engine: EngineClient;
let server: RunningServer;

beforeAll(async () => {
  const rendererDir = makeTempDir('fuzz-renderer');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>智研</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  engine = await inProcessEngine({
    dataDir: makeTempDir('fuzz-data'),
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

/** mulberry32: a small seeded generator, so a failure can be replayed exactly. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof seeded>;

const NASTY_PATHS = [
  '/%ZZ',
  '/%E4%B8',
  '/assets/%',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/%00',
  '/index.html%00.js',
  '/..%2f..%2fetc%2fpasswd',
  '/%%%%',
  '/%u4e2d',
  '//evil.example/x',
  '/assets/',
  '/api/',
  '/api/call/',
  '/api/call/%ZZ',
  '/api/events?x=%ZZ',
  '/?%ZZ',
  '/#%ZZ',
];
const READ_METHODS = ['getAppState', 'listArticles', 'getArticle', 'search', 'listCodes', 'listHighlights',
  'getArticleNote', 'listTags', 'listMemos', 'getUndoState', 'searchFacets', 'noSuchMethod', '__proto__'];
const PRINTABLE = '!"$&\'()*+,-./0123456789:;<=>@ABCXYZ[\\]^_`abcxyz{|}~%';

function randomPath(rng: Rng): string {
  switch (rng.int(5)) {
    case 0:
      return rng.pick(NASTY_PATHS);
    case 1: {
      // Percent-encoded random bytes: mostly invalid UTF-8.
      let out = '/';
      for (let i = rng.int(12); i >= 0; i--) out += `%${rng.int(256).toString(16).padStart(2, '0')}`;
      return out;
    }
    case 2: {
      let out = '/';
      for (let i = rng.int(40); i >= 0; i--) out += rng.pick([...PRINTABLE]);
      return out;
    }
    case 3:
      return `/api/call/${rng.pick(READ_METHODS)}${rng.int(4) === 0 ? rng.pick(NASTY_PATHS) : ''}`;
    default:
      return rng.pick(['/', '/index.html', '/assets/app.js', '/api/events', '/favicon.ico']);
  }
}

function randomBody(rng: Rng): Buffer | null {
  switch (rng.int(6)) {
    case 0:
      return null;
    case 1:
      return Buffer.from(Array.from({ length: rng.int(2000) }, () => rng.int(256)));
    case 2:
      return Buffer.from(JSON.stringify({ id: rng.pick([1, -1, 'x', null, 1e308, [], {}]), limit: rng.int(5000) - 10 }));
    case 3:
      return Buffer.from(JSON.stringify(rng.pick([null, 1, 'text', [1, 2], { query: '锂电', offset: -5 }])));
    case 4:
      return Buffer.from('{"articleId":'.repeat(rng.int(50) + 1));
    default:
      return Buffer.from(JSON.stringify({ query: '%ZZ'.repeat(rng.int(100)), filters: { tags: ['x'] } }));
  }
}

interface Answer {
  status: number;
}

function send(rng: Rng): Promise<Answer> {
  const method = rng.pick(['GET', 'GET', 'HEAD', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'PROPFIND']);
  const headers: Record<string, string> = {
    host: rng.int(10) === 0 ? rng.pick(['evil.example', '', `127.0.0.1:${server.port + 1}`]) : `127.0.0.1:${server.port}`,
  };
  const tokenKind = rng.int(4);
  if (tokenKind > 0) headers['x-zhiyan-token'] = tokenKind === 1 ? 'wrong' : server.token;
  if (rng.int(3) === 0) headers['x-zhiyan-client'] = rng.pick(['tab-1', '%ZZ', 'x'.repeat(300), '../..', '']);
  if (rng.int(3) === 0) headers['content-type'] = rng.pick(['application/json', 'text/plain', 'multipart/form-data; boundary=--']);
  if (rng.int(5) === 0) headers['accept'] = 'text/event-stream';
  const body = method === 'GET' || method === 'HEAD' ? null : randomBody(rng);
  const requestPath = randomPath(rng);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method, path: requestPath, headers, timeout: 5000 },
      (res) => {
        // The event stream never ends: the status is the answer.
        resolve({ status: res.statusCode ?? 0 });
        res.destroy();
      },
    );
    req.on('timeout', () => reject(new Error(`no answer to ${method} ${requestPath}`)));
    req.on('error', (error) => reject(new Error(`${method} ${requestPath}: ${error.message}`)));
    req.end(body ?? undefined);
  });
}

async function get(pathname: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${server.port}${pathname}`);
  return { status: response.status, text: await response.text() };
}

describe('browser host under hostile requests', () => {
  it('answers malformed static paths with 400 and keeps serving the app', async () => {
    for (const nasty of ['/%ZZ', '/%E4%B8', '/assets/%', '/%c0%ae%c0%ae/']) {
      expect((await get(nasty)).status, nasty).toBe(400);
    }
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('智研');
  });

  it('gives every one of 400 seeded random requests an HTTP answer, then still serves / and the API', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rng = seeded(20261202);
    const statuses = new Map<number, number>();
    for (let batch = 0; batch < 50; batch++) {
      const answers = await Promise.all(Array.from({ length: 8 }, () => send(rng)));
      for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    warn.mockRestore();
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(400);
    for (const status of statuses.keys()) expect(status).toBeGreaterThanOrEqual(200);
    // No request is a bug in the host: malformed input is the client's error, never a 500.
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(statuses.get(400)).toBeGreaterThan(0);

    const page = await get('/');
    expect(page.status).toBe(200);
    const state = await fetch(`http://127.0.0.1:${server.port}/api/call/getAppState`, {
      method: 'POST',
      headers: { 'x-zhiyan-token': server.token },
      body: '{}',
    });
    expect(((await state.json()) as { ok: boolean }).ok).toBe(true);
  });
});
