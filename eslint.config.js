import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** The layers, lowest first: each may import only from those before it (type imports included). */
const LAYERS = ['model', 'data', 'lib', 'figures', 'state', 'components', 'features', 'app'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Layers import one way, and nothing imports in a circle.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Parse the modules a rule follows (no-cycle reads them) as TypeScript.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: LAYERS.slice(0, -1).map((layer, i) => ({
            target: `./src/${layer}`,
            from: LAYERS.slice(i + 1).map((higher) => `./src/${higher}`),
            message: `Layers import one way (${LAYERS.join(' <- ')}): ${layer} cannot import from a layer above it.`,
          })),
        },
      ],
    },
  },
  {
    // src/model is plain TypeScript that runs in Node, a worker or a benchmark: it imports nothing else.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../*', 'react', 'react-dom', '@tanstack/*', 'zustand', 'leaflet'] }],
    },
  },
  {
    // Features do not import each other: what two features share lives in components/, lib/ or state/.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/',
              message: 'Features do not import each other: move shared code to components/, lib/ or state/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    // Benchmarks pass functions to page.evaluate, which run in the browser: both sets of globals apply.
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
);
