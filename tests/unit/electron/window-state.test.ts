import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  WindowStateFile,
  captureWindowState,
  parseWindowState,
  placeWindow,
  type Rect,
  type WindowState,
} from '../../../src-main/electron-main/window-state';

const limits = { width: 1280, height: 800, minWidth: 900, minHeight: 600 };
const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };
const state = (bounds: Rect, maximized = false): WindowState => ({ bounds, maximized });

describe('captureWindowState', () => {
  it('saves the normal bounds, so a maximised window un-maximises to where it was', () => {
    const window = {
      getNormalBounds: () => ({ x: 40, y: 30, width: 1000, height: 700 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    };
    expect(captureWindowState(window)).toEqual(state({ x: 40, y: 30, width: 1000, height: 700 }, true));
    expect(
      captureWindowState({ ...window, isMaximized: () => false, isFullScreen: () => true }).maximized,
    ).toBe(true);
  });
});

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop], limits)).toEqual({ width: 1280, height: 800, maximized: false });
  });

  it('restores a window that is still on a screen exactly, maximised or not', () => {
    expect(
      placeWindow(state({ x: 1600, y: 100, width: 1500, height: 900 }, true), [laptop, monitorRight], limits),
    ).toEqual({
      x: 1600,
      y: 100,
      width: 1500,
      height: 900,
      maximized: true,
    });
  });

  it('centres a window on the primary screen when its monitor was unplugged, shrunk to fit', () => {
    const onMonitor = state({ x: 1600, y: 100, width: 2000, height: 1200 }, true);
    expect(placeWindow(onMonitor, [laptop], limits)).toEqual({ width: 1440, height: 875, maximized: true });
  });

  it('pulls a window that hangs off the screen edge fully back on', () => {
    const hanging = state({ x: 1000, y: 600, width: 1000, height: 700 });
    expect(placeWindow(hanging, [laptop], limits)).toEqual({
      x: 440,
      y: 175,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('treats a sliver on screen (the title bar out of reach) as off screen', () => {
    const sliver = state({ x: 1400, y: 100, width: 1000, height: 700 });
    expect(placeWindow(sliver, [laptop], limits)).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('shrinks to a smaller screen, but not below the minimum size where the screen allows it', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 640 };
    expect(placeWindow(state({ x: 0, y: 0, width: 1900, height: 1000 }), [small], limits)).toMatchObject({
      width: 1024,
      height: 640,
    });
    expect(placeWindow(state({ x: 10, y: 10, width: 300, height: 200 }), [laptop], limits)).toMatchObject({
      width: 900,
      height: 600,
    });
  });
});

describe('parseWindowState and WindowStateFile', () => {
  it('rejects anything that is not a sane state, so the defaults apply', () => {
    for (const value of [
      null,
      3,
      {},
      { bounds: { x: 0, y: 0, width: 0, height: 10 } },
      { bounds: { x: 'a', y: 0, width: 9, height: 9 } },
    ]) {
      expect(parseWindowState(value)).toBeNull();
    }
    expect(parseWindowState({ bounds: { x: -5, y: 0, width: 9, height: 9 }, maximized: 'yes' })).toEqual(
      state({ x: -5, y: 0, width: 9, height: 9 }, false),
    );
  });

  it('saves and loads across launches, and survives a damaged or unwritable file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-window-'));
    try {
      const file = new WindowStateFile(path.join(dir, 'sub', 'window-state.json'));
      expect(file.load()).toBeNull();
      const saved = state({ x: 10, y: 20, width: 1100, height: 720 }, true);
      file.save(saved);
      expect(new WindowStateFile(file.file).load()).toEqual(saved);
      fs.writeFileSync(file.file, '{"bounds": ');
      expect(file.load()).toBeNull();
      fs.writeFileSync(path.join(dir, 'blocker'), '');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      expect(() => new WindowStateFile(path.join(dir, 'blocker', 'x.json')).save(saved)).not.toThrow();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('the window state could not be saved'));
      warn.mockRestore();
      expect(fs.readdirSync(path.join(dir, 'sub'))).toEqual(['window-state.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
