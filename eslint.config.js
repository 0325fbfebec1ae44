// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `scripts/` holds build-time tools; nothing under `src/` (tests included) may depend on them, so
 * the app, the CLI and the tests never need the build tooling. A regex, because the import is a
 * relative path climbing out of `src/` (`../../scripts/…`).
 */
const NO_SCRIPTS = {
  regex: '^(\\.\\.?/)+scripts(/|$)',
  message: 'src/ must not import scripts/ (build-time tools); move shared code into src/.',
};

/** Outside the engine, only its entry `src/engine/index.ts` is imported: the rest is private. */
const ENGINE_ENTRY_ONLY = {
  regex: '(^|/)engine/(?!index(\\.ts)?$)',
  message: 'Import the engine through src/engine/index.ts (export what you need there).',
};

/** The layers that must stay pure TypeScript: no UI, no store, no DOM, no Node built-ins. */
const PURE_LAYERS = ['engine', 'catalog', 'permalink', 'import', 'export', 'examples'];

/** Imports the pure layers must never make: UI frameworks, the editor, the DOM-bound layers. */
const PURE_LAYER_FORBIDDEN = {
  paths: [
    { name: 'react', message: 'The pure layers use no React.' },
    { name: 'react-dom', message: 'The pure layers use no React.' },
    { name: 'zustand', message: 'The pure layers use no Zustand.' },
    { name: 'monaco-editor', message: 'The pure layers use no Monaco.' },
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
      message: 'The pure layers must not import src/ui, src/state, src/worker or src/testing.',
    },
  ],
};

/**
 * One `no-restricted-imports` setting: a later setting replaces an earlier one instead of adding
 * to it, so every block states the rules that hold everywhere plus its own.
 */
function restrictedImports(extra = { paths: [], patterns: [] }, { engineInside = false, inSrc = true } = {}) {
  return [
    'error',
    {
      paths: extra.paths,
      patterns: [
        ...extra.patterns,
        ...(inSrc ? [NO_SCRIPTS] : []),
        ...(engineInside ? [] : [ENGINE_ENTRY_ONLY]),
      ],
    },
  ];
}

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
    rules: { 'no-restricted-imports': restrictedImports() },
  },
  {
    files: ['bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports(undefined, { inSrc: false }) },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports(undefined, { engineInside: true }) },
  },
  {
    // The layer fence: these layers are pure TypeScript. `src/catalog/node.ts` is the catalog's
    // Node loader (CLI, tests), the one file there allowed Node built-ins.
    files: PURE_LAYERS.map((layer) => `src/${layer}/**/*.ts`),
    ignores: ['**/*.test.ts', 'src/catalog/node.ts', 'src/catalog/dataLocation.ts', 'src/export/testing.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': restrictedImports(PURE_LAYER_FORBIDDEN),
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
          message: 'The pure layers do not touch the DOM or the network.',
        })),
      ],
    },
  },
  {
    // Components read the store through usePlayground/usePlaygroundActions, never the raw hook.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports({
        paths: [
          { name: 'zustand', message: 'Use usePlayground / usePlaygroundActions from src/state/hooks.' },
        ],
        patterns: [],
      }),
    },
  },
);
