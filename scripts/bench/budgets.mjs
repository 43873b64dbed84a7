// The size budgets, in KB (1 KB = 1,000 bytes) of gzip -9: the bench reports against them (run.mjs) and the browser
// suite gates them on the build it tests (test/e2e/sizes.e2e.test.ts), so CI fails when the first screen grows past
// them without running the timed bench. `op` is how the figure must compare with `limit`.
export const SIZE_BUDGETS = {
  firstScreenJs: { op: '<', limit: 200 },
  firstScreenData: { op: '<=', limit: 150 },
  boundaries: { op: '<', limit: 50 },
  // index.html carries the first map pre-rendered (config/first-map.ts, issue 23): the default view's 42 ICBs and the
  // sub-ICB level's 106 areas as SVG, about 10 KB gzipped of its 11; the page before them was under 1 KB.
  indexHtml: { op: '<', limit: 15 },
};
