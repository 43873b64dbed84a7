import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

/** The layers, lowest first: each may import only from those before it (type imports included). */
const LAYERS = ['model', 'data', 'lib', 'figures', 'state', 'components', 'features', 'app'];

/** Every feature folder, read from the tree: each gets its own zone, so a new feature is fenced in without editing this file. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

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
      // Import cycles, type imports included, are checked by dependency-cruiser (.dependency-cruiser.cjs, run by
      // `npm run lint`): import-x/no-cycle skips type-only imports and has no option to count them.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...LAYERS.slice(0, -1).map((layer, i) => ({
              target: `./src/${layer}`,
              from: LAYERS.slice(i + 1).map((higher) => `./src/${higher}`),
              message: `Layers import one way (${LAYERS.join(' <- ')}): ${layer} cannot import from a layer above it.`,
            })),
            // components/ takes what it shows as props: the state (stores, link, saved scenarios, derived series) is
            // read by features/ and app/ and passed down.
            {
              target: './src/components',
              from: './src/state',
              message: 'components/ takes props only: read state in a feature or app/ and pass it down.',
            },
            // One zone per feature: a feature imports no other feature, by whatever path (../map/…, ../../features/map/…).
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: `Features do not import each other: ${feature} may not import another feature. Move what two features share to components/ (props only), figures/, lib/ or state/.`,
            })),
          ],
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
    // components/ takes props only: no stores and no queries (react-query and zustand stay in state/, features/, app/).
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zustand', 'zustand/*', '@tanstack/react-query', '@tanstack/react-query/*'],
              message: 'components/ takes props only: read stores and queries in a feature or app/ and pass the data down.',
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
