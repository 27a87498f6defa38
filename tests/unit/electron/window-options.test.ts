import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src-main/electron-main/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.js');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and the risky features off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('loads the given preload and nothing else from Node', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('opens hidden at 1280x800 with a minimum size and the app title', () => {
    expect(options).toMatchObject({ width: 1280, height: 800, show: false, title: '智研 Zhiyan' });
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
  });
});
