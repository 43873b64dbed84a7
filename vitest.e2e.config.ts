import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) served locally, driven in real headless Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    // A ceiling for a loaded machine with two browser files running at once (every wait inside is on a state).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Two worker processes, each running its files one after another in one Chromium (test/e2e/harness.ts's
    // testBrowser) instead of launching one per file. One file at a time left one of CI's two cores mostly idle; a
    // third beside two looked 12% faster against other load (9 files, 162-171 s against 183-193 s at a load average of
    // 17-25) but a clean-clone CI run with three, beside the unit suite, spent 4,012 s of test time (2,009 s with two
    // alone): the cores are the limit. Each file has its own server, contexts and pages, and every wait is on a state,
    // so a second file beside it makes a test slower, not red. GPW_E2E_WORKERS=n sets the number.
    maxWorkers: Number(process.env.GPW_E2E_WORKERS ?? 2),
    isolate: false,
    // expect.poll gives up after 1 s by default. The app renders its side panels, the Areas table and the
    // comparison in a transition after the map, and the CI machine has 2 shared cores: a re-rendered 106-row
    // table can take seconds there. A poll still passes as soon as its condition holds.
    expect: { poll: { timeout: 60_000 } },
  },
});
