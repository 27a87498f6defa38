// The reader's switches (coding stripes, note markers) are remembered in the user's settings file
// with the text size and theme: a change keeps the other values, survives a restart, and a file
// written before the switches existed (or edited by hand) turns them on rather than failing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppSettings } from '../../src-main/node/services/app-settings';

const dirs: string[] = [];
function settingsFile(content?: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-prefs-'));
  dirs.push(dir);
  const file = path.join(dir, 'settings.json');
  if (content !== undefined) fs.writeFileSync(file, JSON.stringify(content));
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('reader preferences', () => {
  it('remembers the stripe and note-marker switches across a restart, keeping the other values', () => {
    const file = settingsFile();
    const settings = new AppSettings(file);
    expect(settings.readerPreferences).toMatchObject({ codingStripes: true, noteMarkers: true });
    settings.setReaderPreferences({ fontSize: 20, theme: 'dark' });
    settings.setReaderPreferences({ codingStripes: false });
    settings.setReaderPreferences({ noteMarkers: false, fontSize: undefined });
    expect(new AppSettings(file).readerPreferences).toEqual({
      fontSize: 20,
      theme: 'dark',
      codingStripes: false,
      noteMarkers: false,
    });
  });

  it('turns the switches on for a settings file that predates them or holds nonsense', () => {
    const old = settingsFile({ locale: 'zh-CN', readerPreferences: { fontSize: 18, theme: 'light' } });
    expect(new AppSettings(old).readerPreferences).toEqual({
      fontSize: 18,
      theme: 'light',
      codingStripes: true,
      noteMarkers: true,
    });
    const odd = settingsFile({ readerPreferences: { codingStripes: 'no', noteMarkers: 0 } });
    expect(new AppSettings(odd).readerPreferences).toMatchObject({ codingStripes: true, noteMarkers: true });
  });
});
