// The codebook as options of naive-ui's tree select (code pickers in the move/merge dialogs, the
// search filters and auto-coding), each with its colour dot.
import type { TreeSelectOption } from 'naive-ui';
import { h, type VNodeChild } from 'vue';
import type { Code } from '../../../../src-main/common/model/annotation';
import { childrenByParent } from './codebook';

export interface CodeOption extends TreeSelectOption {
  key: number;
  label: string;
  color: string;
  children?: CodeOption[];
}

/** Options for every code (but those in `exclude`, with everything under them). */
export function codeTreeOptions(codes: readonly Code[], exclude: ReadonlySet<number> = new Set()): CodeOption[] {
  const children = childrenByParent(codes);
  const build = (parentId: number | null): CodeOption[] =>
    (children.get(parentId) ?? [])
      .filter((code) => !exclude.has(code.id))
      .map((code) => {
        const below = build(code.id);
        const option: CodeOption = { key: code.id, label: code.name, color: code.color };
        if (below.length > 0) option.children = below;
        return option;
      });
  return build(null);
}

/** `render-prefix` of the tree select: the code's colour dot. */
export function renderCodeDot({ option }: { option: TreeSelectOption }): VNodeChild {
  const color = (option as Partial<CodeOption>).color;
  if (!color) return null;
  return h('span', {
    style: `display:inline-block;width:9px;height:9px;border-radius:50%;background:${color};margin-right:2px`,
  });
}
