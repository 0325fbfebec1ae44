// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `scripts/` holds build-time tools; nothing under `src/` (tests included) may depend on them, so
 * the app, the CLI and the tests never need the build tooling. A regex, because the import is a
 * relative path climbing out of `src/` (`../../scripts/…`). The folder rules below repeat it: a
 * later `no-restricted-imports` setting replaces an earlier one instead of adding to it.
 */
const NO_SCRIPTS = {
  regex: '^(\\.\\.?/)+scripts(/|$)',
  message: 'src/ must not import scripts/ (build-time tools); move shared code into src/.',
};

/** Imports the pure layers must never make: UI frameworks, the editor, the DOM-bound layers. */
const PURE_LAYER_FORBIDDEN = {
  paths: [
    { name: 'react', message: 'src/engine and src/catalog are pure: no React.' },
    { name: 'react-dom', message: 'src/engine and src/catalog are pure: no React.' },
    { name: 'zustand', message: 'src/engine and src/catalog are pure: no Zustand.' },
    { name: 'monaco-editor', message: 'src/engine and src/catalog are pure: no Monaco.' },
    ...['fs', 'path', 'os', 'child_process'].map((name) => ({
      name,
      message: 'The pure layers run in the browser.',
    })),
  ],
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'zustand/*', 'monaco-editor/*'],
      message: 'The pure layers import no UI code.',
    },
    { group: ['node:*'], message: 'The pure layers run in the browser: no Node built-ins.' },
    {
      group: ['**/ui/**', '**/ui', '**/state/**', '**/state', '**/worker/**', '**/worker', '**/testing/**'],
      message: 'src/engine and src/catalog must not import src/ui, src/state, src/worker or src/testing.',
    },
    NO_SCRIPTS,
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'build',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'src/catalog/generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    // This rule is advice for the React Compiler, which the project does not use.
    rules: { 'react-hooks/incompatible-library': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SCRIPTS] }] },
  },
  {
    // The layer fence: the engine and the catalog are pure TypeScript. `src/catalog/node.ts` is
    // the catalog's Node loader (CLI, tests), the one file there allowed Node built-ins.
    files: ['src/engine/**/*.ts', 'src/catalog/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/catalog/node.ts', 'src/catalog/dataLocation.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': ['error', PURE_LAYER_FORBIDDEN],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'self',
        ].map((name) => ({
          name,
          message: 'src/engine and src/catalog do not touch the DOM or the network.',
        })),
      ],
    },
  },
  {
    // Components read the store through usePlayground/usePlaygroundActions, never the raw hook.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zustand', message: 'Use usePlayground / usePlaygroundActions from src/state/hooks.' },
          ],
          patterns: [NO_SCRIPTS],
        },
      ],
    },
  },
);
