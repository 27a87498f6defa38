// The browser host's Server-Sent Events: every open tab holds one stream, and every engine event
// goes to all of them, so each tab sees what the others (and undo, and imports) changed. An event
// meant for one client only (its own undo state) goes to that client's streams.
import type http from 'node:http';
import { API_EVENTS, type ApiEventName } from '../common/api/contract';
import { SECURITY_HEADERS } from './http-responses';

// Keep-alive comments stop proxies and the browser from timing the stream out.
const HEARTBEAT_MS = 20_000;

export class EventStreams {
  private readonly streams = new Map<http.ServerResponse, string>();
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor() {
    this.heartbeat = setInterval(() => this.writeAll(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Opens a stream for `clientId` on `res`; it is forgotten when the request closes. */
  open(req: http.IncomingMessage, res: http.ServerResponse, clientId: string): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
    });
    res.write(`: zhiyan events ${API_EVENTS.join(',')}\n\n`);
    this.streams.set(res, clientId);
    req.on('close', () => this.streams.delete(res));
    res.on('error', () => this.streams.delete(res));
  }

  /** Sends an event to every stream, or only to the streams of `target` when given. */
  send(name: ApiEventName, payload: unknown, target?: string): void {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const [res, clientId] of this.streams) {
      if (target === undefined || clientId === target) this.write(res, frame);
    }
  }

  get size(): number {
    return this.streams.size;
  }

  closeAll(): void {
    clearInterval(this.heartbeat);
    for (const res of this.streams.keys()) res.end();
    this.streams.clear();
  }

  private writeAll(text: string): void {
    for (const res of this.streams.keys()) this.write(res, text);
  }

  private write(res: http.ServerResponse, text: string): void {
    if (res.writableEnded || res.destroyed) this.streams.delete(res);
    else res.write(text);
  }
}
