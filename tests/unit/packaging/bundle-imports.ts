// Which npm packages the bundles electron-vite builds for the main side (main process, engine and
// extraction workers, browser host, CLI, preload) load from node_modules at run time. Walks the
// relative imports from each entry the way the bundler resolves them and collects the packages
// named on the way. Whole-statement type imports are skipped: the compiler erases them, so they
// never reach the bundle.
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// `import x from 'a'`, `export { y } from 'b'`, `import type { Z } from 'z'` (group 1 holds
// "type"), `import 'a'`, `import('c')` and `require('d')`; the specifier is group 3.
const SPECIFIER =
  /(?:\b(?:import|export)\s+(type\s+)?[^;'"`]*?\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\2/g;

const BUILTINS = new Set(builtinModules);

/** The entries of one electron-vite section (`main` or `preload`) of electron.vite.config.mts. */
export function viteEntries(configText: string, section: 'main' | 'preload'): string[] {
  const start = configText.indexOf(`${section}: {`);
  if (start < 0) throw new Error(`no ${section} section in the electron-vite config`);
  const end = configText.indexOf('\n  },', start);
  const body = configText.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/resolve\('([^']+\.ts)'\)/g)].map((match) => match[1] ?? '');
}

/** Packages the config bundles into main instead of leaving them to node_modules. */
export function bundledPackages(configText: string): string[] {
  const match = /externalizeDeps:\s*\{\s*exclude:\s*\[([^\]]*)\]/.exec(configText);
  return match ? [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((name) => name[1] ?? '') : [];
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (/\.(ts|json)$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Package name → the first source file (relative to rootDir) that imports it, over all entries. */
export function packagesReachedFrom(rootDir: string, entries: string[]): Map<string, string> {
  const reached = new Map<string, string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(rootDir, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !file.endsWith('.ts')) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (match[1]) continue;
      const specifier = match[3] ?? '';
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (target) queue.push(target);
        continue;
      }
      if (specifier.startsWith('node:') || BUILTINS.has(specifier)) continue;
      const name = packageName(specifier);
      if (!reached.has(name)) reached.set(name, file.slice(rootDir.length + 1));
    }
  }
  return reached;
}
