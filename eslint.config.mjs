// Lint rules that keep the layers apart (style.md, point 1): where code runs is in its path, and
// imports may not cross from a layer into one that cannot run where it runs. The folders a layer may
// import are allow-lists (LAYERS, checked by eslint-local/layer-imports.mjs); the packages a layer
// may not use (Node, Electron, Vue, sql.js) are no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import globals from 'globals';
import local from './eslint-local/layer-imports.mjs';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'url',
  'util',
];

// The layers, lowest first. Each folder lists what it may import (besides itself); anything else is
// an error, and so is a folder of src-main/ that is not listed. (VS Code's code-import-patterns.)
const COMMON = 'src-main/common/';
const node = (folder) => `src-main/node/${folder}/`;
// The diagnostic log sits below everything: every layer of node/ and every host may write to it.
const LOG = node('log');
const STORAGE = [node('db'), node('durability'), LOG];
const DOMAIN = [node('search'), node('dedupe'), node('ingest'), ...STORAGE];
const HOST = [COMMON, node('engine'), LOG, 'package.json'];
const LAYERS = {
  // common/ runs anywhere and imports only itself.
  [COMMON]: [],
  // The log file: plain Node, imports nothing of ours, so anything may log.
  [LOG]: [],
  // The bottom of the engine: the project file, its migrations, snapshots and journal.
  [node('durability')]: [COMMON, LOG],
  [node('db')]: [COMMON, node('durability'), LOG],
  // Over the store: near-duplicates, search, and the import chain (which asks dedupe).
  [node('dedupe')]: [COMMON, ...STORAGE],
  [node('search')]: [COMMON, ...STORAGE],
  [node('ingest')]: [COMMON, node('dedupe'), ...STORAGE],
  // The contract implemented over those; reports are written over the services.
  [node('services')]: [COMMON, ...DOMAIN],
  [node('report')]: [COMMON, node('services'), ...DOMAIN],
  // The engine assembles every layer of node/.
  [node('engine')]: [COMMON, 'src-main/node/'],
  // The hosts reach the engine only through its entry (engine/), and share common/.
  'src-main/electron-main/': HOST,
  'src-main/web-host/': HOST,
  'src-main/cli/': HOST,
  'src-main/preload/': [COMMON],
  // The renderer reaches src-main only through common/.
  'src-renderer/': [COMMON],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'eslint-local/**/*.mjs', '*.config.{mjs,mts,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}', 'tests/unit/renderer/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    files: ['src-main/**/*.{ts,vue}', 'src-renderer/**/*.{ts,vue}'],
    plugins: { local },
    rules: { 'local/layer-imports': ['error', { layers: LAYERS, closed: ['src-main/', 'src-main/node/'] }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      // Formatting belongs to Prettier, not to lint rules that fight it.
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    files: ['src-main/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', 'vue', 'pinia', 'naive-ui', 'sql.js'],
              message: 'common/ runs anywhere: no Node, Electron, Vue or sql.js.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'vue', 'pinia', 'naive-ui'],
              message: 'node/ is the engine under plain Node: no Electron, no UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'sql.js', 'zod', '**/common/api/schemas'],
              message:
                'The sandboxed preload can require only electron: no Node, no packages (the engine validates arguments).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', 'sql.js'],
              message: 'The renderer has no Node and no Electron.',
            },
            {
              group: ['**/common/api/schemas'],
              message: 'Arguments are validated where they enter the engine, not in the renderer.',
            },
          ],
        },
      ],
    },
  },
);
