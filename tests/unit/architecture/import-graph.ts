// Builds the graph of relative imports between the source files of a folder tree, and finds its
// cycles. Only relative specifiers are followed (packages cannot import us back). Whole-statement
// type imports (`import type`, `export type ... from`) are left out: the compiler erases them, so
// they cannot make one module run before another is ready (contract.ts and schemas.ts check each
// other that way on purpose). `import { type A, b }` still loads the module, so it counts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|vue)$/;
// `import x from './a'`, `export { y } from './b'`, `import type { Z } from './z'` (group 1 holds
// "type"), then `import './a.css'` and `import('./c')`; the specifier is group 3.
const SPECIFIER =
  /(?:\b(?:import|export)\s+(type\s+)?[^;'"`]*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;

export type ImportGraph = Map<string, string[]>;

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (SOURCE.test(entry) && !entry.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** The file a relative specifier names, as the bundler resolves it, or null (e.g. a .css file). */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier.split('?')[0] ?? specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each file (relative to rootDir) and the files it imports, for every source file under folders. */
export function buildImportGraph(rootDir: string, folders: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    for (const file of sourceFiles(resolve(rootDir, folder))) {
      const targets = new Set<string>();
      for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        if (match[1]) continue;
        const target = resolveSpecifier(file, match[3] ?? '');
        if (target) targets.add(relative(rootDir, target));
      }
      graph.set(relative(rootDir, file), [...targets].sort());
    }
  }
  return graph;
}

/**
 * One cycle per strongly connected component of more than one file (or a file importing itself),
 * written as the path that closes it: a → b → a. Tarjan's algorithm, iterative so deep trees do
 * not overflow the stack.
 */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((component) => cycleThrough(graph, new Set(component)));
}

/** A shortest closed path inside one component, starting from its first file in sort order. */
function cycleThrough(graph: ImportGraph, members: Set<string>): string[] {
  const start = [...members].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
