// Lint rules that keep the layers apart (style.md, point 1): where code runs is in its path, and
// imports may not cross from a layer into one that cannot run where it runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import globals from 'globals';

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

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.config.{mjs,mts,ts}'],
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
            {
              group: ['**/node/**', '**/electron-main/**', '**/preload/**', '**/web-host/**', '**/cli/**'],
              message: 'common/ imports only common/.',
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
              group: ['electron', 'vue', 'pinia', 'naive-ui', '**/electron-main/**', '**/preload/**'],
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
              group: [...nodeBuiltins, '**/node/**', 'sql.js', 'zod', '**/common/api/schemas'],
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
            {
              group: [
                '**/src-main/node/**',
                '**/src-main/electron-main/**',
                '**/src-main/preload/**',
                '**/src-main/web-host/**',
                '**/src-main/cli/**',
              ],
              message: 'The renderer reaches src-main only through common/.',
            },
          ],
        },
      ],
    },
  },
);
