// Expands what the user picked (files and folders) into the list of files to import. Folders are
// walked recursively; names starting with '_' or '.' are skipped because scrapers and tools keep
// their own metadata there (_truth.jsonl, .git, .DS_Store), and so are README files. The result is sorted so an import of the
// same folder always runs in the same order.

import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

export const IMPORTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  ...['.json', '.jsonl', '.ndjson', '.csv', '.tsv'], // crawler dumps, one article per record
]);

function isImportableName(name: string): boolean {
  return IMPORTABLE_EXTENSIONS.has(extname(name).toLowerCase());
}

// A README describes the folder it sits in (the demo corpus has one, so do shared datasets); it is
// not one of the articles.
const FOLDER_README = /^readme(\.[a-z]+)?$/i;

function isSkippedInFolder(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.') || FOLDER_README.test(name);
}

async function walkFolder(folder: string, files: Set<string>, visited: Set<string>): Promise<void> {
  // Symbolic links can loop back to a parent folder: visit each real folder once.
  const real = await realpath(folder);
  if (visited.has(real)) return;
  visited.add(real);

  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (isSkippedInFolder(entry.name)) continue;
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) await walkFolder(path, files, visited);
    else if (isFile && isImportableName(entry.name)) files.add(path);
  }
}

/**
 * Files to import under the given paths, and the paths that do not exist. A file named directly is
 * kept if its extension is importable, even when its name starts with '_' or is a README: the user
 * chose it.
 */
export async function walkImportPaths(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  const visited = new Set<string>();
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(given);
    else if (info.isDirectory()) await walkFolder(path, files, visited);
    else if (info.isFile() && isImportableName(path)) files.add(path);
  }
  // Plain code-unit order: the same on every machine, unlike a locale-aware sort.
  return { files: [...files].sort(), missing };
}
