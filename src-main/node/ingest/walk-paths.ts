// Expands what the user picked (files and folders) into the list of files to import, and accounts
// for every entry it does not take, so the import report can say why nothing (or not everything)
// came in:
// - names starting with '_' or '.' are skipped because scrapers and tools keep their own metadata
//   there (_truth.jsonl, .git, .DS_Store), and so are README files: counted as ignored names;
// - files of a type Zhiyan does not read (.pdf, .docx, .jpg) are counted by extension;
// - symbolic links are followed only while they stay inside the chosen folders (a link to
//   /proc/self/environ or to the user's home is not read); links leading out, in a loop or nowhere
//   are reported one by one;
// - folders that cannot be listed, files too large to import and special files (pipes, sockets,
//   devices: reading a pipe would block the import forever) are reported one by one.
// The result is sorted so an import of the same folder always runs in the same order.

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { ImportProblemCode, LeftOutGroup } from '../../common/model/project';

// Crawler dumps, one article per record.
const DUMP_EXTENSIONS: ReadonlySet<string> = new Set(['.json', '.jsonl', '.ndjson', '.csv', '.tsv']);

export const IMPORTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  ...DUMP_EXTENSIONS,
]);

// The largest files read whole. A page or text this size is already ~5 million characters, ten times
// the longest laws (~500k); its import takes ~30 s and up to ~20x its size in memory at the peak
// (measured: a 6 MB one-line text took ~130 MB), so this keeps an import well under 1 GB. A crawler
// dump is read record by record, so it may be larger.
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
export const MAX_DUMP_BYTES = 160 * 1024 * 1024;

export function maxImportBytes(path: string): number {
  return DUMP_EXTENSIONS.has(extname(path).toLowerCase()) ? MAX_DUMP_BYTES : MAX_DOCUMENT_BYTES;
}

const MAX_EXAMPLES = 3;

function isImportableName(name: string): boolean {
  return IMPORTABLE_EXTENSIONS.has(extname(name).toLowerCase());
}

// A README describes the folder it sits in (the demo corpus has one, so do shared datasets); it is
// not one of the articles.
const FOLDER_README = /^readme(\.[a-z]+)?$/i;

function isSkippedInFolder(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.') || FOLDER_README.test(name);
}

export interface WalkProblem {
  file: string;
  code: Extract<
    ImportProblemCode,
    'link-outside' | 'link-loop' | 'link-dangling' | 'unreadable' | 'not-a-file' | 'too-large'
  >;
  detail?: string;
}

export interface WalkResult {
  files: string[];
  /** Each file's size in bytes, for bounding how much is read at once. */
  sizes: Map<string, number>;
  /** Paths the user chose that do not exist. */
  missing: string[];
  problems: WalkProblem[];
  leftOut: LeftOutGroup[];
}

class Walk {
  readonly files = new Set<string>();
  readonly sizes = new Map<string, number>();
  readonly problems: WalkProblem[] = [];
  private readonly visited = new Set<string>();
  private readonly groups = new Map<string, LeftOutGroup>();

  /** `roots`: the real paths of the chosen folders; links may lead anywhere inside them. */
  constructor(private readonly roots: string[]) {}

  leftOut(): LeftOutGroup[] {
    const key = (group: LeftOutGroup) => `${group.reason}:${group.extension ?? ''}`;
    return [...this.groups.values()].sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : 1));
  }

  private count(reason: LeftOutGroup['reason'], extension: string | null, path: string): void {
    const key = `${reason}:${extension ?? ''}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { reason, extension, count: 0, examples: [] }));
    group.count += 1;
    if (group.examples.length < MAX_EXAMPLES) group.examples.push(path);
  }

  private isInsideRoots(real: string): boolean {
    return this.roots.some(
      (root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep),
    );
  }

  /** A file to import if its type is one Zhiyan reads and its size within the limit. */
  async addFile(path: string, name: string, size?: number): Promise<void> {
    if (!isImportableName(name)) {
      this.count('unsupported-type', extname(name).toLowerCase(), path);
      return;
    }
    const bytes = size ?? (await stat(path).catch(() => null))?.size ?? 0;
    const limit = maxImportBytes(name);
    if (bytes > limit) {
      this.problems.push({
        file: path,
        code: 'too-large',
        detail: `${megabytes(bytes)} > ${megabytes(limit)}`,
      });
      return;
    }
    this.files.add(path);
    this.sizes.set(path, bytes);
  }

  async walkFolder(folder: string, real: string): Promise<void> {
    if (this.visited.has(real)) return;
    this.visited.add(real);
    let entries: Dirent[];
    try {
      // In name order, so the examples and the problems read the same on every machine.
      entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch (error) {
      this.problems.push({ file: folder, code: 'unreadable', detail: errorCode(error) });
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (isSkippedInFolder(entry.name)) this.count('ignored-name', null, path);
      else if (entry.isSymbolicLink()) await this.followLink(path, entry.name, folder);
      else if (entry.isDirectory()) await this.walkFolder(path, join(real, entry.name));
      else if (entry.isFile()) await this.addFile(path, entry.name);
      else this.problems.push({ file: path, code: 'not-a-file', detail: entryKind(entry) });
    }
  }

  /** A link inside a chosen folder: followed only to a target inside the chosen folders. */
  private async followLink(path: string, name: string, folder: string): Promise<void> {
    let target: string;
    try {
      target = await realpath(path);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ELOOP') this.problems.push({ file: path, code: 'link-loop' });
      else this.problems.push({ file: path, code: 'link-dangling', detail: code });
      return;
    }
    if (!this.isInsideRoots(target)) {
      this.problems.push({ file: path, code: 'link-outside', detail: target });
      return;
    }
    const info = await stat(target).catch(() => null);
    if (!info) this.problems.push({ file: path, code: 'link-dangling' });
    else if (info.isDirectory()) {
      // A link to the folder it sits in, or to one above it, would walk the same files forever.
      const realFolder = await realpath(folder).catch(() => folder);
      if (realFolder === target || realFolder.startsWith(target + sep))
        this.problems.push({ file: path, code: 'link-loop', detail: target });
      else await this.walkFolder(target, target);
    } else if (info.isFile()) {
      // The real path, so a file reached both directly and through a link is imported once.
      if (isImportableName(name)) await this.addFile(target, name, info.size);
      else this.count('unsupported-type', extname(name).toLowerCase(), path);
    } else this.problems.push({ file: path, code: 'not-a-file', detail: target });
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function entryKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'pipe';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  return 'unknown';
}

/**
 * Files to import under the given paths, the paths that do not exist, and every entry left out with
 * its reason. A file named directly is kept if its extension is importable, even when its name
 * starts with '_' or is a README: the user chose it.
 */
export async function walkImportPaths(paths: string[]): Promise<WalkResult> {
  const missing: string[] = [];
  const chosen: { given: string; path: string; real: string; isDirectory: boolean }[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    const real = info ? await realpath(path).catch(() => null) : null;
    if (!info || !real) missing.push(given);
    else chosen.push({ given, path, real, isDirectory: info.isDirectory() });
  }
  const walk = new Walk(chosen.filter((c) => c.isDirectory).map((c) => c.real));
  for (const { path, real, isDirectory } of chosen) {
    if (isDirectory) await walk.walkFolder(path, real);
    else {
      const info = await stat(path);
      if (info.isFile()) await walk.addFile(path, path, info.size);
      else walk.problems.push({ file: path, code: 'not-a-file' });
    }
  }
  // Plain code-unit order: the same on every machine, unlike a locale-aware sort.
  const files = [...walk.files].sort();
  const problems = walk.problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, sizes: walk.sizes, missing, problems, leftOut: walk.leftOut() };
}
