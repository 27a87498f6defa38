// The browser host: the built renderer and the contract over HTTP on 127.0.0.1 only, so the same UI
// runs in any Chromium (and the end-to-end suite runs in Debian's). Every API request must carry the
// per-run random token; the Host header must name this server (no DNS rebinding).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { API_EVENTS, isApiMethod } from '../common/api/contract';
import type { ApiEventName } from '../common/api/contract';
import { CONTENT_SECURITY_POLICY } from '../common/security/csp';
import type { EngineClient } from '../node/engine/engine-client';

export const TOKEN_HEADER = 'x-zhiyan-token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

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

export function startApiServer(options: ApiServerOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  const rendererDir = path.resolve(options.rendererDir);
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const authorised = (req: http.IncomingMessage): boolean => {
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  };

  const hostAllowed = (req: http.IncomingMessage): boolean =>
    req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;

  const sendJson = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify(body));
  };

  const unsubscribe = options.engine.onEvent((name: ApiEventName, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  });

  const serveStatic = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void => {
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(rendererDir, `.${relative}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, SECURITY_HEADERS);
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };

  const handleCall = (req: http.IncomingMessage, res: http.ServerResponse, method: string): void => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        sendJson(res, 413, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Request too large' } });
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      let args: unknown;
      try {
        args = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Body is not JSON' } });
        return;
      }
      void options.engine.call(method as never, args).then((result) => sendJson(res, 200, result));
    });
  };

  const server = http.createServer((req, res) => {
    if (!hostAllowed(req)) {
      res.writeHead(421, SECURITY_HEADERS);
      res.end('Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, SECURITY_HEADERS);
        res.end();
        return;
      }
      serveStatic(req, res, url.pathname);
      return;
    }
    if (!authorised(req)) {
      sendJson(res, 401, {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Missing or wrong API token' },
      });
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
      });
      res.write(`: zhiyan events ${API_EVENTS.join(',')}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    const method = url.pathname.slice('/api/call/'.length);
    if (url.pathname.startsWith('/api/call/') && req.method === 'POST' && isApiMethod(method)) {
      handleCall(req, res, method);
      return;
    }
    sendJson(res, 404, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Unknown API path' } });
  });

  // Keep-alive comments stop proxies and the browser from timing the event stream out.
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': ping\n\n');
  }, 20_000);
  heartbeat.unref();

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(heartbeat);
            unsubscribe();
            for (const res of streams) res.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
