// The size budgets, in KB (1 KB = 1,000 bytes) of gzip -9: the bench reports against them (run.mjs) and the browser
// suite gates them on the build it tests (test/e2e/sizes.e2e.test.ts), so CI fails when the first screen grows past
// them without running the timed bench. `op` is how the figure must compare with `limit`.
export const SIZE_BUDGETS = {
  firstScreenJs: { op: '<', limit: 200 },
  firstScreenData: { op: '<=', limit: 150 },
  boundaries: { op: '<', limit: 50 },
};
