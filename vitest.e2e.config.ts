import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) served locally, driven in real headless Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // All files in one process, one after another, so they share one Chromium (test/e2e/harness.ts's testBrowser)
    // instead of launching one each. Each file still has its own server, contexts and pages.
    isolate: false,
    // expect.poll gives up after 1 s by default. The app renders its side panels, the Areas table and the
    // comparison in a transition after the map, and the CI machine has 2 shared cores: a re-rendered 106-row
    // table can take seconds there. A poll still passes as soon as its condition holds.
    expect: { poll: { timeout: 10_000 } },
  },
});
