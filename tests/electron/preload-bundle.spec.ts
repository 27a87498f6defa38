// A sandboxed preload can require only a few of Electron's own modules; anything else it requires
// throws at load and leaves the page without `window.zhiyan`. This needs no Electron binary, only
// the build, so it also runs where the real-window specs are skipped.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// What Electron's sandboxed preload `require` provides (docs: "Preload scripts" in Process Sandboxing).
const SANDBOX_MODULES = new Set([
  'electron',
  'events',
  'timers',
  'url',
  'node:events',
  'node:timers',
  'node:url',
]);

const bundle = path.resolve(__dirname, '..', '..', 'out', 'preload', 'index.js');

test('the built preload requires nothing a sandboxed preload lacks', () => {
  test.skip(!fs.existsSync(bundle), 'out/preload/index.js not built: run `npm run build` first');
  const source = fs.readFileSync(bundle, 'utf8');
  const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
  expect(required).toContain('electron');
  expect(required.filter((name) => !SANDBOX_MODULES.has(name ?? ''))).toEqual([]);
  // An ES module preload does not load in the sandbox at all.
  expect(source).not.toMatch(/^\s*(import|export)\s[\w{*]/m);
});
