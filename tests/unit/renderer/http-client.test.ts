import { describe, expect, it } from 'vitest';
import { newClientId } from '../../../src-renderer/src/api/client-id';
import { createHttpApi } from '../../../src-renderer/src/api/http-client';
import { API_METHODS } from '../../../src-main/common/api/contract';

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(respond: () => Response | Promise<Response>): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input), init });
    return respond();
  }) as typeof fetch;
  return { fetch: fetchImpl, seen };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createHttpApi', () => {
  it('has every contract method', () => {
    const api = createHttpApi({ baseUrl: '', token: 't', fetch: fakeFetch(() => json(200, {})).fetch });
    for (const method of API_METHODS) expect(typeof api[method]).toBe('function');
  });

  it('posts the arguments as JSON with the token header and returns the Result', async () => {
    const { fetch, seen } = fakeFetch(() =>
      json(200, { ok: true, value: { total: 0, offset: 0, items: [] } }),
    );
    const api = createHttpApi({ baseUrl: 'http://127.0.0.1:9', token: 'secret', fetch });
    const result = await api.listArticles({ offset: 0, limit: 10 });
    expect(result).toEqual({ ok: true, value: { total: 0, offset: 0, items: [] } });
    expect(seen[0]?.url).toBe('http://127.0.0.1:9/api/call/listArticles');
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({ offset: 0, limit: 10 });
    expect((seen[0]?.init?.headers as Record<string, string>)['X-Zhiyan-Token']).toBe('secret');
  });

  it('names the tab in every call, so the host keeps its own undo history', async () => {
    const { fetch, seen } = fakeFetch(() => json(200, { ok: true, value: null }));
    const api = createHttpApi({ baseUrl: '', token: 'secret', fetch, clientId: newClientId() });
    const other = createHttpApi({ baseUrl: '', token: 'secret', fetch, clientId: newClientId() });
    await api.undo({});
    await other.undo({});
    const ids = seen.map((request) => (request.init?.headers as Record<string, string>)['X-Zhiyan-Client']);
    expect(ids[0]).toMatch(/^[0-9a-f]{24}$/);
    expect(ids[1]).toMatch(/^[0-9a-f]{24}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('passes engine errors through, whatever the HTTP status', async () => {
    const error = { code: 'PROJECT_NOT_FOUND', message: 'No such file' };
    const api = createHttpApi({
      baseUrl: '',
      token: 't',
      fetch: fakeFetch(() => json(400, { ok: false, error })).fetch,
    });
    expect(await api.openProject({ path: '/x.zhiyan' })).toEqual({ ok: false, error });
  });

  it('turns HTTP 401 into UNAUTHORIZED', async () => {
    const api = createHttpApi({ baseUrl: '', token: null, fetch: fakeFetch(() => json(401, {})).fetch });
    const result = await api.getAppState({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNAUTHORIZED');
  });

  it('turns a network failure into ENGINE_UNAVAILABLE', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await createHttpApi({ baseUrl: '', token: 't', fetch: failing }).getAppState({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('ENGINE_UNAVAILABLE');
  });

  it('does not trust a body that is not a Result', async () => {
    const api = createHttpApi({
      baseUrl: '',
      token: 't',
      fetch: fakeFetch(() => json(200, { ok: false, error: { code: 'NOPE' } })).fetch,
    });
    const result = await api.getAppState({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INTERNAL_ERROR');
  });

  it('lets only small note saves outlive the page (keepalive)', async () => {
    const { fetch, seen } = fakeFetch(() => json(200, { ok: true, value: null }));
    const api = createHttpApi({ baseUrl: '', token: 't', fetch });
    await api.saveArticleNote({ articleId: 1, body: '短笔记' });
    await api.saveArticleNote({ articleId: 1, body: '长'.repeat(70_000) });
    await api.getAppState({});
    expect(seen.map((s) => s.init?.keepalive)).toEqual([true, false, false]);
  });
});
