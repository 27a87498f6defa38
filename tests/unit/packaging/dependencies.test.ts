// The installed app carries package.json's production `dependencies` in app.asar, and only them:
// electron-vite leaves exactly those to node_modules (it externalizes `dependencies`, bundles
// everything else into out/main), and electron-builder copies exactly those. So the list must be
// what the main-side bundles require at run time — no more (a renderer package would be dead weight
// in every installer), no less (the packaged app would fail with "Cannot find module").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackages, packagesReachedFrom, viteEntries } from './bundle-imports';

const REPO = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides?: Record<string, unknown>;
};
const viteConfig = readFileSync(resolve(REPO, 'electron.vite.config.mts'), 'utf8');
const mainSideEntries = [...viteEntries(viteConfig, 'main'), ...viteEntries(viteConfig, 'preload')];
const reached = packagesReachedFrom(REPO, mainSideEntries);
const production = Object.keys(pkg.dependencies).sort();

describe('the production dependencies', () => {
  it('are read from every main-side entry of the electron-vite config', () => {
    expect(mainSideEntries).toEqual(
      expect.arrayContaining([
        'src-main/electron-main/index.ts',
        'src-main/node/engine/engine-worker.ts',
        'src-main/node/ingest/extraction-worker.ts',
        'src-main/web-host/index.ts',
        'src-main/cli/index.ts',
        'src-main/preload/index.ts',
      ]),
    );
    expect(reached.get('sql.js')).toBe('src-main/node/db/sqljs.ts');
  });

  it('are exactly the packages the main-side bundles load from node_modules', () => {
    const bundled = new Set([...bundledPackages(viteConfig), 'electron']);
    const externalized = [...reached.keys()].filter(
      (name) => !bundled.has(name) && !(name in pkg.devDependencies),
    );
    expect(production).toEqual(externalized.sort());
  });

  it('hold no renderer-only package', () => {
    for (const name of ['vue', 'pinia', 'naive-ui', 'diff', 'markdown-it', 'electron']) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
    }
    // Each of them is still installed for the renderer build, which bundles it.
    for (const name of ['vue', 'pinia', 'naive-ui', 'diff', 'markdown-it']) {
      expect(pkg.devDependencies, name).toHaveProperty(name);
    }
  });

  it('leave nothing main-side imports undeclared', () => {
    const declared = new Set([...production, ...Object.keys(pkg.devDependencies)]);
    const undeclared = [...reached].filter(([name]) => !declared.has(name));
    expect(undeclared, 'imported by main-side code but not in package.json').toEqual([]);
  });

  it('include no updater or anything else that would go on the internet', () => {
    const everything = [...production, ...Object.keys(pkg.devDependencies)];
    expect(everything.filter((name) => /updater|analytics|sentry|telemetry/i.test(name))).toEqual([]);
  });
});
