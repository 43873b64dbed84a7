import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) served locally, driven in real headless Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
