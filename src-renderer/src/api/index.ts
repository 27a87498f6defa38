// The renderer's one way to the engine. In the Electron window the preload's bridge carries the
// calls over IPC; in the browser host they go over HTTP to 127.0.0.1. Everything above this module
// sees the same `ZhiyanApi`, the same events and the same Result errors.
import type { ApiEventName, ApiEvents, ZhiyanApi } from '../../../src-main/common/api/contract';
import type { HostDialogs, MenuCommand, ZhiyanBridge } from '../../../src-main/common/api/host';
import { newClientId } from './client-id';
import { openEventStream } from './event-stream';
import { createHttpApi } from './http-client';
import { takeSessionToken } from './session-token';

export type EventHandler = <E extends ApiEventName>(name: E, payload: ApiEvents[E]) => void;

export interface ApiClient {
  api: ZhiyanApi;
  /** Native dialogs; null in the browser host, where the renderer asks for paths itself. */
  nativeDialogs: HostDialogs | null;
  onEvent(handler: EventHandler): () => void;
  /** Fires after the event stream came back from a break, so state may be stale. */
  onReconnect(handler: () => void): () => void;
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /** Paths of files dropped on the window; null in the browser host, where a page sees no paths. */
  droppedPaths: ((files: readonly File[]) => string[]) | null;
}

export function createApiClient(): ApiClient {
  return window.zhiyan ? bridgeClient(window.zhiyan) : browserClient();
}

function bridgeClient(bridge: ZhiyanBridge): ApiClient {
  return {
    api: bridge.api,
    nativeDialogs: bridge.dialogs,
    onEvent: (handler) => bridge.onEvent(handler),
    onReconnect: () => () => undefined,
    onMenuCommand: (handler) => bridge.onMenuCommand(handler),
    droppedPaths: (files) => files.map((file) => bridge.pathForFile(file)).filter((path) => path !== ''),
  };
}

function browserClient(): ApiClient {
  const token = takeSessionToken({
    location: window.location,
    history: window.history,
    storage: sessionStorage,
  });
  const fetchImpl: typeof fetch = (input, init) => window.fetch(input, init);
  const clientId = newClientId();
  const eventHandlers = new Set<EventHandler>();
  const reconnectHandlers = new Set<() => void>();
  let closeStream: (() => void) | null = null;

  // One stream for all subscribers, opened with the first and closed with the last.
  const ensureStream = (): void => {
    if (closeStream) return;
    closeStream = openEventStream({
      baseUrl: '',
      token,
      fetch: fetchImpl,
      clientId,
      onEvent: (name, payload) => {
        // The host serialises ApiEvents[name] for `name`; the stream cannot carry the pairing as a type.
        for (const handler of eventHandlers) handler(name, payload as ApiEvents[typeof name]);
      },
      onReconnect: () => reconnectHandlers.forEach((handler) => handler()),
    });
  };

  return {
    api: createHttpApi({ baseUrl: '', token, fetch: fetchImpl, clientId }),
    nativeDialogs: null,
    droppedPaths: null,
    onEvent(handler) {
      eventHandlers.add(handler);
      ensureStream();
      return () => {
        eventHandlers.delete(handler);
        if (eventHandlers.size === 0 && closeStream) {
          closeStream();
          closeStream = null;
        }
      };
    },
    onReconnect(handler) {
      reconnectHandlers.add(handler);
      return () => reconnectHandlers.delete(handler);
    },
    // The browser has no app menu; the top bar's File menu calls the same commands directly.
    onMenuCommand: () => () => undefined,
  };
}

let client: ApiClient | null = null;

/** The app-wide client, created on first use (after the token has been read from the URL). */
export function useApiClient(): ApiClient {
  client ??= createApiClient();
  return client;
}

/** Replaces the app-wide client: for unit tests of the stores, which run without a host. */
export function setApiClient(next: ApiClient | null): void {
  client = next;
}

/** Shorthand for the contract methods. */
export function useApi(): ZhiyanApi {
  return useApiClient().api;
}
