// Import cycles in src/, type imports included (import-x/no-cycle in eslint.config.js skips `import type`, and a
// cycle through types still ties two modules' designs together). Run by `npm run lint`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type imports included: layers import one way (README "Layout").',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Count `import type` and imports TypeScript would elide, so a cycle through types alone is caught.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
