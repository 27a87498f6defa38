// No module of the renderer or of src-main may import itself back through other modules: a loop
// makes the load order decide which module sees the other half-initialised, and it hides which
// piece sits on top of which. The failure prints every loop, file by file.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, type ImportGraph } from './import-graph';

const REPO = resolve(__dirname, '../../..');

function describeCycles(cycles: string[][]): string {
  return cycles.map((cycle) => cycle.join('\n  → ')).join('\n\n');
}

describe('the import graph', () => {
  it('has no cycle in src-renderer/src or src-main', () => {
    const graph = buildImportGraph(REPO, ['src-renderer/src', 'src-main']);
    const cycles = findCycles(graph);
    expect(describeCycles(cycles), 'import cycles (each closes on its first file)').toBe('');
  });

  it('is read the way the bundler resolves it', () => {
    const graph = buildImportGraph(REPO, ['src-renderer/src']);
    // A .vue component, a folder's index.ts, a type-only import left out, a side-effect import kept.
    expect(graph.get('src-renderer/src/main.ts')).toContain('src-renderer/src/app/App.vue');
    expect(graph.get('src-renderer/src/app/app.ts')).toContain('src-renderer/src/api/index.ts');
    expect(graph.get('src-renderer/src/i18n/en.ts')).not.toContain('src-renderer/src/i18n/zh-CN.ts');
    expect(graph.size).toBeGreaterThan(90);
  });

  it('finds a loop and prints it as a closed path', () => {
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(findCycles(graph).map((cycle) => cycle.join(' → ')).sort()).toEqual([
      'a.ts → b.ts → c.ts → a.ts',
      'e.ts → e.ts',
    ]);
  });
});
