// Subscribes to the browser host's event stream (`GET /api/events`, Server-Sent Events) with fetch
// and a ReadableStream so the token header can be sent, reconnecting with a growing delay after
// errors. A reconnect means events may have been missed, so callers get `onReconnect` to resync.
import { API_EVENTS, type ApiEventName } from '../../../src-main/common/api/contract';
import { authHeaders } from './http-client';
import { SseParser } from './sse-parser';

export interface EventStreamOptions {
  baseUrl: string;
  token: string | null;
  fetch: typeof fetch;
  /** This tab's id, so the host sends it its own undo state (see http-client.ts). */
  clientId?: string;
  onEvent: (name: ApiEventName, payload: unknown) => void;
  /** Called when the stream comes back after a break. */
  onReconnect?: () => void;
  /** Called once when the host refuses the token; the stream then stops for good. */
  onUnauthorized?: () => void;
  minRetryMs?: number;
  maxRetryMs?: number;
}

export function openEventStream(options: EventStreamOptions): () => void {
  const minRetry = options.minRetryMs ?? 1000;
  const maxRetry = options.maxRetryMs ?? 15_000;
  let stopped = false;
  let retryDelay = minRetry;
  let everConnected = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const connect = async (): Promise<void> => {
    controller = new AbortController();
    try {
      const response = await options.fetch(`${options.baseUrl}/api/events`, {
        headers: authHeaders(options.token, { Accept: 'text/event-stream' }, options.clientId),
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.status === 401) {
        stopped = true;
        options.onUnauthorized?.();
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      if (everConnected) options.onReconnect?.();
      everConnected = true;
      retryDelay = minRetry;
      await readMessages(response.body, options.onEvent);
    } catch {
      // Network errors and aborts end up here; the retry below (unless stopped) handles both.
    }
    if (!stopped) {
      retryTimer = setTimeout(() => void connect(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, maxRetry);
    }
  };

  void connect();
  return () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    controller?.abort();
  };
}

async function readMessages(
  body: ReadableStream<Uint8Array>,
  onEvent: (name: ApiEventName, payload: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    // stream: true keeps a character split across chunks (every CJK character is 3 bytes) intact.
    for (const message of parser.push(decoder.decode(value, { stream: true }))) {
      if (!isEventName(message.event)) continue;
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        continue;
      }
      onEvent(message.event, payload);
    }
  }
}

function isEventName(name: string): name is ApiEventName {
  return (API_EVENTS as readonly string[]).includes(name);
}
