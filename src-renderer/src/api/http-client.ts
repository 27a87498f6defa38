// The browser host's transport: each contract method is `POST /api/call/<method>` with the
// arguments as the JSON body and a `Result` as the JSON answer. Failures of the transport itself
// become Result errors too, so the stores handle one shape only.
import { API_METHODS, type ApiMethod, type ZhiyanApi } from '../../../src-main/common/api/contract';
import { fail, isErrorCode, type Result } from '../../../src-main/common/api/errors';

export const TOKEN_HEADER = 'X-Zhiyan-Token';
/** The tab's own id (client-id.ts): its undo history and its undo state. */
export const CLIENT_HEADER = 'X-Zhiyan-Client';

export interface HttpClientOptions {
  /** Origin of the host, e.g. `http://127.0.0.1:5123`; empty for same-origin requests. */
  baseUrl: string;
  token: string | null;
  fetch: typeof fetch;
  /** This tab's id; unset: the host's shared default client. */
  clientId?: string;
}

// Fetches marked keepalive survive the page unloading (a note flushed on beforeunload), but the
// browser caps their bodies at 64 KiB in total, so only small note saves use it.
const KEEPALIVE_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['saveArticleNote']);
const KEEPALIVE_MAX_BODY = 60_000;

export function createHttpApi(options: HttpClientOptions): ZhiyanApi {
  const call = async (method: ApiMethod, args: unknown): Promise<Result<unknown>> => {
    const body = JSON.stringify(args ?? {});
    let response: Response;
    try {
      response = await options.fetch(`${options.baseUrl}/api/call/${method}`, {
        method: 'POST',
        headers: authHeaders(options.token, { 'Content-Type': 'application/json' }, options.clientId),
        body,
        keepalive: KEEPALIVE_METHODS.has(method) && body.length < KEEPALIVE_MAX_BODY,
      });
    } catch (error) {
      return fail('ENGINE_UNAVAILABLE', `Cannot reach the Zhiyan host: ${String(error)}`);
    }
    if (response.status === 401) {
      return fail('UNAUTHORIZED', 'The host refused the request: missing or wrong token.');
    }
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      return fail('ENGINE_UNAVAILABLE', `The host answered HTTP ${response.status} without a result.`);
    }
    return isResult(payload)
      ? payload
      : fail('INTERNAL_ERROR', `The host answered HTTP ${response.status} with an unexpected body.`);
  };

  const api: Partial<Record<ApiMethod, (args: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of API_METHODS) api[method] = (args) => call(method, args);
  // Every method is filled in from API_METHODS just above; the mapped type cannot see a loop.
  return api as ZhiyanApi;
}

export function authHeaders(
  token: string | null,
  extra: Record<string, string> = {},
  clientId?: string,
): Record<string, string> {
  const withClient = clientId ? { ...extra, [CLIENT_HEADER]: clientId } : extra;
  return token ? { ...withClient, [TOKEN_HEADER]: token } : withClient;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && isErrorCode(error.code);
}
