import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppLocation } from '../../../src-main/electron-main/app-location';
import {
  guardAllWebContents,
  guardSession,
  guardWebContents,
  isAppUrl,
  isTrustedSender,
  shouldCancelRequest,
  withContentSecurityPolicy,
} from '../../../src-main/electron-main/security';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/common/security/csp';

const rendererRoot = path.resolve('/opt/zhiyan/out/renderer');
const appIndex = pathToFileURL(path.join(rendererRoot, 'index.html')).href;
const appAsset = pathToFileURL(path.join(rendererRoot, 'assets', 'index-abc.js')).href;
const packaged: AppLocation = { rendererRoot };
const dev: AppLocation = { rendererRoot, devServerUrl: 'http://localhost:5173' };

describe('isAppUrl', () => {
  it("allows the app's own renderer files, with hash routes and queries", () => {
    expect(isAppUrl(appIndex, packaged)).toBe(true);
    expect(isAppUrl(`${appIndex}#/reader/12`, packaged)).toBe(true);
    expect(isAppUrl(`${appIndex}?lang=en`, packaged)).toBe(true);
    expect(isAppUrl(appAsset, packaged)).toBe(true);
  });

  it('denies remote pages and other files', () => {
    expect(isAppUrl('https://evil.example/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(
      isAppUrl(pathToFileURL(path.resolve('/opt/zhiyan/out/renderer-evil/index.html')).href, packaged),
    ).toBe(false);
    expect(isAppUrl(pathToFileURL(path.resolve('/opt/zhiyan/out/main/index.js')).href, packaged)).toBe(false);
  });

  it('is not fooled by dot segments, hosts or odd schemes', () => {
    expect(isAppUrl(`${pathToFileURL(rendererRoot).href}/../main/index.js`, packaged)).toBe(false);
    expect(isAppUrl(`${pathToFileURL(rendererRoot).href}/%2e%2e/main/index.js`, packaged)).toBe(false);
    expect(isAppUrl(appIndex.replace('file:///', 'file://evil.example/'), packaged)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', packaged)).toBe(false);
    expect(isAppUrl('data:text/html,<script>alert(1)</script>', packaged)).toBe(false);
    expect(isAppUrl('about:blank', packaged)).toBe(false);
    expect(isAppUrl('', packaged)).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });

  it('allows exactly the dev server origin while developing', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('https://example.com/', dev)).toBe(false);
  });
});

describe('shouldCancelRequest', () => {
  it('cancels every network request in the shipped app', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'wss://example.com/socket',
      'ftp://example.com/file',
      'http://127.0.0.1:8080/api',
    ]) {
      expect(shouldCancelRequest(url, packaged), url).toBe(true);
    }
  });

  it('lets the renderer load its own files and in-page data, nothing else from disk', () => {
    expect(shouldCancelRequest(appIndex, packaged)).toBe(false);
    expect(shouldCancelRequest(appAsset, packaged)).toBe(false);
    expect(shouldCancelRequest('data:image/png;base64,iVBORw0KGgo=', packaged)).toBe(false);
    expect(shouldCancelRequest('blob:file:///0b9f1c', packaged)).toBe(false);
    expect(shouldCancelRequest('file:///etc/passwd', packaged)).toBe(true);
    expect(shouldCancelRequest('file:///home/user/research/notes.md', packaged)).toBe(true);
    expect(shouldCancelRequest('chrome://gpu', packaged)).toBe(true);
    expect(shouldCancelRequest('garbage', packaged)).toBe(true);
  });

  it('allows the dev server and its hot-reload socket only', () => {
    expect(shouldCancelRequest('http://localhost:5173/@vite/client', dev)).toBe(false);
    expect(shouldCancelRequest('ws://localhost:5173/?token=abc', dev)).toBe(false);
    expect(shouldCancelRequest('ws://localhost:5174/', dev)).toBe(true);
    expect(shouldCancelRequest('https://fonts.example.com/a.woff2', dev)).toBe(true);
  });
});

describe('withContentSecurityPolicy', () => {
  it('sets our policy and drops any policy the response brought', () => {
    const headers = withContentSecurityPolicy({
      'content-type': 'text/html',
      'content-security-policy': 'default-src *',
      'Content-Security-Policy-Report-Only': ["script-src 'unsafe-eval'"],
    });
    expect(headers).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('isTrustedSender', () => {
  it("trusts only the app page's top frame", () => {
    expect(isTrustedSender({ url: appIndex, parent: null }, packaged)).toBe(true);
    expect(isTrustedSender({ url: `${appIndex}#/library`, parent: null }, packaged)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, dev)).toBe(true);
  });

  it('refuses subframes, foreign pages and destroyed frames', () => {
    expect(isTrustedSender({ url: appIndex, parent: { url: appIndex } }, packaged)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, packaged)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/dropped.html', parent: null }, packaged)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, packaged)).toBe(false);
    expect(isTrustedSender(null, packaged)).toBe(false);
    expect(isTrustedSender(undefined, packaged)).toBe(false);
  });
});

// Small stand-ins for Electron objects, holding only what the guards touch (no Electron binary here).
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: (() => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
  });
  const navigate = (eventName: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(eventName, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, emitter, navigate, openHandler: () => openHandler };
}

describe('guardWebContents', () => {
  it('blocks navigation and redirects away from the app', () => {
    const { contents, navigate } = fakeContents();
    guardWebContents(contents, packaged);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(name, 'https://example.com/'), name).toBe(true);
      expect(navigate(name, 'file:///etc/passwd'), name).toBe(true);
      expect(navigate(name, `${appIndex}#/settings`), name).toBe(false);
    }
    warn.mockRestore();
  });

  it('denies every popup and every <webview>', () => {
    const { contents, emitter, openHandler } = fakeContents();
    guardWebContents(contents, packaged);
    expect(openHandler()?.()).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('is applied to every web contents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App, packaged);
    const { contents, navigate } = fakeContents();
    app.emit('web-contents-created', {}, contents);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    warn.mockRestore();
  });
});

describe('guardSession', () => {
  type Listener = (details: Record<string, unknown>, callback: (response: unknown) => void) => void;
  function fakeSession() {
    const handlers: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
      check?: () => boolean;
      beforeRequest?: Listener;
      headers?: Listener;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: typeof handlers.request) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
      webRequest: {
        onBeforeRequest: (listener: Listener) => (handlers.beforeRequest = listener),
        onHeadersReceived: (listener: Listener) => (handlers.headers = listener),
      },
    };
    return { session: session as unknown as Session, handlers };
  }
  const answer = (listener: Listener | undefined, details: Record<string, unknown>): unknown => {
    let response: unknown;
    listener?.(details, (value) => (response = value));
    return response;
  };

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, packaged);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const granted = vi.fn();
      handlers.request?.({}, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
    }
    expect(handlers.check?.()).toBe(false);
  });

  it('cancels network requests and adds the CSP header', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, packaged);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(answer(handlers.beforeRequest, { url: 'https://example.com/' })).toEqual({ cancel: true });
    expect(answer(handlers.beforeRequest, { url: appIndex })).toEqual({ cancel: false });
    warn.mockRestore();
    expect(answer(handlers.headers, { url: appIndex, responseHeaders: {} })).toEqual({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});
