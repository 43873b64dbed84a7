import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) served locally, driven in real headless Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    // A ceiling for a loaded machine with three browser files running at once (every wait inside is on a state).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Three worker processes, each running its files one after another in one Chromium (test/e2e/harness.ts's
    // testBrowser) instead of launching one per file. The browser files wait on the app (fetches, animation frames,
    // idle callbacks, notices that fade) as much as they compute, so a third file beside two keeps CI's two cores
    // busier: 9 files took 162-171 s with three workers against 183-193 s with two, alternating, at a load average of
    // 17-25 (7 Dec). Each file has its own server, contexts and pages, and every wait is on a state, so a file beside
    // it makes a test slower, not red (the whole suite passed at a load average of 17 with two). GPW_E2E_WORKERS=n
    // sets the number (1 runs them one at a time).
    maxWorkers: Number(process.env.GPW_E2E_WORKERS ?? 3),
    isolate: false,
    // expect.poll gives up after 1 s by default. The app renders its side panels, the Areas table and the
    // comparison in a transition after the map, and the CI machine has 2 shared cores: a re-rendered 106-row
    // table can take seconds there. A poll still passes as soon as its condition holds.
    expect: { poll: { timeout: 60_000 } },
  },
});
