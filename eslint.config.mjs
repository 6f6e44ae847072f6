// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'stream', 'util', 'url'],
  message: 'Node built-ins belong in src/main; the contract and the renderer run without Node.',
};
const electronOnlyInGlue = {
  group: ['electron', 'electron/*'],
  message: 'Only the Electron glue in src/main (outside core and cli) and src/preload may import electron.',
};
const noKnex = {
  group: ['knex', 'sqlite3'],
  message: 'SQL lives in the core repositories (src/main/core), never in the contract or the renderer.',
};
const noCoreFromRenderer = {
  group: ['**/main/**', '**/preload/**'],
  message: 'The renderer talks to the core only through window.api.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.vite',
      '.cli',
      'out',
      'test-results',
      'playwright-report',
      '.e2e',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, electronOnlyInGlue, noKnex, noCoreFromRenderer] },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            electronOnlyInGlue,
            noKnex,
            { group: ['react', 'react-dom', '@mui/*'], message: 'The contract has no UI.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'The contract depends on nothing.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'window', 'document'],
    },
  },
  {
    files: [
      'src/main/core/**/*.ts',
      'src/main/cli/**/*.ts',
      'migrations/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...electronOnlyInGlue,
              message:
                'The core, the CLI, migrations and tests never import electron: its first require downloads a binary.',
            },
            { group: ['**/renderer/**'], message: 'The core knows nothing of the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            noKnex,
            { group: ['**/main/**', '**/renderer/**'], message: 'The preload only knows the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
