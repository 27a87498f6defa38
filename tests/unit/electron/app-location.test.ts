import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  devServerUrlFrom,
  preloadPath,
  rendererIndexPath,
  resourcesDirFor,
} from '../../../src-main/electron-main/app-location';

describe('bundle layout', () => {
  it('finds the preload and renderer beside out/main', () => {
    const mainDir = path.resolve('/app/out/main');
    expect(preloadPath(mainDir)).toBe(path.resolve('/app/out/preload/index.js'));
    expect(rendererIndexPath(mainDir)).toBe(path.resolve('/app/out/renderer/index.html'));
  });
});

describe('devServerUrlFrom', () => {
  it('accepts electron-vite dev server on this machine while developing', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(
      'http://localhost:5173',
    );
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5174/' }, false)).toBe(
      'http://127.0.0.1:5174/',
    );
  });

  it('ignores it in a packaged app, and for remote or odd URLs', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'https://evil.example' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'file:///etc/passwd' }, false)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined();
    expect(devServerUrlFrom({}, false)).toBeUndefined();
  });
});

describe('resourcesDirFor', () => {
  it('uses the project root while developing and the extra resources when packaged', () => {
    const appPath = path.resolve('/src/zhiyan');
    const resourcesPath = path.resolve('/opt/Zhiyan/resources');
    expect(resourcesDirFor({ isPackaged: false, appPath, resourcesPath })).toBe(
      path.join(appPath, 'resources'),
    );
    expect(resourcesDirFor({ isPackaged: true, appPath, resourcesPath })).toBe(
      path.join(resourcesPath, 'resources'),
    );
  });
});
