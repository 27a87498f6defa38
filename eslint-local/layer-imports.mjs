// A local ESLint rule, after VS Code's `code-import-patterns`: each layer (a folder) lists the
// folders it may import from, and every relative import is resolved and checked against that
// allow-list. A folder of a closed tree (src-main/node/) with no layer listed is an error too, so a
// new folder is placed in the order before it is used, not after.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `dir/` prefixes, longest first, so a nested layer wins over its parent. */
function byLongest(layers) {
  return Object.keys(layers).sort((a, b) => b.length - a.length);
}

function repoPath(absolute) {
  return path.relative(ROOT, absolute).split(path.sep).join('/');
}

export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only from the layers its allow-list names.' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          closed: { type: 'array', items: { type: 'string' } },
        },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: '{{layer}} may import only from {{allowed}}; not from {{target}}.',
      unlisted: '{{folder}} has no layer rule: add it to the layers in eslint.config.mjs.',
    },
  },
  create(context) {
    const { layers, closed = [] } = context.options[0] ?? { layers: {} };
    const file = repoPath(context.filename);
    const layer = byLongest(layers).find((prefix) => file.startsWith(prefix));
    if (!layer) {
      const tree = byLongest(Object.fromEntries(closed.map((prefix) => [prefix, []]))).find((prefix) =>
        file.startsWith(prefix),
      );
      if (tree) {
        const folder = tree + file.slice(tree.length).split('/')[0];
        return {
          Program(node) {
            context.report({ node, messageId: 'unlisted', data: { folder } });
          },
        };
      }
      return {};
    }
    const allowed = [layer, ...layers[layer]];
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value.split('?')[0];
      if (!specifier.startsWith('.')) return; // packages: no-restricted-imports handles those
      const target = repoPath(path.resolve(path.dirname(context.filename), specifier));
      if (allowed.some((prefix) => target.startsWith(prefix) || `${target}/` === prefix)) return;
      context.report({
        node: source,
        messageId: 'forbidden',
        data: { layer, allowed: allowed.join(', '), target },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'layer-imports': layerImports } };
