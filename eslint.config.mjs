// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { privacyDeskPlugin } from './eslint/no-literal-text.mjs';

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
    // Every user-visible text in both languages (issue 16): words live in the namespaces only.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: [
      'src/renderer/**/text.ts',
      'src/renderer/**/*Text.ts',
      'src/renderer/**/vocabularies.ts',
      'src/renderer/i18n/**',
    ],
    plugins: { 'privacy-desk': privacyDeskPlugin },
    rules: { 'privacy-desk/no-literal-text': 'error' },
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
    // tests/renderer checks the renderer's texts, which are plain data.
    ignores: ['tests/renderer/**'],
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
    // All SQL lives in repositories (issue 15): services call repository functions, never a table.
    // A feature may keep several repositories (`label-repository.ts`, `search-repository.ts`).
    files: ['src/main/core/**/*.ts'],
    ignores: [
      'src/main/core/**/repository.ts',
      'src/main/core/**/*-repository.ts',
      'src/main/core/**/demo.ts',
      'src/main/core/demo/**',
      'src/main/core/db/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.type='MemberExpression'][callee.property.name='db']",
          "CallExpression[callee.type='Identifier'][callee.name=/^(db|trx)$/]",
          'CallExpression[callee.property.name=/^(raw|from|select|table)$/][callee.object.name=/^(db|trx)$/]',
          "CallExpression[callee.property.name=/^(raw|from|select|table)$/][callee.object.property.name='db']",
        ].map((selector) => ({
          selector,
          message: 'SQL belongs in a repository.ts: call a repository function from here.',
        })),
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
