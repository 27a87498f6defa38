// A code path as people type it: "政策/营商环境" names 营商环境 under 政策. The CLI's --code and the
// app's new-code dialog read it the same way: parts trimmed, empty parts (a doubled or trailing
// slash) dropped, and codes already on the path reused rather than made twice.
import type { Code } from './annotation';

export const CODE_PATH_SEPARATOR = '/';

/** The names along a typed path, top first; [] when nothing but slashes and spaces was typed. */
export function splitCodePath(path: string): string[] {
  return path
    .split(CODE_PATH_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/**
 * How far `names` (below `parentId`, null: the top level) already exists: the deepest existing
 * code along it and the names still to create below that code. The last name is always left to
 * create, so that creating an existing code is refused by the engine (CODE_NAME_TAKEN) as when
 * it is typed without a path.
 */
export function resolveCodePath(
  codes: readonly Pick<Code, 'id' | 'parentId' | 'name'>[],
  parentId: number | null,
  names: readonly string[],
): { parentId: number | null; missing: string[] } {
  let parent = parentId;
  let index = 0;
  for (; index < names.length - 1; index++) {
    const existing = codes.find((code) => code.parentId === parent && code.name === names[index]);
    if (!existing) break;
    parent = existing.id;
  }
  return { parentId: parent, missing: names.slice(index) };
}
