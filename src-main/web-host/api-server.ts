// The browser host: the built renderer and the contract over HTTP on 127.0.0.1 only, so the same UI
// runs in any Chromium (and the end-to-end suite runs in Debian's). Every API request must carry the
// per-run random token; the Host header must name this server (no DNS rebinding). Requests are
// untrusted input: whatever one carries, it gets an answer (400 for what cannot be read, 500 for a
// bug, logged) and the host goes on serving the others.
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { isApiMethod, type ApiMethod } from '../common/api/contract';
import type { EngineClient } from '../node/engine/engine-client';
import { EventStreams } from './event-streams';
import { sendFailure, sendJson, sendStatus } from './http-responses';
import { serveStatic } from './static-files';
import { log } from '../node/log/logger';

export const TOKEN_HEADER = 'x-zhiyan-token';
/** Each tab's own id (see the renderer's api/client-id.ts): its undo history and its events. */
export const CLIENT_HEADER = 'x-zhiyan-client';
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface ApiServerOptions {
  engine: EngineClient;
  rendererDir: string;
  port: number;
  /** Fixed in tests; random per run otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** The engine's name for the tab that sent `req`; tabs without a (valid) id share one history. */
export function clientIdOf(req: http.IncomingMessage): string {
  const given = req.headers[CLIENT_HEADER];
  return typeof given === 'string' && CLIENT_ID.test(given) ? `tab:${given}` : 'tab';
}

function tokenCheck(token: string): (req: http.IncomingMessage) => boolean {
  const expected = Buffer.from(token);
  return (req) => {
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  };
}

/** Reads the JSON body (at most MAX_BODY_BYTES) and answers with the engine's Result. */
function handleCall(engine: EngineClient, req: http.IncomingMessage, res: http.ServerResponse, method: ApiMethod): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    else if (!res.headersSent) {
      sendFailure(res, 413, 'INVALID_ARGUMENT', 'Request too large');
      req.destroy();
    }
  });
  req.on('end', () => {
    if (res.headersSent) return;
    let args: unknown;
    try {
      args = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      sendFailure(res, 400, 'INVALID_ARGUMENT', 'Body is not JSON');
      return;
    }
    engine
      .call(method, args, clientIdOf(req))
      .then((result) => sendJson(res, 200, result))
      .catch((error: unknown) => answerBug(res, `${method} failed in the host`, error));
  });
}

function answerBug(res: http.ServerResponse, what: string, error: unknown): void {
  log.error(what, error);
  sendFailure(res, 500, 'INTERNAL_ERROR', 'The host failed to answer this request');
}

interface Routes {
  engine: EngineClient;
  rendererDir: string;
  streams: EventStreams;
  authorised: (req: http.IncomingMessage) => boolean;
  port: () => number;
}

function route(routes: Routes, req: http.IncomingMessage, res: http.ServerResponse): void {
  const port = routes.port();
  if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
    return sendStatus(res, 421, 'Misdirected request');
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    return sendStatus(res, 400, 'Bad request path');
  }
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405);
    return serveStatic(req, res, routes.rendererDir, url.pathname);
  }
  if (!routes.authorised(req)) return sendFailure(res, 401, 'UNAUTHORIZED', 'Missing or wrong API token');
  if (url.pathname === '/api/events' && req.method === 'GET') {
    return routes.streams.open(req, res, clientIdOf(req));
  }
  const method = url.pathname.slice('/api/call/'.length);
  if (url.pathname.startsWith('/api/call/') && req.method === 'POST' && isApiMethod(method)) {
    return handleCall(routes.engine, req, res, method);
  }
  sendFailure(res, 404, 'INVALID_ARGUMENT', 'Unknown API path');
}

/** The server's request listener: routes, and turns any exception into a 500 that is logged. */
function requestListener(routes: Routes): http.RequestListener {
  return (req, res) => {
    // A client that goes away mid-answer must not end the host with an unhandled 'error'.
    req.on('error', (error) => log.warn('request stream failed', error.message));
    res.on('error', (error) => log.warn('response stream failed', error.message));
    try {
      route(routes, req, res);
    } catch (error) {
      answerBug(res, `${req.method ?? '?'} ${String(req.url).slice(0, 200)} failed`, error);
    }
  };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export async function startApiServer(options: ApiServerOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const streams = new EventStreams();
  let port = 0;
  const routes: Routes = {
    engine: options.engine,
    rendererDir: path.resolve(options.rendererDir),
    streams,
    authorised: tokenCheck(token),
    port: () => port,
  };
  const unsubscribe = options.engine.onEvent((name, payload, target) => streams.send(name, payload, target));
  const server = http.createServer(requestListener(routes));
  // A malformed request line or header never reaches the listener: answer it and drop the socket.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  port = await listen(server, options.port);
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((done) => {
        unsubscribe();
        streams.closeAll();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
