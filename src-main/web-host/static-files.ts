// The built renderer's files, served to the browser. Request paths are untrusted text: a path that
// does not decode (`/%ZZ`, half a UTF-8 sequence) or carries a NUL is a bad request, one that
// leaves the renderer folder or names no file is not found. Nothing here may throw at a caller.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS, sendStatus } from './http-responses';
import { log } from '../node/log/logger';

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

export type StaticLookup = { status: 200; file: string } | { status: 400 | 404 };

/** Where `pathname` (as sent, percent-encoded) points inside `rendererDir`, or why it cannot be served. */
export function lookupStaticFile(rendererDir: string, pathname: string): StaticLookup {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return { status: 400 };
  }
  if (relative.includes('\0')) return { status: 400 };
  const file = path.resolve(rendererDir, `.${relative}`);
  if (!file.startsWith(rendererDir + path.sep)) return { status: 404 };
  try {
    return fs.statSync(file).isFile() ? { status: 200, file } : { status: 404 };
  } catch {
    return { status: 404 };
  }
}

export function serveStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rendererDir: string,
  pathname: string,
): void {
  const found = lookupStaticFile(rendererDir, pathname);
  if (found.status !== 200) {
    sendStatus(res, found.status, found.status === 400 ? 'Bad request path' : 'Not found');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A file removed between the lookup and the read ends the response; it must not end the host.
  const stream = fs.createReadStream(found.file);
  stream.on('error', (error) => {
    log.error('reading a renderer file failed', error.message);
    res.destroy();
  });
  stream.pipe(res);
}
