// The window's security checklist, as decisions (pure functions) and the wiring that applies them.
// Electronegativity no longer runs on current Electron, so each rule here has a unit test instead.
// Only types come from 'electron': the wiring receives `app` and the session from index.ts, so
// this module loads (and is tested) without an Electron binary.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../common/security/csp';
import type { AppLocation } from './app-location';
import { log } from '../node/log/logger';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isInsideFolder(filePath: string, folder: string): boolean {
  // Windows paths compare case-insensitively; elsewhere two spellings are two files.
  const fold = (value: string): string => (process.platform === 'win32' ? value.toLowerCase() : value);
  const file = fold(path.resolve(filePath));
  const root = fold(path.resolve(folder));
  return file === root || file.startsWith(root + path.sep);
}

/** A file:// URL naming a file of the built renderer (no host: `file://server/share` is remote). */
function isRendererFileUrl(url: URL, rendererRoot: string): boolean {
  if (url.protocol !== 'file:' || url.host !== '') return false;
  try {
    return isInsideFolder(fileURLToPath(url), rendererRoot);
  } catch {
    return false;
  }
}

function isDevServerPage(url: URL, devServerUrl: string | undefined): boolean {
  if (devServerUrl === undefined) return false;
  const dev = parseUrl(devServerUrl);
  return dev !== null && url.origin === dev.origin;
}

/** Vite's hot reload talks over ws:// to the dev server's host and port. */
function isDevServerSocket(url: URL, devServerUrl: string | undefined): boolean {
  if (devServerUrl === undefined) return false;
  const dev = parseUrl(devServerUrl);
  const expected = dev?.protocol === 'https:' ? 'wss:' : 'ws:';
  return dev !== null && url.protocol === expected && url.host === dev.host;
}

/** Whether the window may show this URL: the app's own renderer files, or the dev server. */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  return isRendererFileUrl(parsed, location.rendererRoot) || isDevServerPage(parsed, location.devServerUrl);
}

// Schemes Chromium uses for content the page already holds (or DevTools' own pages): no I/O.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether a request from any web contents must be cancelled. Nothing reaches the network: http(s),
 * ws(s) and ftp go only to the dev server, file:// only to the renderer's own files (a file:// page
 * may otherwise read any file on the disk), and unknown schemes not at all.
 */
export function shouldCancelRequest(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return true;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol === 'file:') return !isRendererFileUrl(parsed, location.rendererRoot);
  return !(
    isDevServerPage(parsed, location.devServerUrl) || isDevServerSocket(parsed, location.devServerUrl)
  );
}

/** Response headers with our CSP in place of any the response carried. */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** The parts of an IPC sender frame the trust check reads (Electron's WebFrameMain has them). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Whether an IPC message comes from our renderer's top frame. A null frame (navigated away or
 * destroyed) and any subframe are refused: only the app page itself holds the bridge's authority.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, location: AppLocation): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url, location);
}

/** Navigation, redirects, popups and <webview> for one web contents. */
export function guardWebContents(contents: WebContents, location: AppLocation): void {
  const blockForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url, location)) {
      event.preventDefault();
      log.warn(`blocked navigation to ${event.url}`);
    }
  };
  contents.on('will-navigate', (event) => blockForeign(event));
  contents.on('will-frame-navigate', (event) => blockForeign(event));
  contents.on('will-redirect', (event) => blockForeign(event));
  // Links in imported text must never open windows; the renderer shows sources as plain text.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permissions, network and CSP for the session the window uses. Call once the app is ready. */
export function guardSession(session: Session, location: AppLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = shouldCancelRequest(details.url, location);
    if (cancel) log.warn(`blocked request to ${details.url}`);
    callback({ cancel });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

/** Guards every web contents the app ever creates. Register before the first window exists. */
export function guardAllWebContents(app: App, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location));
}
