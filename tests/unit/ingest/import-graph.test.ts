// The ingest chain has no import loop: steps, layouts and record readers share their types through
// ingest-types.ts and meet only in layouts/registry.ts and ingest-file.ts. A loop would come back
// the moment a layout imported the chain (or the chain's types from ingest-file.ts).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const INGEST_DIR = fileURLToPath(new URL('../../../src-main/node/ingest/', import.meta.url));
const RELATIVE_IMPORT = /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const targets = [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)]
      .map((match) => `${resolve(dirname(file), match[1] ?? '')}.ts`)
      .filter((target) => target.startsWith(dir) && existsSync(target));
    graph.set(file, targets);
  }
  return graph;
}

function findLoops(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const loops: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') loops.push([...path.slice(path.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return loops;
}

describe('ingest import graph', () => {
  it('has no import loop, type-only imports included', () => {
    const loops = findLoops(importGraph(INGEST_DIR)).map((loop) =>
      loop.map((file) => relative(INGEST_DIR, file)).join(' -> '),
    );
    expect(loops).toEqual([]);
  });

  it('sees the imports it checks (a broken pattern would find no loop anywhere)', () => {
    const graph = importGraph(INGEST_DIR);
    const chain = graph.get(join(INGEST_DIR, 'ingest-file.ts')) ?? [];
    expect(chain).toContain(join(INGEST_DIR, 'layouts', 'registry.ts'));
    expect(
      findLoops(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'a']]);
  });
});
